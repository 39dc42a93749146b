/**
 * The SQL console's execution (src/lib/db/console.ts) in duckdb-wasm's Node build, with the bundled dataset loaded
 * as the site loads it: answers equal @duckdb/node-api's and records.json, values are plain (no bigint, NULL vs ''
 * vs 0 kept), the cap cuts and says so, refusals never reach DuckDB and DuckDB's own checks hold behind them, and
 * the views the dashboard reads survive everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConsoleQueryError, ConsoleRefusal, consoleSchema, executionSql, runConsole, wrapQuery } from '../../../src/lib/db/console';
import type { Database } from '../../../src/lib/db/database';
import { TABLES } from '../../../src/lib/dataset/columns';
import { loadDataset } from '../../../src/lib/load';
import { classify } from '../../../src/lib/sql/classify';
import { EXAMPLES } from '../../../src/lib/sql/examples';
import { DEFAULT_DIR, HAS_DEFAULT, openNode, openWasm, readDefault } from './helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

interface RecordLite {
	year: number;
	agency: { kind: string };
}

describe.skipIf(!HAS_DEFAULT)('SQL console over duckdb-wasm', () => {
	let wasm: Database & { close(): void };
	let node: Awaited<ReturnType<typeof openNode>>;
	const records = JSON.parse(readFileSync(join(DEFAULT_DIR, 'records.json'), 'utf8')) as RecordLite[];
	const findings = JSON.parse(readFileSync(join(DEFAULT_DIR, 'findings.json'), 'utf8')) as { rule: string }[];

	beforeAll(async () => {
		[wasm, node] = await Promise.all([openWasm(), openNode()]);
		const files: Record<string, Uint8Array> = { 'manifest.json': readDefault('manifest.json'), 'gongkai.duckdb': readDefault('gongkai.duckdb') };
		const fakeFetch = (async (url: string) => {
			const bytes = files[url.replace('/data/default/', '')];
			return bytes ? new Response(bytes.slice()) : new Response('not found', { status: 404 });
		}) as typeof fetch;
		await loadDataset({ kind: 'bundled', url: '/data/default/', fetch: fakeFetch }, () => undefined, wasm);
	});
	afterAll(() => {
		wasm?.close();
		node?.close();
	});

	const reportCount = async () => (await wasm.engine.query('SELECT count(*)::INTEGER AS n FROM reports'))[0]!.n;

	it('reports per year equal records.json', async () => {
		const r = await runConsole(wasm.engine, 'SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year;');
		expect(r.kind).toBe('SELECT');
		expect(r.columns).toEqual([
			{ name: 'year', type: 'INTEGER', numeric: true },
			{ name: 'n', type: 'BIGINT', numeric: true }
		]);
		const expected = new Map<number, number>();
		for (const rec of records) expected.set(rec.year, (expected.get(rec.year) ?? 0) + 1);
		expect(r.rows).toEqual([...expected].sort((a, b) => a[0] - b[0]));
		expect(r.truncated).toBe(false);
		expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
	});

	it('every example query runs and gives node-api’s rows', async () => {
		for (const ex of EXAMPLES) {
			const r = await runConsole(wasm.engine, ex.sql);
			expect(r.rows.length, ex.id).toBeGreaterThan(0);
			const n = await node.conn.runAndReadAll(ex.sql);
			const expected = n.getRowsJS().map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v)));
			expect(r.rows, ex.id).toEqual(expected);
		}
		const byRule = await runConsole(wasm.engine, EXAMPLES.find((e) => e.id === 'findings-by-rule')!.sql);
		expect(byRule.rows.reduce((s, row) => s + Number(row[2]), 0)).toBe(findings.length);
	});

	it('gives plain values: wide numbers as numbers, dates and nested values as text, NULL, empty string and 0 apart', async () => {
		const r = await runConsole(
			wasm.engine,
			`SELECT sum(x) AS s, 2::BIGINT AS b, 3.25::DECIMAL(10,2) AS d, DATE '2020-01-31' AS dt, [1, 2] AS l, {'a': 1} AS st,
			        NULL::INTEGER AS n, '' AS e, 0 AS z, true AS t, INTERVAL 1 DAY AS iv, 1::HUGEINT AS h
			 FROM (VALUES (1), (2)) v(x)`
		);
		expect(r.rows).toEqual([[3, 2, 3.25, '2020-01-31', '[1, 2]', "{'a': 1}", null, '', 0, true, '1 day', 1]]);
		expect(r.columns.map((c) => c.type)).toEqual(['HUGEINT', 'BIGINT', 'DECIMAL(10,2)', 'DATE', 'INTEGER[]', 'STRUCT(a INTEGER)', 'INTEGER', 'VARCHAR', 'INTEGER', 'BOOLEAN', 'INTERVAL', 'HUGEINT']);
		expect(r.columns.map((c) => c.numeric)).toEqual([true, true, true, false, false, false, true, false, true, false, false, true]);
		for (const v of r.rows.flat()) expect(typeof v === 'bigint').toBe(false);
	});

	it('keeps columns (with duplicate names) when no row comes back', async () => {
		const r = await runConsole(wasm.engine, 'SELECT 1 AS x, 2 AS x FROM reports WHERE false');
		expect(r.rows).toEqual([]);
		expect(r.columns.map((c) => c.name)).toEqual(['x', 'x_1']);
	});

	it('cuts at the cap and says so; 100k rows come back whole under the default cap', async () => {
		const cut = await runConsole(wasm.engine, 'SELECT * FROM range(10)', { cap: 4 });
		expect(cut).toMatchObject({ truncated: true, cap: 4, rows: [[0], [1], [2], [3]] });
		const big = await runConsole(wasm.engine, 'SELECT * FROM range(100000)');
		expect(big.truncated).toBe(false);
		expect(big.rows.length).toBe(100000);
		expect(big.rows.at(-1)).toEqual([99999]);
	});

	it('runs SHOW, DESCRIBE, SUMMARIZE, FROM-first, VALUES, TABLE and EXPLAIN', async () => {
		expect((await runConsole(wasm.engine, 'SHOW TABLES')).rows.flat()).toEqual(expect.arrayContaining(['reports', 'cells', 'findings', 'agencies']));
		expect((await runConsole(wasm.engine, 'DESCRIBE findings')).rows.map((r) => r[0])).toEqual(TABLES.findings.map((c) => c.name));
		expect((await runConsole(wasm.engine, 'SUMMARIZE agencies')).rows.length).toBe(TABLES.agencies.length);
		expect((await runConsole(wasm.engine, 'FROM reports SELECT count(*)')).rows).toEqual([[records.length]]);
		expect((await runConsole(wasm.engine, "VALUES (1, 'a'), (2, NULL)")).rows).toEqual([[1, 'a'], [2, null]]);
		expect((await runConsole(wasm.engine, 'TABLE agencies')).rows.length).toBeGreaterThan(0);
		// PIVOT with its IN list runs; without, DuckDB needs a second statement, which a prepared statement refuses.
		const pivot = await runConsole(wasm.engine, "PIVOT findings ON severity IN ('error', 'warning', 'info') USING count(*) GROUP BY rule ORDER BY rule");
		expect(pivot.columns.map((c) => c.name)).toEqual(['rule', 'error', 'warning', 'info']);
		expect(pivot.rows.reduce((s, r) => s + Number(r[1]) + Number(r[2]) + Number(r[3]), 0)).toBe(findings.length);
		await expect(runConsole(wasm.engine, 'PIVOT findings ON severity USING count(*) GROUP BY rule')).rejects.toThrow(/multiple statements/);
		const plan = await runConsole(wasm.engine, 'EXPLAIN SELECT 1');
		expect(plan.columns.map((c) => c.name)).toEqual(['explain_key', 'explain_value']);
		expect(String(plan.rows[0]![1])).toContain('PROJECTION');
	});

	it('refuses writing statements before DuckDB sees them, naming them; the views stay', async () => {
		const before = await reportCount();
		for (const [sql, refusal] of [
			['DROP VIEW reports', { reason: 'refused', kind: 'DROP VIEW' }],
			['SELECT 1; DROP VIEW reports', { reason: 'multiple', kinds: ['SELECT', 'DROP VIEW'] }],
			['CREATE OR REPLACE VIEW reports AS SELECT 1 AS id', { reason: 'refused', kind: 'CREATE OR' }],
			['SET enable_external_access = true', { reason: 'refused', kind: 'SET' }],
			["ATTACH 'gk/x.duckdb' AS x", { reason: 'refused', kind: 'ATTACH' }],
			['INSTALL httpfs', { reason: 'refused', kind: 'INSTALL' }],
			["COPY reports TO 'gk/out.csv'", { reason: 'refused', kind: 'COPY' }],
			['DROP MACRO filtered_reports', { reason: 'refused', kind: 'DROP MACRO' }],
			['BEGIN TRANSACTION', { reason: 'refused', kind: 'BEGIN TRANSACTION' }]
		] as const) {
			const err = await runConsole(wasm.engine, sql).catch((e: unknown) => e);
			expect(err, sql).toBeInstanceOf(ConsoleRefusal);
			expect((err as ConsoleRefusal).refusal, sql).toEqual(refusal);
		}
		expect(await reportCount()).toBe(before);
		expect(await wasm.engine.query('SELECT count(*) AS n FROM filtered_reports(2019, 2025, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \'all\')')).toEqual([{ n: before }]);
	});

	it('DuckDB checks again: the wrapper accepts one query only, and prepared statements one statement', async () => {
		const before = await reportCount();
		await expect(wasm.engine.executeOnce(wrapQuery('DROP VIEW reports'))).rejects.toThrow(/Parser Error/);
		await expect(wasm.engine.executeOnce(wrapQuery('SELECT 1) AS a; DROP VIEW reports; SELECT * FROM (SELECT 1'))).rejects.toThrow(/multiple statements/);
		await expect(wasm.engine.executeOnce('SELECT 1; DROP VIEW reports')).rejects.toThrow(/multiple statements/);
		const v = classify('SELECT 1');
		if (!v.ok) throw new Error('SELECT 1 refused');
		expect(executionSql({ ...v, query: 'DROP VIEW reports' }, [], 10)).toContain('FROM (\nDROP VIEW reports\n)');
		await expect(wasm.engine.executeOnce(executionSql({ ...v, query: 'DROP VIEW reports' }, [], 10))).rejects.toThrow(/Parser Error/);
		expect(await reportCount()).toBe(before);
	});

	it('shows DuckDB’s message for a query DuckDB rejects, and the lockdown holds', async () => {
		const err = await runConsole(wasm.engine, 'SELECT * FROM no_such_table').catch((e: unknown) => e);
		expect(err).toBeInstanceOf(ConsoleQueryError);
		expect((err as Error).message).toMatch(/Table with name no_such_table does not exist/);
		await expect(runConsole(wasm.engine, "SELECT * FROM read_csv('https://example.com/x.csv')")).rejects.toThrow(/disabled by configuration/);
		await expect(runConsole(wasm.engine, "SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(/disabled by configuration/);
	});

	it('describes the four views with the dataset’s columns', async () => {
		const schema = await consoleSchema(wasm.engine);
		expect(schema.map((t) => t.name)).toEqual(['reports', 'cells', 'findings', 'agencies']);
		for (const t of schema) expect(t.columns.map((c) => c.name), t.name).toEqual(TABLES[t.name as keyof typeof TABLES].map((c) => c.name));
		expect(schema.find((t) => t.name === 'findings')!.columns.find((c) => c.name === 'paths')!.type).toBe('VARCHAR[]');
	});
});
