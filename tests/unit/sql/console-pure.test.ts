/**
 * The pure parts of the SQL console: the virtual grid's row window and cell text, the history list and its
 * storage, column labels, completion entries, the execution SQL and refusal messages in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleValue, executionSql, isNumericType, plainCast } from '../../../src/lib/db/console';
import { CELL_COLUMNS, TABLES } from '../../../src/lib/dataset/columns';
import { refusalMessage } from '../../../src/lib/i18n/sql';
import { classify } from '../../../src/lib/sql/classify';
import { columnCompletions } from '../../../src/lib/sql/editor';
import { cellText, rowWindow } from '../../../src/lib/sql/grid';
import { HISTORY_KEY, HISTORY_MAX, pushHistory, readHistory, writeHistory } from '../../../src/lib/sql/history';
import { columnLabel } from '../../../src/lib/sql/labels';

describe('rowWindow', () => {
	it('renders the visible rows plus overscan, and reaches the last row at the bottom', () => {
		expect(rowWindow(0, 260, 26, 100000, 5)).toEqual({ start: 0, end: 16, offset: 0 });
		expect(rowWindow(26 * 1000, 260, 26, 100000, 5)).toEqual({ start: 995, end: 1016, offset: 995 * 26 });
		const bottom = rowWindow(26 * 100000 - 260, 260, 26, 100000, 5);
		expect(bottom.end).toBe(100000);
		expect(bottom.end - bottom.start).toBeLessThan(30);
		expect(rowWindow(0, 300, 26, 0)).toEqual({ start: 0, end: 0, offset: 0 });
	});

	it('always covers the viewport with few rows', () => {
		fc.assert(
			fc.property(fc.nat(200000), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 100000 }), (top, h, total) => {
				const scrollTop = Math.min(top, Math.max(0, total * 26 - h));
				const w = rowWindow(scrollTop, h, 26, total, 4);
				const firstVisible = Math.floor(scrollTop / 26);
				const lastVisible = Math.min(total - 1, Math.floor((scrollTop + h - 1) / 26));
				expect(w.start).toBeLessThanOrEqual(firstVisible);
				expect(w.end).toBeGreaterThan(lastVisible);
				expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(h / 26) + 1 + 8);
				expect(w.offset).toBe(w.start * 26);
			})
		);
	});
});

describe('cellText', () => {
	const labels = { nullValue: 'NULL', emptyString: '(empty string)' };
	it('tells NULL, the empty string, 0 and false apart', () => {
		expect(cellText(null, 'en', labels)).toEqual({ text: 'NULL', kind: 'null' });
		expect(cellText('', 'en', labels)).toEqual({ text: '(empty string)', kind: 'empty' });
		expect(cellText(0, 'en', labels)).toEqual({ text: '0', kind: 'number' });
		expect(cellText(false, 'en', labels)).toEqual({ text: 'false', kind: 'boolean' });
		expect(cellText('NULL', 'en', labels)).toEqual({ text: 'NULL', kind: 'text' });
		expect(cellText(2019, 'zh', labels).text).toBe('2019');
		expect(cellText(1234567.125, 'en', labels).text).toBe('1234567.125');
	});
});

describe('history', () => {
	const at = new Date('2026-01-01T00:00:00Z');
	it('puts the newest first, keeps each text once, and is bounded', () => {
		let h = pushHistory([], 'SELECT 1', at);
		h = pushHistory(h, 'SELECT 2', at);
		h = pushHistory(h, '  SELECT 1  ', at);
		expect(h.map((e) => e.sql)).toEqual(['SELECT 1', 'SELECT 2']);
		expect(pushHistory(h, '   ', at)).toEqual(h);
		let many: ReturnType<typeof pushHistory> = [];
		for (let i = 0; i < HISTORY_MAX + 10; i++) many = pushHistory(many, `SELECT ${i}`, at);
		expect(many.length).toBe(HISTORY_MAX);
		expect(many[0]!.sql).toBe(`SELECT ${HISTORY_MAX + 9}`);
	});

	it('round-trips through storage and ignores what it cannot read', () => {
		const map = new Map<string, string>();
		const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
		const h = pushHistory([], 'SELECT 1', at);
		writeHistory(storage, h);
		expect(readHistory(storage)).toEqual(h);
		map.set(HISTORY_KEY, '{not json');
		expect(readHistory(storage)).toEqual([]);
		map.set(HISTORY_KEY, JSON.stringify([{ sql: 1 }]));
		expect(readHistory(storage)).toEqual([]);
		expect(readHistory(null)).toEqual([]);
		expect(() => writeHistory({ setItem: () => { throw new Error('quota'); } }, h)).not.toThrow();
	});
});

describe('column labels', () => {
	it('gives every template cell column its printed zh label, with the table', () => {
		expect(columnLabel('reports', 'applications_results_totalProcessed_naturalPerson', 'zh')).toBe('表三 · （七）总计 · 自然人');
		expect(columnLabel('reports', 'applications_results_totalProcessed_naturalPerson', 'en')).toBe('Table 3 · （七）总计 · 自然人');
		for (const c of CELL_COLUMNS) {
			const l = columnLabel('reports', c.name, 'zh');
			expect(l, c.name).toBeTruthy();
			expect(l, c.name).not.toContain(c.path);
		}
	});

	it('labels the metadata columns in both languages', () => {
		expect(columnLabel('reports', 'agency_name', 'zh')).toBe('机关名称（报告所载）');
		expect(columnLabel('reports', 'agency_name', 'en')).toBe('Agency name (as published)');
		expect(columnLabel('reports', 'published_at', 'zh')).toBe('发布日期');
		expect(columnLabel('findings', 'rule', 'en')).toBe('Rule');
		expect(columnLabel('reports', 'province_code', 'zh')).toBe('省级行政区划代码');
		expect(columnLabel('anything', 'my_own_column', 'zh')).toBeNull();
		for (const t of ['cells', 'findings', 'agencies'] as const) {
			for (const c of TABLES[t]) expect(columnLabel(t, c.name, 'zh'), `${t}.${c.name}`).toBeTruthy();
		}
		for (const c of TABLES.reports) {
			expect(columnLabel('reports', c.name, 'en'), c.name).toBeTruthy();
		}
	});
});

describe('completions', () => {
	it('offers each column once, with its tables, type and meaning', () => {
		const entries = columnCompletions(
			[
				{ name: 'reports', columns: [{ name: 'agency_name', type: 'VARCHAR' }, { name: 'year', type: 'INTEGER' }] },
				{ name: 'findings', columns: [{ name: 'year', type: 'INTEGER' }, { name: 'rule', type: 'VARCHAR' }] }
			],
			'zh'
		);
		expect(entries).toEqual([
			{ label: 'agency_name', type: 'property', detail: 'reports · VARCHAR', info: '机关名称（报告所载）' },
			{ label: 'year', type: 'property', detail: 'reports, findings · INTEGER', info: '年度' },
			{ label: 'rule', type: 'property', detail: 'findings · VARCHAR', info: '规则' }
		]);
	});
});

describe('execution SQL and values', () => {
	it('casts what JS cannot hold plainly', () => {
		expect(plainCast('c0', 'INTEGER')).toBe('"c0"');
		expect(plainCast('c0', 'HUGEINT')).toBe('"c0"::DOUBLE AS "c0"');
		expect(plainCast('c0', 'DECIMAL(18,3)')).toBe('"c0"::DOUBLE AS "c0"');
		expect(plainCast('c0', 'DATE')).toBe('"c0"::VARCHAR AS "c0"');
		expect(plainCast('c0', 'VARCHAR[]')).toBe('"c0"::VARCHAR AS "c0"');
		expect(isNumericType('DECIMAL(9,2)')).toBe(true);
		expect(isNumericType('VARCHAR')).toBe(false);
		const v = classify('SELECT 1 -- note');
		if (!v.ok) throw new Error('refused');
		expect(executionSql(v, ['INTEGER', 'BIGINT'], 1000)).toBe('SELECT "c0", "c1"::DOUBLE AS "c1" FROM (\nSELECT 1\n) AS q("c0", "c1")\nLIMIT 1001');
		expect(consoleValue(10n)).toBe(10);
		expect(consoleValue(2n ** 64n)).toBe('18446744073709551616');
		expect(consoleValue(undefined)).toBeNull();
		expect(consoleValue(new Date('2020-01-02T00:00:00Z'))).toBe('2020-01-02T00:00:00.000Z');
	});
});

describe('refusal messages', () => {
	it('names the statement kind in zh and en', () => {
		expect(refusalMessage('zh', { reason: 'refused', kind: 'DROP VIEW' })).toContain('不能运行 DROP VIEW 语句');
		expect(refusalMessage('en', { reason: 'refused', kind: 'DROP VIEW' })).toContain('does not run DROP VIEW statements');
		expect(refusalMessage('zh', { reason: 'multiple', kinds: ['SELECT', 'DROP VIEW'] })).toBe('一次只能运行一条语句（这里有 SELECT、DROP VIEW）。');
		expect(refusalMessage('en', { reason: 'unterminated', what: 'comment' })).toBe('The statement has an unterminated comment.');
		expect(refusalMessage('zh', { reason: 'empty' })).toBe('没有可运行的语句。');
	});
});
