import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { AnnualReport, type Template } from '../../../../src/lib/report/schema';
import { cellAt, cellPaths } from '../../../../src/lib/report/paths';
import {
	escapeHtml,
	printedCellPaths,
	renderHtml,
	renderTablesHtml,
	renderText
} from '../../../../src/lib/report/render';
import { arbRecord, layoutOf } from './arbitraries';
import { makeRecord } from './fixtures';

// ---------------------------------------------------------------------------------------------------------------
// Hand-written expectations. Labels are the template's own wording; the values are synthetic.

type Rows = string[][];
const Z = ['0', '0', '0', '0', '0', '0', '0'];
/** Rows in the text form: one TAB-prefixed line per cell, rows separated by an empty line. */
const toText = (rows: Rows) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

/** Raw cell texts of the fixed record (everything else prints '0'). */
const RAWS: Record<string, string> = {
	'disclosure.normativeDocuments.issued': '6',
	'disclosure.normativeDocuments.inForce': '37',
	'disclosure.punishment.decisions': '',
	'disclosure.fees.amountWan': '24252.311082',
	'disclosure2019.licensing.changeThisYear': '-12',
	'disclosure2019.procurement.projectCount': '15',
	'disclosure2019.procurement.totalAmount': '394432.52元',
	'applications.newReceived.naturalPerson': '3',
	'applications.newReceived.legalPerson.commercial': '1',
	'applications.newReceived.total': '4',
	'applications.carriedOver.legalPerson.commercial': '',
	'applications.carriedOver.legalPerson.research': '/',
	'applications.results.granted.naturalPerson': '2',
	'applications.results.granted.total': '2',
	'applications.results.unableToProvide.noInfo.naturalPerson': '1',
	'applications.results.unableToProvide.noInfo.total': '1',
	'applications.results.other.otherReasons.legalPerson.commercial': '1',
	'applications.results.other.otherReasons.total': '1',
	'applications.results.other.total.legalPerson.commercial': '1',
	'applications.results.other.total.total': '1',
	'applications.results.totalProcessed.naturalPerson': '3',
	'applications.results.totalProcessed.legalPerson.commercial': '1',
	'applications.results.totalProcessed.total': '4',
	'reviewLitigation.review.upheld': '1',
	'reviewLitigation.review.total': '1',
	'reviewLitigation.litigationAfterReview.pending': '2'
};

const TABLE2_2021: Rows = [
	['第二十条第（一）项'],
	['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
	['规章', '0', '0', '0'],
	['行政规范性文件', '6', '0', '37'],
	['第二十条第（五）项'],
	['信息内容', '本年处理决定数量'],
	['行政许可', '0'],
	['第二十条第（六）项'],
	['信息内容', '本年处理决定数量'],
	['行政处罚', ''],
	['行政强制', '0'],
	['第二十条第（八）项'],
	['信息内容', '本年收费金额（单位：万元）'],
	['行政事业性收费', '24252.311082']
];

const TABLE2_2019: Rows = [
	['第二十条第（一）项'],
	['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
	['规章', '0', '0', '0'],
	['规范性文件', '0', '0', '0'],
	['第二十条第（五）项'],
	['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
	['行政许可', '0', '-12', '0'],
	['其他对外管理服务事项', '0', '0', '0'],
	['第二十条第（六）项'],
	['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
	['行政处罚', '0', '0', '0'],
	['行政强制', '0', '0', '0'],
	['第二十条第（八）项'],
	['信息内容', '上一年项目数量', '本年增/减'],
	['行政事业性收费', '0', '0'],
	['第二十条第（九）项'],
	['信息内容', '采购项目数量', '采购总金额'],
	['政府集中采购', '15', '394432.52元']
];

const T3_HEAD: Rows = [
	['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
	['', '自然人', '法人或其他组织', '总计'],
	['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']
];
const T3_UP_TO_FIVE: Rows = [
	['一、本年新收政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4'],
	['二、上年结转政府信息公开申请数量', '0', '', '/', '0', '0', '0', '0'],
	['三、本年度办理结果', '（一）予以公开', '2', '0', '0', '0', '0', '0', '2'],
	['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...Z],
	['', '（三）不予公开', '1.属于国家秘密', ...Z],
	['', '', '2.其他法律行政法规禁止公开', ...Z],
	['', '', '3.危及“三安全一稳定”', ...Z],
	['', '', '4.保护第三方合法权益', ...Z],
	['', '', '5.属于三类内部事务信息', ...Z],
	['', '', '6.属于四类过程性信息', ...Z],
	['', '', '7.属于行政执法案卷', ...Z],
	['', '', '8.属于行政查询事项', ...Z],
	['', '（四）无法提供', '1.本机关不掌握相关政府信息', '1', '0', '0', '0', '0', '0', '1'],
	['', '', '2.没有现成信息需要另行制作', ...Z],
	['', '', '3.补正后申请内容仍不明确', ...Z],
	['', '（五）不予处理', '1.信访举报投诉类申请', ...Z],
	['', '', '2.重复申请', ...Z],
	['', '', '3.要求提供公开出版物', ...Z],
	['', '', '4.无正当理由大量反复申请', ...Z],
	['', '', '5.要求行政机关确认或重新出具已获取信息', ...Z]
];
const T3_TAIL: Rows = [
	['', '（七）总计', '3', '1', '0', '0', '0', '0', '4'],
	['四、结转下年度继续办理', ...Z]
];
const TABLE3_2021: Rows = [
	...T3_HEAD,
	...T3_UP_TO_FIVE,
	['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...Z],
	['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...Z],
	['', '', '3.其他', '0', '1', '0', '0', '0', '0', '1'],
	...T3_TAIL
];
const TABLE3_2019: Rows = [
	...T3_HEAD,
	...T3_UP_TO_FIVE,
	['', '（六）其他处理', '0', '1', '0', '0', '0', '0', '1'],
	...T3_TAIL
];

const R5 = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const TABLE4: Rows = [
	['行政复议', '行政诉讼'],
	[...R5, '未经复议直接起诉', '复议后起诉'],
	['', '', '', '', '', ...R5, ...R5],
	['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '2', '0']
];

const H2 = '二、主动公开政府信息情况';
const H3 = '三、收到和处理政府信息公开申请情况';
const H4 = '四、政府信息公开行政复议、行政诉讼情况';
const H5 = '五、存在的主要问题及改进情况';

/** The text between a heading (plus its empty line) and the two empty lines that end the table. */
function section(text: string, heading: string, next: string): string {
	const start = text.indexOf(`\n${heading}\n\n`);
	const end = text.indexOf(`\n\n\n${next}\n`);
	expect(start).toBeGreaterThan(0);
	expect(end).toBeGreaterThan(start);
	return text.slice(start + heading.length + 3, end);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML helpers (htmlparser2).

const elements = (root: Parameters<typeof DomUtils.getElementsByTagName>[1], tag: string) =>
	DomUtils.getElementsByTagName(tag, root, true);
const int = (el: Element, attr: string) => Number(el.attribs[attr] ?? '1');
const text = (el: Element) => DomUtils.textContent(el);

/** Checks that a table's merged cells tile a width × rows grid exactly; returns [rows, width]. */
function tileTable(table: Element): [number, number] {
	const rows = elements(table, 'tr');
	const covered: boolean[][] = rows.map(() => []);
	let width = -1;
	rows.forEach((tr, r) => {
		let col = 0;
		for (const td of elements(tr, 'td')) {
			while (covered[r]![col]) col++;
			for (let dr = 0; dr < int(td, 'rowspan'); dr++)
				for (let dc = 0; dc < int(td, 'colspan'); dc++) {
					const row = covered[r + dr];
					expect(row, `rowspan past the last row at row ${r}`).toBeDefined();
					expect(row![col + dc], `overlap at ${r + dr},${col + dc}`).toBeFalsy();
					row![col + dc] = true;
				}
			col += int(td, 'colspan');
		}
		const w = covered[r]!.length;
		if (width === -1) width = w;
		expect(covered[r]!.filter(Boolean).length, `row ${r} width`).toBe(width);
		expect(w).toBe(width);
	});
	return [rows.length, width];
}

const tdByText = (root: Element, label: string) => {
	const td = elements(root, 'td').find((el) => text(el) === label);
	expect(td, label).toBeDefined();
	return td!;
};

// ---------------------------------------------------------------------------------------------------------------

describe('escapeHtml', () => {
	it('escapes & < > " \'', () => {
		expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;'
		);
	});
	it('leaves other text alone and escapes & first (no double decoding trick)', () => {
		expect(escapeHtml('政府信息公开 &amp; 123')).toBe('政府信息公开 &amp;amp; 123');
		expect(escapeHtml('')).toBe('');
	});
});

describe('renderText', () => {
	const r2021 = makeRecord('2021', RAWS);
	const r2019 = makeRecord('2019', RAWS);
	const hybrid = makeRecord('hybrid', RAWS);

	it('starts with the agency name and the report title', () => {
		const lines = renderText(r2021).split('\n');
		expect(lines.slice(0, 2)).toEqual(['某市某某局', '2024年政府信息公开工作年度报告']);
	});

	it('prints table 二 in the 2021 layout', () => {
		expect(section(renderText(r2021), H2, H3)).toBe(toText(TABLE2_2021));
	});

	it('prints table 二 in the 2019 layout (also in a hybrid)', () => {
		expect(section(renderText(r2019), H2, H3)).toBe(toText(TABLE2_2019));
		expect(section(renderText(hybrid), H2, H3)).toBe(toText(TABLE2_2019));
	});

	it('prints table 三 in the 2021 layout, line by line, without the derived （六） total', () => {
		const got = section(renderText(r2021), H3, H4).split('\n');
		expect(got).toEqual(toText(TABLE3_2021).split('\n'));
		// 3 header rows + 25 data rows.
		expect(section(renderText(r2021), H3, H4).split('\n\n')).toHaveLength(28);
		expect(section(renderText(hybrid), H3, H4)).toBe(toText(TABLE3_2021));
	});

	it('prints table 三 in the 2019 layout with one （六）其他处理 row', () => {
		expect(section(renderText(r2019), H3, H4).split('\n')).toEqual(toText(TABLE3_2019).split('\n'));
		expect(section(renderText(r2019), H3, H4).split('\n\n')).toHaveLength(26);
	});

	it('prints table 四 with its 3-row header and 15 values', () => {
		expect(section(renderText(r2021), H4, H5)).toBe(toText(TABLE4));
	});

	it('prints all six sections in order, with no digits outside the title and the tables', () => {
		const out = renderText(r2021);
		const lines = out.split('\n');
		const headings = [
			'一、总体情况',
			H2,
			H3,
			H4,
			H5,
			'六、其他需要报告的事项'
		].map((h) => lines.indexOf(h));
		expect(headings.every((i) => i > 0)).toBe(true);
		expect([...headings].sort((a, b) => a - b)).toEqual(headings);
		const prose = lines.slice(2).filter((l) => !l.startsWith('\t'));
		expect(prose.filter((l) => /[0-9０-９]/.test(l))).toEqual([]);
		expect(out.endsWith('\n')).toBe(true);
	});

	it('keeps every cell on one line even if its raw text holds line breaks or tabs', () => {
		const odd = makeRecord('2021', { 'disclosure.regulations.issued': '1\n2\t3' }, '某局\n第二行');
		const out = renderText(odd);
		expect(out.split('\n').slice(0, 2)).toEqual(['某局 第二行', '2024年政府信息公开工作年度报告']);
		expect(out).toContain('\t规章\n\t1 2 3\n\t0\n\t0\n');
	});
});

describe('renderHtml', () => {
	const cases: { template: Template; t2Rows: number; t3Rows: number; results: number }[] = [
		{ template: '2021', t2Rows: 14, t3Rows: 28, results: 22 },
		{ template: '2019', t2Rows: 18, t3Rows: 26, results: 20 },
		{ template: 'hybrid', t2Rows: 18, t3Rows: 28, results: 22 }
	];

	for (const { template, t2Rows, t3Rows, results } of cases) {
		describe(`${template} layout`, () => {
			const record = makeRecord(template, RAWS);
			const doc = parseDocument(renderTablesHtml(record));
			const tables = elements(doc, 'table');

			it('has three tables whose merged cells tile full grids', () => {
				expect(tables).toHaveLength(3);
				const [t2, t3, t4] = tables as [Element, Element, Element];
				expect(tileTable(t2)).toEqual([t2Rows, 4]);
				expect(tileTable(t3)).toEqual([t3Rows, 10]);
				expect(tileTable(t4)).toEqual([4, 15]);
				expect(elements(doc, 'tr')).toHaveLength(t2Rows + t3Rows + 4);
			});

			it('merges the table-三 corner, groups and label cells', () => {
				const t3 = tables[1]!;
				const corner = tdByText(t3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
				expect([int(corner, 'rowspan'), int(corner, 'colspan')]).toEqual([3, 3]);
				expect(int(tdByText(t3, '申请人情况'), 'colspan')).toBe(7);
				expect(int(tdByText(t3, '自然人'), 'rowspan')).toBe(2);
				expect(int(tdByText(t3, '法人或其他组织'), 'colspan')).toBe(5);
				expect(int(tdByText(t3, '总计'), 'rowspan')).toBe(2);
				expect(int(tdByText(t3, '三、本年度办理结果'), 'rowspan')).toBe(results);
				expect(int(tdByText(t3, '（三）不予公开'), 'rowspan')).toBe(8);
				expect(int(tdByText(t3, '（四）无法提供'), 'rowspan')).toBe(3);
				expect(int(tdByText(t3, '（五）不予处理'), 'rowspan')).toBe(5);
				const other = tdByText(t3, '（六）其他处理');
				if (layoutOf(template).table3 === '2021') {
					expect([int(other, 'rowspan'), int(other, 'colspan')]).toEqual([3, 1]);
				} else {
					expect([int(other, 'rowspan'), int(other, 'colspan')]).toEqual([1, 2]);
				}
				expect(int(tdByText(t3, '（一）予以公开'), 'colspan')).toBe(2);
				expect(int(tdByText(t3, '（七）总计'), 'colspan')).toBe(2);
				expect(int(tdByText(t3, '一、本年新收政府信息公开申请数量'), 'colspan')).toBe(3);
				expect(int(tdByText(t3, '四、结转下年度继续办理'), 'colspan')).toBe(3);
				// Header 2 + 3 + 5 cells; every data row has 7 values.
				const tds = elements(t3, 'td');
				expect(tds.filter((td) => td.attribs['data-path'])).toHaveLength((t3Rows - 3) * 7);
			});

			it('spans single-value cells in table 二 and merges the table-四 header', () => {
				const [t2, , t4] = tables as [Element, Element, Element];
				const at = (root: Element, path: string) =>
					elements(root, 'td').find((td) => td.attribs['data-path'] === path)!;
				for (const block of elements(t2, 'tr').filter((tr) => elements(tr, 'td').length === 1))
					expect(int(elements(block, 'td')[0]!, 'colspan')).toBe(4);
				if (layoutOf(template).table2 === '2021') {
					expect(int(at(t2, 'disclosure.licensing.decisions'), 'colspan')).toBe(3);
					expect(int(at(t2, 'disclosure.fees.amountWan'), 'colspan')).toBe(3);
					expect(int(tdByText(t2, '本年收费金额（单位：万元）'), 'colspan')).toBe(3);
				} else {
					expect(int(at(t2, 'disclosure2019.fees.changeThisYear'), 'colspan')).toBe(2);
					expect(int(at(t2, 'disclosure2019.procurement.totalAmount'), 'colspan')).toBe(2);
					expect(int(at(t2, 'disclosure2019.licensing.decisions'), 'colspan')).toBe(1);
				}
				expect(int(tdByText(t4, '行政复议'), 'colspan')).toBe(5);
				expect(int(tdByText(t4, '行政诉讼'), 'colspan')).toBe(10);
				expect(int(tdByText(t4, '未经复议直接起诉'), 'colspan')).toBe(5);
				expect(int(tdByText(t4, '复议后起诉'), 'colspan')).toBe(5);
				const rows = elements(t4, 'tr');
				expect(rows.map((tr) => elements(tr, 'td').length)).toEqual([2, 7, 10, 15]);
				expect(elements(rows[1]!, 'td').slice(0, 5).map((td) => int(td, 'rowspan'))).toEqual([2, 2, 2, 2, 2]);
			});

			it('gives every printed cell path exactly one data-path cell holding its raw text', () => {
				const layout = layoutOf(template);
				const withPath = elements(doc, 'td').filter((td) => td.attribs['data-path'] !== undefined);
				const paths = withPath.map((td) => td.attribs['data-path']!);
				const derived = cellPaths(layout).filter((p) => cellAt(record, p)?.derived);
				expect(derived).toHaveLength(layout.table3 === '2021' ? 7 : 0);
				expect(paths).toEqual(cellPaths(layout).filter((p) => !derived.includes(p)));
				expect(paths).toEqual(printedCellPaths(layout));
				for (const td of withPath) expect(text(td)).toBe(cellAt(record, td.attribs['data-path']!)!.raw);
			});
		});
	}

	it('renders a full document with the agency/year title and all sections', () => {
		const html = renderHtml(makeRecord('2021', RAWS), { document: true });
		expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>')).toBe(true);
		const doc = parseDocument(html);
		expect(text(elements(doc, 'title')[0]!)).toBe('某市某某局2024年政府信息公开工作年度报告');
		expect(elements(doc, 'html')[0]!.attribs.lang).toBe('zh-CN');
		expect(elements(doc, 'h2').map(text)).toEqual([
			'一、总体情况',
			H2,
			H3,
			H4,
			H5,
			'六、其他需要报告的事项'
		]);
		expect(elements(doc, 'table')).toHaveLength(3);
		expect(elements(doc, 'body')).toHaveLength(1);
	});

	it('renders a fragment by default', () => {
		const html = renderHtml(makeRecord('2019', RAWS));
		expect(html).not.toContain('<html');
		expect(html).toContain('<h1>2024年政府信息公开工作年度报告</h1>');
		const tables = renderTablesHtml(makeRecord('2019', RAWS)).split(/(?<=<\/table>)\n/);
		expect(tables).toHaveLength(3);
		for (const table of tables) expect(html).toContain(table);
	});

	it('escapes a hostile agency name and hostile cell text', () => {
		const name = '<img src=x onerror=alert(1)>';
		const raw = `"><script>alert('x')</script>&`;
		const record = makeRecord('2021', { 'applications.newReceived.naturalPerson': raw }, name);
		const html = renderHtml(record, { document: true });
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		const doc = parseDocument(html);
		expect(elements(doc, 'img')).toHaveLength(0);
		expect(elements(doc, 'script')).toHaveLength(0);
		expect(text(elements(doc, 'title')[0]!)).toBe(`${name}2024年政府信息公开工作年度报告`);
		const cell = elements(doc, 'td').find(
			(td) => td.attribs['data-path'] === 'applications.newReceived.naturalPerson'
		)!;
		expect(text(cell)).toBe(raw);
		expect(elements(doc, 'td').every((td) => Object.keys(td.attribs).every((a) => /^(colspan|rowspan|data-path)$/.test(a)))).toBe(true);
	});
});

describe('arbitraries', () => {
	const templates: (Template | undefined)[] = ['2021', '2019', 'hybrid', undefined];
	for (const template of templates) {
		it(`generates valid records (${template ?? 'any'})`, () => {
			fc.assert(
				fc.property(arbRecord(template), (record) => {
					expect(AnnualReport.parse(record)).toEqual(record);
					if (template) {
						expect(record.template).toBe(template);
						expect(record.layout).toEqual(layoutOf(template));
					}
					if (record.layout.table3 === '2021') {
						const o = record.applications.results.other;
						expect(o.total.total.derived).toBe(true);
						const parts = [o.overdueCorrection!, o.overdueFee!, o.otherReasons!].map(
							(r) => r.naturalPerson.value
						);
						expect(o.total.naturalPerson.value).toBe(
							parts.some((v) => v === null) ? null : parts.reduce((s, v) => s! + v!, 0)
						);
					}
				}),
				{ numRuns: 60 }
			);
		});
	}

	it('covers blanks, slashes, negatives, decimals and 元 amounts', () => {
		const raws = fc
			.sample(arbRecord(), { numRuns: 80, seed: 42 })
			.flatMap((r) => printedCellPaths(r.layout).map((p) => cellAt(r, p)!.raw));
		expect(raws).toContain('');
		expect(raws).toContain('/');
		expect(raws.some((r) => /^-\d+$/.test(r))).toBe(true);
		expect(raws.some((r) => /^\d+\.\d+$/.test(r))).toBe(true);
		expect(raws.some((r) => /^\d+(\.\d+)?元$/.test(r))).toBe(true);
		expect(raws.some((r) => /^\d{5,6}$/.test(r))).toBe(true);
	});
});

describe('render properties (random records)', () => {
	it('HTML: full grids, data-path cells in cell-path order holding the raw text', () => {
		fc.assert(
			fc.property(arbRecord(), (record) => {
				const doc = parseDocument(renderHtml(record, { document: true }));
				const tables = elements(doc, 'table');
				expect(tables.map((t) => tileTable(t)[1])).toEqual([4, 10, 15]);
				const withPath = elements(doc, 'td').filter((td) => td.attribs['data-path'] !== undefined);
				expect(withPath.map((td) => td.attribs['data-path'])).toEqual(printedCellPaths(record.layout));
				for (const td of withPath) expect(text(td)).toBe(cellAt(record, td.attribs['data-path']!)!.raw);
			}),
			{ numRuns: 40 }
		);
	});

	it('text: the table rows carry every printed raw in cell-path order', () => {
		fc.assert(
			fc.property(arbRecord(), (record) => {
				const out = renderText(record);
				const rows = (h: string, next: string) =>
					section(out, h, next)
						.split('\n\n')
						.map((row) => row.split('\n').map((line) => {
							expect(line.startsWith('\t')).toBe(true);
							return line.slice(1);
						}));
				const t2 = rows(H2, H3)
					.filter((r) => r.length > 1 && r[0] !== '信息内容')
					.flatMap((r) => r.slice(1));
				const t3 = rows(H3, H4)
					.slice(3)
					.flatMap((r) => r.slice(-7));
				const t4 = rows(H4, H5).slice(3).flat();
				const raws = printedCellPaths(record.layout).map((p) => cellAt(record, p)!.raw);
				expect([...t2, ...t3, ...t4]).toEqual(raws);
				expect(out.split('\n').slice(0, 2)).toEqual([
					record.agency.name,
					`${record.year}年政府信息公开工作年度报告`
				]);
			}),
			{ numRuns: 40 }
		);
	});
});
