/** The compliance page's pure pieces: own URL parameters, paging, late/missing counts, CSV rows, cell labels. */
import { describe, expect, it } from 'vitest';
import {
	cellLabels,
	DEFAULT_STATE,
	EXPORT_HEADER,
	exportRows,
	lateCounts,
	lateStatus,
	paging,
	parseState,
	stateParams,
	type ExportRow,
	type LateMissingRow
} from '../../../src/lib/compliance';
import { parseCsv, toCsv } from '../../../src/lib/export/csv';

const params = (q: string) => {
	const p = new URLSearchParams(q);
	return (name: string) => p.get(name);
};

describe('own URL parameters', () => {
	it('parse leniently: invalid values fall back to defaults', () => {
		expect(parseState(params(''))).toEqual(DEFAULT_STATE);
		expect(parseState(params('rule=T3_BALANCE&severity=error&region=county&sort=year&dir=asc&page=3'))).toEqual({
			rule: 'T3_BALANCE',
			severity: 'error',
			region: 'county',
			sort: 'year',
			desc: false,
			page: 3
		});
		expect(parseState(params('rule=DROP%20TABLE&severity=fatal&region=planet&sort=x&page=-2'))).toEqual(DEFAULT_STATE);
	});

	it('round-trip through the URL, defaults left out', () => {
		expect(Object.values(stateParams(DEFAULT_STATE)).every((v) => v === null)).toBe(true);
		const s = { rule: 'MISSING' as const, severity: 'warning' as const, region: 'city' as const, sort: 'agency' as const, desc: false, page: 2 };
		const p = stateParams(s);
		expect(parseState((n) => p[n as keyof typeof p])).toEqual(s);
	});

	it('paging clamps the page and gives the offset', () => {
		expect(paging(0, 1, 25)).toEqual({ pages: 1, page: 1, offset: 0 });
		expect(paging(51, 3, 25)).toEqual({ pages: 3, page: 3, offset: 50 });
		expect(paging(51, 9, 25)).toEqual({ pages: 3, page: 3, offset: 50 });
		expect(paging(300_000, 2, 25)).toEqual({ pages: 12_000, page: 2, offset: 25 });
	});
});

const lm = (rule: 'TIMELINESS' | 'MISSING', year: number, actual: string | null): LateMissingRow => ({
	finding_id: `${rule}${year}${actual}`,
	rule,
	severity: 'info',
	agency_id: 'a',
	agency_name: 'A',
	year,
	report_id: 'r',
	expected: rule === 'TIMELINESS' ? `${year + 1}-01-31` : null,
	actual,
	message_zh: '',
	message_en: ''
});

describe('late and missing', () => {
	it('status from the rule and the date; counts per year, newest first', () => {
		const rows = [lm('TIMELINESS', 2020, '2021-03-01'), lm('TIMELINESS', 2020, null), lm('MISSING', 2022, null), lm('TIMELINESS', 2022, null)];
		expect(rows.map(lateStatus)).toEqual(['late', 'noDate', 'missing', 'noDate']);
		expect(lateCounts(rows)).toEqual([
			{ year: 2022, late: 0, noDate: 1, missing: 1 },
			{ year: 2020, late: 1, noDate: 1, missing: 0 }
		]);
	});
});

describe('CSV of findings', () => {
	it('one row per finding under the zh header; null stays empty, paths joined', () => {
		const row: ExportRow = {
			agency_name: '=HYPERLINK("x")',
			agency_id: 'a',
			province: '福建省',
			city: null,
			county: null,
			year: 2021,
			report_id: 'a-2021',
			finding_id: 'a-2021#0',
			rule: 'T3_BALANCE',
			severity: 'error',
			expected: '0',
			actual: null,
			message_zh: '不平衡，见表三',
			message_en: 'unbalanced',
			paths: ['applications.newReceived.total', 'applications.carriedOver.total']
		};
		const rows = exportRows([row], (r) => `label ${r}`);
		const back = parseCsv(toCsv(EXPORT_HEADER, rows));
		expect(back[0]).toEqual([...EXPORT_HEADER]);
		expect(back[1]).toEqual([
			`'=HYPERLINK("x")`,
			'a',
			'福建省',
			'',
			'',
			'2021',
			'a-2021',
			'a-2021#0',
			'label T3_BALANCE',
			'T3_BALANCE',
			'错误',
			'0',
			'',
			'不平衡，见表三',
			'unbalanced',
			'applications.newReceived.total;applications.carriedOver.total'
		]);
	});
});

describe('cell labels', () => {
	it('as the template prints them, from the cells row or (wide row only) the column definitions', () => {
		const fromCells = cellLabels(
			{ path: 'applications.results.totalProcessed.naturalPerson', tbl: '三', row_path: 'applications.results.totalProcessed', col_key: 'naturalPerson', value: 1, raw: '1', status: 'value', source: 'cells' },
			'zh'
		);
		expect(fromCells).toEqual({ table: '表三', row: '（七）总计', col: '自然人' });
		const fromWide = cellLabels({ path: 'reviewLitigation.review.total', tbl: null, row_path: null, col_key: null, value: 3, raw: null, status: null, source: 'reports' }, 'en');
		expect(fromWide.table).toBe('Table 4');
		expect(fromWide.row).toBe('行政复议');
		expect(fromWide.col).toBe('总计');
	});
});
