/**
 * Parser behaviour on each input form, on glued rows (certain, ambiguous, total-chosen) and on rejects.
 * Inputs are built from synthetic records with the renderer (no report text is committed).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/report/parse';
import { renderHtml, renderText } from '../../../../src/lib/report/render';
import type { AnnualReport } from '../../../../src/lib/report/schema';
import { makeRecord } from '../render/fixtures';

const glue = (text: string) => text.replace(/\t/g, '').replace(/\n+/g, '');

function ok(text: string, fileName = 'r.txt'): AnnualReport {
	const r = parseReport({ text, fileName });
	if (!r.ok) throw new Error(r.reject.message.en);
	return r.record;
}

describe('glued rows', () => {
	it('splits 一、本年新收…1000001 into seven cells', () => {
		const rec = makeRecord('2021', {
			'applications.newReceived.naturalPerson': '1',
			'applications.newReceived.total': '1'
		});
		const back = ok(glue(renderText(rec)));
		expect(back.source.tableForm).toBe('glued');
		expect(back.applications.newReceived.naturalPerson).toEqual({ value: 1, raw: '1' });
		expect(back.applications.newReceived.total).toEqual({ value: 1, raw: '1' });
		expect(back.parse.splits).toEqual([]);
	});

	it('uses the row total to choose between splits, and records that it did', () => {
		// 29|1|0|0|0|0|30 glued is "291000030"; 2|91|… and 291|… do not add up to the total.
		const rec = makeRecord('2021', {
			'applications.newReceived.naturalPerson': '29',
			'applications.newReceived.legalPerson.commercial': '1',
			'applications.newReceived.total': '30'
		});
		const back = ok(glue(renderText(rec)));
		expect(back.applications.newReceived.naturalPerson.value).toBe(29);
		expect(back.applications.newReceived.legalPerson.commercial.value).toBe(1);
		expect(back.parse.totalsUsed).toContain('applications.newReceived.total');
	});

	it('leaves cells null with the raw text when two splits both add up (11|0 vs 1|10)', () => {
		const rec = makeRecord('2021', {
			'applications.newReceived.naturalPerson': '11',
			'applications.newReceived.total': '11'
		});
		const back = ok(glue(renderText(rec)));
		expect(back.applications.newReceived.naturalPerson).toEqual({ value: null, raw: '110000011' });
		expect(back.applications.newReceived.legalPerson.commercial.value).toBeNull();
		expect(back.applications.newReceived.legalPerson.research.value).toBe(0);
		expect(back.applications.newReceived.total.value).toBe(11);
		expect(back.parse.splits).toContainEqual({
			row: 'applications.newReceived',
			raw: '110000011',
			reason: 'ambiguous',
			candidates: 2,
			unresolved: ['applications.newReceived.naturalPerson', 'applications.newReceived.legalPerson.commercial']
		});
	});

	it('does not read the numbering of the next row label as a value', () => {
		const rec = makeRecord('2021', { 'applications.results.denied.stateSecret.total': '2', 'applications.results.denied.stateSecret.naturalPerson': '2' });
		const back = ok(glue(renderText(rec)));
		expect(back.applications.results.denied.stateSecret.total.value).toBe(2);
		expect(back.applications.results.denied.lawForbidden.naturalPerson.value).toBe(0);
	});

	it('reports a row with too few digits as unsplittable, never guesses the blank', () => {
		const text = glue(renderText(makeRecord('2021'))).replace('结转下年度继续办理0000000', '结转下年度继续办理000000');
		const back = ok(text);
		expect(back.applications.carriedForward.total.value).toBeNull();
		expect(back.parse.splits).toContainEqual(expect.objectContaining({ row: 'applications.carriedForward', reason: 'none' }));
	});

	it('does not take a year that starts the next paragraph as a value', () => {
		const text = glue(renderText(makeRecord('2021'))).replace('行政事业性收费0', '行政事业性收费02025年，我局主动公开信息12条。');
		expect(ok(text).disclosure!.fees.amountWan).toEqual({ value: 0, raw: '0' });
	});
});

describe('input forms', () => {
	it('reads the one-cell-per-line form and the HTML form of the same record alike', () => {
		const rec = makeRecord('2019', { 'disclosure2019.procurement.totalAmount': '251000元', 'disclosure2019.licensing.changeThisYear': '-18' });
		const a = ok(renderText(rec));
		const b = ok(renderHtml(rec, { document: true }), 'r.html');
		expect(a.source.tableForm).toBe('lines');
		expect(b.source.tableForm).toBe('html');
		expect(a.disclosure2019).toEqual(b.disclosure2019);
		expect(a.disclosure2019!.procurement.totalAmount).toEqual({ value: 251000, raw: '251000元' });
		expect(a.disclosure2019!.licensing.changeThisYear.value).toBe(-18);
	});

	it("reads '|' rows", () => {
		const rec = makeRecord('2021', { 'applications.newReceived.naturalPerson': '3', 'applications.newReceived.total': '3' });
		const piped = renderText(rec)
			.split('\n\n')
			.map((block) => (block.includes('\t') ? block.split('\n').map((l) => l.replace(/^\t/, '')).join(' | ') + ' |' : block))
			.join('\n');
		const back = ok(piped);
		expect(back.source.tableForm).toBe('pipes');
		expect(back.applications.newReceived.naturalPerson.value).toBe(3);
	});

	it('converts a 2021 fee written in 元 to 万元 and keeps the raw text', () => {
		const back = ok(renderText(makeRecord('2021', { 'disclosure.fees.amountWan': '39400元' })));
		expect(back.disclosure!.fees.amountWan).toEqual({ value: 3.94, raw: '39400元' });
	});

	it('detects the template from labels, not from the year', () => {
		const rec = makeRecord('hybrid');
		const back = ok(renderText({ ...rec, year: 2023 }));
		expect(back.template).toBe('hybrid');
		expect(back.layout).toEqual({ table2: '2019', table3: '2021' });
	});
});

describe('rejects', () => {
	it('rejects a pre-2019 统计表 with its reason', () => {
		const text = [
			'某县人民政府2017年政府信息公开工作年度报告',
			'政府信息公开情况统计表',
			'指标名称 单位 统计数',
			'一、主动公开情况 条 120',
			'二、依申请公开情况',
			'1.当面申请数 件 3',
			'2.传真申请数 件 0',
			'3.网上申请数 件 5',
			'4.信函申请数 件 1'
		].join('\n');
		const r = parseReport({ text, fileName: 'old.txt' });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reject.reason).toBe('pre2019');
			expect(r.reject.file).toBe('old.txt');
		}
	});

	it('rejects a report whose table 三 is cut off, naming the table and the first missing row', () => {
		const full = renderText(makeRecord('2021'));
		const cut = full.slice(0, full.indexOf('（三）不予公开'));
		const r = parseReport({ text: cut + '\n四、政府信息公开行政复议、行政诉讼情况\n行政复议', fileName: 'cut.txt' });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reject).toMatchObject({ file: 'cut.txt', reason: 'incomplete', table: '三', row: '1.属于国家秘密' });
		}
	});

	it('rejects text that is not a report', () => {
		const r = parseReport({ text: '今天天气很好。', fileName: 'x.txt' });
		expect(!r.ok && r.reject.reason).toBe('not-a-report');
	});
});
