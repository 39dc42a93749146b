import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cellPaths } from '../../../src/lib/report/paths';
import {
	CELL_COLUMNS,
	DATASET_FILES,
	DatasetManifest,
	TABLES,
	TABLE_NAMES,
	writeDataset
} from '../../../src/lib/server/dataset';
import { finding, fiveRecords } from './fixtures';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-dataset-'));
const out = join(tmp, 'out');
const records = fiveRecords();
const findings = [finding(records[0]!), finding(records[2]!, { rule: 'NONNEG', severity: 'warning', expected: null, actual: -1 }), finding(records[0]!, { rule: 'MISSING', year: 2021 })];
let manifest: DatasetManifest;
let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
	manifest = await writeDataset(out, { records, findings }, { builtAt: '2024-02-01T08:00:00Z', source: 'unit test' });
	instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	conn = await instance.connect();
	await conn.run(`ATTACH '${join(out, 'gongkai.duckdb')}' AS g (READ_ONLY)`);
});

afterAll(() => {
	conn?.closeSync();
	instance?.closeSync();
	rmSync(tmp, { recursive: true, force: true });
});

const all = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();
const one = async (sql: string) => (await all(sql))[0]!;
const parquet = (t: string) => `read_parquet('${join(out, `${t}.parquet`)}')`;
/** DuckDB's column types of a relation, { name: type }. */
const types = async (rel: string) =>
	Object.fromEntries((await all(`DESCRIBE SELECT * FROM ${rel}`)).map((r) => [r.column_name, r.column_type]));

describe('writeDataset', () => {
	it('writes the five dataset files and the manifest, and nothing else (no WAL, no temp folder)', () => {
		expect(readdirSync(out).sort()).toEqual([...DATASET_FILES].sort());
	});

	it('describes the files in manifest.json', () => {
		const onDisk = DatasetManifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
		expect(onDisk).toEqual(manifest);
		expect(manifest).toMatchObject({
			builtAt: '2024-02-01T08:00:00.000Z',
			synthetic: false,
			source: 'unit test',
			counts: { reports: 5, findings: 3, agencies: 2, byYear: { 2020: 1, 2021: 1, 2022: 2, 2023: 1 } }
		});
		expect(manifest.files.map((f) => f.name)).toEqual(['reports.parquet', 'cells.parquet', 'findings.parquet', 'agencies.parquet', 'gongkai.duckdb']);
		for (const f of manifest.files) {
			const bytes = readFileSync(join(out, f.name));
			expect(f.bytes, f.name).toBe(bytes.length);
			expect(f.sha256, f.name).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
	});

	it('has the same row counts in Parquet, in gongkai.duckdb and in the input', async () => {
		const expected = {
			reports: 5,
			cells: records.reduce((n, r) => n + cellPaths(r.layout).length, 0),
			findings: 3,
			agencies: 2
		};
		expect(manifest.counts).toMatchObject(expected);
		for (const t of TABLE_NAMES) {
			expect((await one(`SELECT count(*)::INTEGER AS n FROM ${parquet(t)}`)).n, t).toBe(expected[t]);
			expect((await one(`SELECT count(*)::INTEGER AS n FROM g.${t}`)).n, t).toBe(expected[t]);
		}
	});

	it('keeps the declared column types, also for all-null columns', async () => {
		for (const t of TABLE_NAMES) {
			const want = Object.fromEntries(TABLES[t].map((c) => [c.name, c.type]));
			expect(await types(`g.${t}`), `gongkai.duckdb ${t}`).toEqual(want);
			expect(await types(parquet(t)), `${t}.parquet`).toEqual(want);
		}
		const nulls = await one(
			`SELECT count(disclosure_fees_amountWan)::INTEGER AS fee, count(disclosure2019_procurement_totalAmount)::INTEGER AS proc,
			 count(disclosure2019_licensing_changeThisYear)::INTEGER AS lic FROM ${parquet('reports')}`
		);
		expect(nulls).toEqual({ fee: 0, proc: 0, lic: 0 });
		const t = await types(parquet('reports'));
		expect([t.disclosure_fees_amountWan, t.disclosure2019_procurement_totalAmount, t.disclosure2019_licensing_changeThisYear]).toEqual(['DOUBLE', 'DOUBLE', 'INTEGER']);
	});

	it('sums the same over reports.parquet, gongkai.duckdb, cells and the records', async () => {
		const js = records.reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);
		expect(js).toBe(46);
		const q = (rel: string) => `SELECT sum(applications_newReceived_total)::BIGINT AS s, sum(disclosure2019_punishment_changeThisYear)::BIGINT AS c FROM ${rel}`;
		expect(await one(q(parquet('reports')))).toEqual({ s: 46n, c: -4n });
		expect(await one(q('g.reports'))).toEqual({ s: 46n, c: -4n });
		const long = await one(`SELECT sum(value)::DOUBLE AS s FROM g.cells WHERE path = 'applications.newReceived.total'`);
		expect(long.s).toBe(46);
		const derived = await one(`SELECT sum(value)::DOUBLE AS s, count(*)::INTEGER AS n FROM ${parquet('cells')} WHERE path = 'applications.results.other.total.total' AND status = 'derived'`);
		expect(derived).toEqual({ s: 2, n: 4 }); // the 2021 table 三 of three 2021 records and the hybrid
	});

	it('writes every cell column of the wide table, the metadata, dates and lists', async () => {
		const cols = (await all(`DESCRIBE g.reports`)).map((r) => r.column_name);
		expect(cols.slice(-CELL_COLUMNS.length)).toEqual(CELL_COLUMNS.map((c) => c.name));
		const r = await one(`SELECT id, year, template, published_at::VARCHAR AS p, signed_at FROM ${parquet('reports')} ORDER BY id LIMIT 1`);
		expect(r).toEqual({ id: 'ag-a-2020', year: 2020, template: '2019', p: '2021-01-20', signed_at: null });
		const f = await all(`SELECT finding_id, paths, expected, actual FROM g.findings ORDER BY finding_id`);
		expect(f[0]).toEqual({ finding_id: 'ag-a-2020#0', paths: ['applications.newReceived.total', 'applications.carriedOver.total'], expected: '10', actual: '9' });
		expect(f[2]).toMatchObject({ finding_id: 'ag-a-2022#0', expected: null, actual: '-1' });
		const a = await all(`SELECT id, name, aliases FROM ${parquet('agencies')} ORDER BY id`);
		expect(a).toEqual([
			{ id: 'ag-a', name: '甲局', aliases: ['甲局旧名'] },
			{ id: 'ag-b', name: 'ag-b局', aliases: [] }
		]);
	});

	it('writes byte-identical Parquet for the same input', async () => {
		const again = await writeDataset(join(tmp, 'again'), { records, findings }, { builtAt: '2024-02-01T08:00:00Z', source: 'unit test' });
		const parquetFiles = (m: DatasetManifest) => m.files.filter((f) => f.name.endsWith('.parquet'));
		expect(parquetFiles(again)).toEqual(parquetFiles(manifest));
	});

	it('writes empty tables (with their columns) when there are no records', async () => {
		const empty = join(tmp, 'empty');
		const m = await writeDataset(empty, { records: [], findings: [] });
		expect(m.counts).toMatchObject({ reports: 0, cells: 0, findings: 0, agencies: 0, byYear: {} });
		const t = await types(`read_parquet('${join(empty, 'reports.parquet')}')`);
		expect(Object.keys(t)).toHaveLength(TABLES.reports.length);
	});
});
