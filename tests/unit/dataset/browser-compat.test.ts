/**
 * The browser's DuckDB (@duckdb/duckdb-wasm 1.32.0, DuckDB 1.4.3) opens the gongkai.duckdb that @duckdb/node-api
 * writes. Runs the wasm build's blocking Node target (same engine as the browser bundles, without a worker), the
 * file registered as a buffer and attached read-only, as the site does with registerFileURL/registerFileBuffer.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatasetManifest, writeDataset } from '../../../src/lib/server/dataset';
import { finding, fiveRecords } from './fixtures';

// Instantiating the wasm module takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DEFAULT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../data/default');
const HAS_DEFAULT = existsSync(join(DEFAULT, 'manifest.json')) && existsSync(join(DEFAULT, 'gongkai.duckdb'));
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-wasm-'));
const records = fiveRecords();
const findings = [finding(records[1]!), finding(records[3]!)];
let wasm: Awaited<ReturnType<typeof duckdb.createDuckDB>>;
let conn: duckdb.DuckDBConnection;

beforeAll(async () => {
	await writeDataset(tmp, { records, findings });
	const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	wasm = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await wasm.instantiate();
	wasm.registerFileBuffer('gongkai.duckdb', new Uint8Array(readFileSync(join(tmp, 'gongkai.duckdb'))));
	conn = wasm.connect();
	conn.query(`ATTACH 'gongkai.duckdb' AS g (READ_ONLY)`);
});

afterAll(() => {
	conn?.close();
	rmSync(tmp, { recursive: true, force: true });
});

/** The first row of a wasm query as a plain object. */
const wasmRow = (sql: string) => conn.query(sql).toArray()[0]!.toJSON() as Record<string, unknown>;

async function nodeRow(sql: string): Promise<Record<string, unknown>> {
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	try {
		await c.run(`ATTACH '${join(tmp, 'gongkai.duckdb')}' AS g (READ_ONLY)`);
		return (await c.runAndReadAll(sql)).getRowObjectsJS()[0]!;
	} finally {
		c.closeSync();
		instance.closeSync();
	}
}

describe('gongkai.duckdb in duckdb-wasm 1.32.0', () => {
	it('runs DuckDB 1.4.3, the version node-api wrote the file with', async () => {
		expect(wasm.getVersion()).toBe('v1.4.3');
		expect((await nodeRow('SELECT version() AS v')).v).toBe('v1.4.3');
	});

	it('reads the same counts and sums as node-api', async () => {
		const sql = `SELECT (SELECT count(*) FROM g.reports)::INTEGER AS reports,
			(SELECT count(*) FROM g.cells)::INTEGER AS cells,
			(SELECT count(*) FROM g.findings)::INTEGER AS findings,
			(SELECT count(*) FROM g.agencies)::INTEGER AS agencies,
			(SELECT sum(applications_newReceived_total) FROM g.reports)::DOUBLE AS received,
			(SELECT sum(value) FROM g.cells WHERE status = 'value')::DOUBLE AS cellsum`;
		const inWasm = wasmRow(sql);
		expect(inWasm).toEqual(await nodeRow(sql));
		expect(inWasm).toMatchObject({ reports: 5, findings: 2, agencies: 2, received: 46 });
	});

	it('sees the declared column types', () => {
		const t = conn
			.query(`SELECT column_name AS n, data_type AS t FROM duckdb_columns() WHERE database_name = 'g' AND table_name = 'reports' AND column_name IN ('year', 'published_at', 'disclosure_fees_amountWan', 'applications_newReceived_total')`)
			.toArray()
			.map((r) => r.toJSON() as { n: string; t: string });
		expect(Object.fromEntries(t.map((r) => [r.n, r.t]))).toEqual({
			year: 'INTEGER',
			published_at: 'DATE',
			disclosure_fees_amountWan: 'DOUBLE',
			applications_newReceived_total: 'INTEGER'
		});
	});

	it.skipIf(!HAS_DEFAULT)('opens the bundled data/default/gongkai.duckdb with the counts of its manifest', () => {
		const m = DatasetManifest.parse(JSON.parse(readFileSync(join(DEFAULT, 'manifest.json'), 'utf8')));
		wasm.registerFileBuffer('default.duckdb', new Uint8Array(readFileSync(join(DEFAULT, 'gongkai.duckdb'))));
		conn.query(`ATTACH 'default.duckdb' AS d (READ_ONLY)`);
		const counts = wasmRow(`SELECT (SELECT count(*) FROM d.reports)::INTEGER AS reports, (SELECT count(*) FROM d.cells)::INTEGER AS cells,
			(SELECT count(*) FROM d.findings)::INTEGER AS findings, (SELECT count(*) FROM d.agencies)::INTEGER AS agencies`);
		expect(counts).toEqual({ reports: m.counts.reports, cells: m.counts.cells, findings: m.counts.findings, agencies: m.counts.agencies });
	});
});
