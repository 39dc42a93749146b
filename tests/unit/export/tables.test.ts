/**
 * Panel downloads: the column descriptions cover each panel's query rows; CSV, XLSX and Parquet hold exactly the
 * query rows (numbers as numbers, null as blank/null, zh headers), read back with parseCsv, read-excel-file and
 * hyparquet; and the same on the real rows of the bundled dataset (node-api).
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantMix, findingsSummary, overviewKpis, topAgencies, trendOutcomes } from '../../../src/lib/db/queries';
import { parseCsv } from '../../../src/lib/export/csv';
import { toParquet } from '../../../src/lib/export/parquet';
import {
	APPLICANT_COLUMNS,
	bodyRows,
	defineColumns,
	FINDING_COLUMNS,
	headerRow,
	KPI_COLUMNS,
	tableCsv,
	type ExportColumns,
	TOP_AGENCY_COLUMNS,
	TREND_COLUMNS
} from '../../../src/lib/export/tables';
import { sheetName, toXlsx, xlsxSheet } from '../../../src/lib/export/xlsx';
import { HAS_DEFAULT, openNode } from '../db/helpers';

interface Row {
	name: string;
	year: number;
	value: number | null;
	share: number | null;
}
const COLS = defineColumns<Row>()({
	name: { zh: '机关名称', en: 'name', type: 'text' },
	year: { zh: '年度', en: 'year', type: 'integer' },
	value: { zh: '数量', en: 'value', type: 'number' },
	share: { zh: '占比', en: 'share', type: 'number' }
});
const ROWS: Row[] = [
	{ name: '平潭综合实验区财政金融局', year: 2024, value: 12, share: 0.25 },
	{ name: '=1+1, "quoted"', year: 2025, value: null, share: 0 },
	{ name: '教育与社会事业局', year: 2023, value: 1234567.5, share: null }
];

const bytes = async (b: Blob) => Buffer.from(await b.arrayBuffer());

describe('export tables', () => {
	it('describes columns in key order with zh and en headers', () => {
		expect(COLS.map((c) => c.key)).toEqual(['name', 'year', 'value', 'share']);
		expect(headerRow(COLS)).toEqual(['机关名称', '年度', '数量', '占比']);
		expect(headerRow(COLS, 'en')).toEqual(['name', 'year', 'value', 'share']);
		expect(bodyRows(COLS, ROWS)[1]).toEqual(['=1+1, "quoted"', 2025, null, 0]);
	});

	it('CSV: zh header, numbers unformatted, null blank, 0 kept', () => {
		const parsed = parseCsv(tableCsv(COLS, ROWS));
		expect(parsed[0]).toEqual(['机关名称', '年度', '数量', '占比']);
		expect(parsed.slice(1)).toEqual([
			['平潭综合实验区财政金融局', '2024', '12', '0.25'],
			[`'=1+1, "quoted"`, '2025', '', '0'],
			['教育与社会事业局', '2023', '1234567.5', '']
		]);
	});

	it('XLSX: one named sheet, zh header, number cells, empty cells for null', async () => {
		expect(sheetName('核查结果（规则 × 严重程度）: a/b [c]*?')).toBe('核查结果（规则 × 严重程度） a b c');
		expect([...sheetName('很'.repeat(40))].length).toBe(31);
		expect(xlsxSheet(COLS, ROWS)[2]![2]).toBeNull();
		const sheets = await readXlsxFile(await bytes(await toXlsx(COLS, ROWS, { sheet: '测试 表' })));
		expect(sheets.map((s) => s.sheet)).toEqual(['测试 表']);
		const data = sheets[0]!.data;
		expect(data[0]).toEqual(['机关名称', '年度', '数量', '占比']);
		expect(data.slice(1)).toEqual([
			['平潭综合实验区财政金融局', 2024, 12, 0.25],
			['=1+1, "quoted"', 2025, null, 0],
			['教育与社会事业局', 2023, 1234567.5, null]
		]);
	});

	it('Parquet: typed columns, nulls kept, headers in the metadata', async () => {
		const buf = toParquet(COLS, ROWS);
		const meta = parquetMetadata(buf);
		const types = Object.fromEntries(meta.schema.slice(1).map((e) => [e.name, e.type]));
		expect(types).toEqual({ name: 'BYTE_ARRAY', year: 'INT32', value: 'DOUBLE', share: 'DOUBLE' });
		expect(meta.schema.slice(1).every((e) => e.repetition_type === 'OPTIONAL')).toBe(true);
		expect(JSON.parse(meta.key_value_metadata!.find((k) => k.key === 'gongkai.headers.zh')!.value!)).toEqual(['机关名称', '年度', '数量', '占比']);
		expect(await parquetReadObjects({ file: buf })).toEqual(ROWS);
	});
});

describe.skipIf(!HAS_DEFAULT)('export tables on the bundled dataset', () => {
	let db: Awaited<ReturnType<typeof openNode>>;
	beforeAll(async () => {
		db = await openNode();
	}, 60_000);
	afterAll(() => db?.close());
	const f = { yearFrom: 2019, yearTo: 2025, scope: 'agencies' as const };

	// Five queries and fifteen files: give a busy machine time.
	it('every panel query: the columns are exactly the row fields; the three files hold the rows', { timeout: 60_000 }, async () => {
		const cases = [
			[overviewKpis, KPI_COLUMNS, f],
			[trendOutcomes, TREND_COLUMNS, f],
			[applicantMix, APPLICANT_COLUMNS, f],
			[topAgencies, TOP_AGENCY_COLUMNS, { ...f, limit: 10 }],
			[findingsSummary, FINDING_COLUMNS, { ...f, scope: 'all' as const }]
		] as const;
		for (const [query, columns, params] of cases) {
			const rows = (await db.runner.query(query as typeof trendOutcomes, params)) as unknown as Record<string, unknown>[];
			expect(rows.length, query.name).toBeGreaterThan(0);
			const cols = columns as unknown as ExportColumns<Record<string, unknown>>;
			expect(cols.map((c) => c.key).sort(), query.name).toEqual(Object.keys(rows[0]!).sort());
			const expected = rows.map((r) => cols.map((c) => r[c.key] ?? null));
			expect(bodyRows(cols, rows), query.name).toEqual(expected);
			const csv = parseCsv(tableCsv(cols, rows));
			expect(csv.slice(1), query.name).toEqual(expected.map((r) => r.map((v) => (v === null ? '' : String(v)))));
			const [sheet] = await readXlsxFile(await bytes(await toXlsx(cols, rows, { sheet: query.title })));
			expect(sheet!.data.slice(1), query.name).toEqual(expected);
			const back = await parquetReadObjects({ file: toParquet(cols, rows) });
			expect(back.map((r) => cols.map((c) => r[c.key])), query.name).toEqual(expected);
		}
	});
});
