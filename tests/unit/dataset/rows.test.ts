import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/report/parse';
import { cellPaths } from '../../../src/lib/report/paths';
import { renderText } from '../../../src/lib/report/render';
import type { AnnualReport } from '../../../src/lib/report/schema';
import {
	CELL_TABLE_COLUMNS,
	DatasetValueError,
	FINDING_COLUMNS,
	REPORT_COLUMNS,
	TABLES,
	agencyRows,
	buildManifest,
	builtAtOf,
	cellRows,
	daysOf,
	deriveAgencies,
	findingRows,
	reportRow,
	withRegistryNames,
	type Row,
	type Value
} from '../../../src/lib/server/dataset';
import { makeRecord } from '../report/render/fixtures';
import { finding, fiveRecords, record } from './fixtures';

/** A row as { column: value }. */
const named = (row: Row, cols = REPORT_COLUMNS): Record<string, Value> =>
	Object.fromEntries(cols.map((c, i) => [c.name, row[i]!]));

describe('reportRow', () => {
	// A record as the parser reads it back from the text the renderer prints for a synthetic 2021 record.
	const raws = {
		'applications.newReceived.naturalPerson': '12',
		'applications.newReceived.legalPerson.commercial': '3',
		'applications.newReceived.total': '15',
		'disclosure.fees.amountWan': '24252.311082',
		'disclosure.regulations.issued': '/',
		'applications.results.other.overdueCorrection.total': '2',
		'applications.results.other.otherReasons.total': '1'
	};
	const parsed = parseReport({ text: renderText(makeRecord('2021', raws)), fileName: 'synthetic.txt' });
	if (!parsed.ok) throw new Error(`the synthetic report does not parse: ${parsed.reject.message.en}`);
	const r = parsed.record;
	const row = named(reportRow(r));

	it('has one value per column', () => {
		expect(reportRow(r)).toHaveLength(REPORT_COLUMNS.length);
	});

	it('carries the metadata of the record', () => {
		expect(row).toMatchObject({
			id: r.id,
			agency_id: r.agency.id,
			agency_name: r.agency.name,
			year: r.year,
			template: '2021',
			layout_table2: '2021',
			layout_table3: '2021',
			source_file: 'synthetic.txt',
			source_format: 'text',
			parser_version: r.source.parserVersion,
			n_ambiguous_splits: 0,
			n_missing_rows: 0
		});
	});

	it('holds every cell value of the layout, blank as null, never 0', () => {
		expect(row.applications_newReceived_naturalPerson).toBe(12);
		expect(row.applications_newReceived_legalPerson_commercial).toBe(3);
		expect(row.applications_newReceived_total).toBe(15);
		expect(row.disclosure_fees_amountWan).toBe(24252.311082);
		expect(row.disclosure_regulations_issued).toBeNull();
		expect(row.disclosure_regulations_repealed).toBe(0);
		// the derived （六） subtotal of the 2021 layout
		expect(row.applications_results_other_total_total).toBe(3);
		for (const p of cellPaths(r.layout)) {
			expect(row[p.replaceAll('.', '_')], p).toBe((p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r) as { value: number | null }).value);
		}
	});

	it('is null for every cell the layout does not have', () => {
		const own = new Set(cellPaths(r.layout).map((p) => p.replaceAll('.', '_')));
		const absent = Object.keys(row).filter((k) => /^(disclosure|applications|reviewLitigation)/.test(k) && !own.has(k));
		expect(absent).toHaveLength(22); // the 2019 table 二
		for (const k of absent) expect(row[k], k).toBeNull();
	});

	it('has the 2019 table-二 values and null 2021 sub-rows for a 2019 record', () => {
		const r2019 = record({ template: '2019', agency: 'ag-x', year: 2020, raws: { 'disclosure2019.punishment.changeThisYear': '-4', 'disclosure2019.procurement.totalAmount': '394432.52元', 'applications.results.other.total.total': '5' } });
		const w = named(reportRow(r2019));
		expect(w.disclosure2019_punishment_changeThisYear).toBe(-4);
		expect(w.disclosure2019_procurement_totalAmount).toBe(394432.52);
		expect(w.applications_results_other_total_total).toBe(5);
		expect(w.applications_results_other_overdueFee_total).toBeNull();
		expect(w.disclosure_fees_amountWan).toBeNull();
	});

	it('flattens the narrative figures and the parse notes', () => {
		const base = record({ template: '2021', agency: 'ag-x', year: 2024 });
		const r2: AnnualReport = {
			...base,
			publishedAt: '2025-01-20',
			narrative: { ...base.narrative, proactiveItems: 1234, section6: { present: true, saysNothing: false, mentionsFee: true, feeYuan: 3940 } },
			parse: {
				splits: [{ row: 'applications.newReceived', raw: '1000001', reason: 'ambiguous', candidates: 2, unresolved: ['applications.newReceived.naturalPerson', 'applications.newReceived.total'] }],
				totalsUsed: [],
				missingRows: ['disclosure.regulations'],
				unreadable: []
			}
		};
		expect(named(reportRow(r2))).toMatchObject({
			published_at: '2025-01-20',
			signed_at: null,
			narrative_proactive_items: 1234,
			narrative_reviews: null,
			section6_present: true,
			section6_mentions_fee: true,
			section6_fee_yuan: 3940,
			n_ambiguous_splits: 1,
			n_unresolved_cells: 2,
			n_missing_rows: 1,
			n_unreadable_cells: 0
		});
	});

	it('refuses a value that does not fit its INTEGER column, naming the record and cell', () => {
		const r2 = record({ template: '2021', agency: 'ag-x', year: 2024, raws: { 'applications.newReceived.total': '3000000000' } });
		expect(() => reportRow(r2)).toThrow(DatasetValueError);
		expect(() => reportRow(r2)).toThrow('ag-x-2024 applications.newReceived.total is 3000000000');
		const r3 = record({ template: '2021', agency: 'ag-x', year: 2024 });
		r3.applications.carriedOver.total.value = 1.5;
		expect(() => reportRow(r3)).toThrow('does not fit an INTEGER column');
	});
});

describe('cellRows', () => {
	it('has one row per cell of the layout, in template order', () => {
		for (const t of ['2021', '2019', 'hybrid'] as const) {
			const r = record({ template: t, agency: 'ag-x', year: 2024 });
			const rows = cellRows(r);
			expect(rows.map((x) => x[6])).toEqual(cellPaths(r.layout));
			for (const x of rows) expect(x).toHaveLength(CELL_TABLE_COLUMNS.length);
		}
	});

	it('gives each cell its table, row, column, value, raw text and status', () => {
		const base = record({ template: '2021', agency: 'ag-x', year: 2024, raws: { 'disclosure.licensing.decisions': '/', 'disclosure.punishment.decisions': '17' } });
		const r: AnnualReport = {
			...base,
			parse: {
				splits: [{ row: 'applications.carriedOver', raw: '1000001', reason: 'ambiguous', candidates: 2, unresolved: ['applications.carriedOver.naturalPerson'] }],
				totalsUsed: [],
				missingRows: ['reviewLitigation'],
				unreadable: ['disclosure.coercion.decisions']
			}
		};
		for (const p of ['applications.carriedOver.naturalPerson', 'disclosure.coercion.decisions']) {
			const c = p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r) as { value: number | null; raw: string };
			c.value = null;
			c.raw = p.startsWith('disclosure') ? '若干' : '1000001';
		}
		for (const c of Object.values(r.reviewLitigation.review)) Object.assign(c, { value: null, raw: '' });
		const by = new Map(cellRows(r).map((x) => [x[6], named(x, CELL_TABLE_COLUMNS)]));
		expect(by.get('disclosure.punishment.decisions')).toEqual({
			report_id: 'ag-x-2024',
			agency_id: 'ag-x',
			year: 2024,
			tbl: '二',
			row_path: 'disclosure.punishment',
			col_key: 'decisions',
			path: 'disclosure.punishment.decisions',
			value: 17,
			raw: '17',
			status: 'value'
		});
		expect(by.get('disclosure.licensing.decisions')).toMatchObject({ value: null, raw: '/', status: 'blank' });
		expect(by.get('disclosure.coercion.decisions')).toMatchObject({ value: null, status: 'unreadable' });
		expect(by.get('applications.carriedOver.naturalPerson')).toMatchObject({ tbl: '三', value: null, status: 'unresolved' });
		expect(by.get('applications.carriedOver.legalPerson.social')).toMatchObject({ col_key: 'legalPerson.social', status: 'value' });
		expect(by.get('reviewLitigation.review.upheld')).toMatchObject({ tbl: '四', row_path: 'reviewLitigation', col_key: 'review.upheld', status: 'missing' });
		expect(by.get('applications.results.other.total.total')).toMatchObject({ value: 0, raw: '', status: 'derived' });
	});
});

describe('daysOf', () => {
	it('turns a calendar date into days since the epoch and refuses a day that does not exist', () => {
		expect(daysOf('1970-01-01')).toBe(0);
		expect(daysOf('2024-02-29')).toBe(19782);
		expect(() => daysOf('2021-02-30')).toThrow('not a calendar date');
	});
});

describe('findingRows', () => {
	it('numbers findings per record and writes expected/actual as text', () => {
		const [a, b] = fiveRecords();
		const rows = findingRows([finding(a!), finding(b!, { expected: null, actual: 'x' }), finding(a!, { rule: 'MISSING', year: 2021, paths: [] })]).map((x) => named(x, FINDING_COLUMNS));
		expect(rows.map((x) => x.finding_id)).toEqual([`${a!.id}#0`, `${b!.id}#0`, `${a!.id}#1`]);
		expect(rows[0]).toEqual({
			finding_id: `${a!.id}#0`,
			report_id: a!.id,
			agency_id: 'ag-a',
			year: 2020,
			rule: 'T3_BALANCE',
			severity: 'error',
			paths: ['applications.newReceived.total', 'applications.carriedOver.total'],
			expected: '10',
			actual: '9',
			message_zh: '合计不符',
			message_en: 'Totals differ'
		});
		expect(rows[1]).toMatchObject({ expected: null, actual: 'x' });
		expect(rows[2]).toMatchObject({ year: 2021, paths: [] });
	});
});

describe('agencies', () => {
	it('are derived one per agency id, named as in the latest report, with the other names as aliases', () => {
		const agencies = deriveAgencies(fiveRecords());
		expect(agencies.map((a) => [a.id, a.name, a.aliases])).toEqual([
			['ag-a', '甲局', ['甲局旧名']],
			['ag-b', 'ag-b局', []]
		]);
		expect(agencies[0]).toMatchObject({ province: '某省', province_code: null, city: null, level: 'county', kind: 'department', category: null });
		const rows = agencyRows(agencies);
		expect(rows[0]).toHaveLength(TABLES.agencies.length);
		expect(rows[0]![0]).toBe('ag-a');
		expect(rows[0]![2]).toEqual(['甲局旧名']);
	});
});

describe('withRegistryNames', () => {
	it('takes the registry name and merges its aliases with the published names', () => {
		const agencies = withRegistryNames(deriveAgencies(fiveRecords()), [
			{ id: 'ag-a', name: '甲局新名', aliases: ['甲局', '甲 局'] },
			{ id: 'ag-z', name: '不在数据中', aliases: [] }
		]);
		expect(agencies.map((a) => [a.id, a.name, a.aliases])).toEqual([
			['ag-a', '甲局新名', ['甲 局', '甲局', '甲局旧名']],
			['ag-b', 'ag-b局', []]
		]);
	});
});

describe('manifest', () => {
	it('counts reports by year and template and normalises the build time', () => {
		const records = fiveRecords();
		const m = buildManifest({ records, cells: 7, findings: 2, agencies: 2, files: [], builtAt: '2024-01-15', synthetic: true, parserVersion: '9', source: null });
		expect(m).toMatchObject({
			schemaVersion: 1,
			datasetVersion: 1,
			builtAt: '2024-01-15T00:00:00.000Z',
			synthetic: true,
			counts: { reports: 5, cells: 7, findings: 2, agencies: 2, byYear: { 2020: 1, 2021: 1, 2022: 2, 2023: 1 }, byTemplate: { 2021: 3, 2019: 1, hybrid: 1 } }
		});
		expect(() => buildManifest({ ...m, records, cells: 0, findings: 0, agencies: 0, builtAt: 'soon' })).toThrow('not a date');
	});

	it('derives a reproducible build time from the latest publication date', () => {
		expect(builtAtOf(fiveRecords())).toBe('2024-01-15T00:00:00.000Z');
		expect(builtAtOf([])).toBe('1970-01-01T00:00:00.000Z');
	});
});
