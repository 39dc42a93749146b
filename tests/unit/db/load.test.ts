/**
 * loadDataset with every kind of user file, in duckdb-wasm's Node blocking build through the site's own code: a
 * .duckdb file, Parquet (hyparquet → Arrow), CSV (read_csv), JSON rows (insertJSONFromPath), records.json and
 * raw report files (parsed here). Each rebuilds the bundled dataset and must answer every named query exactly as
 * the bundled gongkai.duckdb does. A malformed file fails with a clear error and leaves the loaded data in place.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/lib/db/database';
import { probeQueries, type ProbeResult } from '../../../src/lib/db/probe';
import { loadDataset, LoadError, type LoadResult, type SourceFile } from '../../../src/lib/load';
import { DEFAULT_DIR, HAS_DEFAULT, openNode, openWasm, readDefault, REPO } from './helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const TABLES = ['reports', 'cells', 'findings', 'agencies'];
const SHARED_REPORTS = join(REPO, '../shared/reports');
const file = (name: string, bytes: Uint8Array | string): SourceFile => ({
	name,
	bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
});
const same = (results: ProbeResult[]) => results.map((r) => ({ name: r.name, error: r.error, result: r.result }));

describe.skipIf(!HAS_DEFAULT)('loadDataset (duckdb-wasm, Node blocking build)', () => {
	let db: Database & { close(): void };
	let expected: ReturnType<typeof same>;
	const tmp = mkdtempSync(join(tmpdir(), 'gongkai-load-'));
	const load = (...files: SourceFile[]) => loadDataset({ kind: 'files', files }, undefined, db);
	const probe = async () => same(await probeQueries(db.runner, { keepRows: true }));

	beforeAll(async () => {
		db = await openWasm();
		// The bundled dataset as node-api reads it, and CSV/JSON exports of its tables.
		const node = await openNode();
		try {
			expected = same(await probeQueries(node.runner, { keepRows: true }));
			for (const t of TABLES) {
				await node.conn.run(`COPY g.${t} TO '${join(tmp, `${t}.csv`)}' (HEADER)`);
				await node.conn.run(`COPY g.${t} TO '${join(tmp, `${t}.json`)}' (FORMAT json, ARRAY true)`);
			}
		} finally {
			node.close();
		}
	});
	afterAll(() => {
		db?.close();
		rmSync(tmp, { recursive: true, force: true });
	});

	it('starts with an empty dataset that every query can read', async () => {
		expect(db.catalog.current).toMatchObject({ origin: 'empty', counts: { reports: 0, cells: 0, findings: 0, agencies: 0 } });
		const results = await probeQueries(db.runner);
		expect(results.every((r) => r.error === null)).toBe(true);
	});

	it('a .duckdb file', async () => {
		const r = await load(file('gongkai.duckdb', readDefault('gongkai.duckdb')));
		expect(r.files).toEqual([{ name: 'gongkai.duckdb', kind: 'duckdb', status: 'loaded', message: '104 份报告' }]);
		expect(r.dataset).toMatchObject({ origin: 'files', synthetic: null, manifest: null });
		expect(await probe()).toEqual(expected);
	});

	it('a .duckdb file chosen in the browser (a File): handed to DuckDB as it is, never read whole by the loader', async () => {
		const registered: unknown[] = [];
		const register = db.engine.registerFile;
		db.engine.registerFile = (name, data) => (registered.push(data), register(name, data));
		try {
			const picked = new File([readDefault('gongkai.duckdb')], 'national.duckdb');
			const r = await load(picked);
			expect(r.files).toEqual([{ name: 'national.duckdb', kind: 'duckdb', status: 'loaded', message: '104 份报告' }]);
			expect(registered).toEqual([picked]);
			expect(await probe()).toEqual(expected);
		} finally {
			db.engine.registerFile = register;
		}
	});

	it('Parquet tables (decoded with hyparquet, inserted as Arrow), with their manifest', async () => {
		const r = await load(...TABLES.map((t) => file(`${t}.parquet`, readDefault(`${t}.parquet`))), file('manifest.json', readDefault('manifest.json')));
		expect(r.files.map((f) => [f.name, f.status])).toEqual([
			['manifest.json', 'loaded'],
			...TABLES.map((t) => [`${t}.parquet`, 'loaded'])
		]);
		expect(r.dataset.synthetic).toBe(false);
		expect(await probe()).toEqual(expected);
	});

	it('CSV tables (read_csv)', async () => {
		await load(...TABLES.map((t) => file(`${t}.csv`, readFileSync(join(tmp, `${t}.csv`)))));
		expect(await probe()).toEqual(expected);
	});

	it('JSON tables (rows parsed in JS, inserted as Arrow)', async () => {
		await load(...TABLES.map((t) => file(`${t}.json`, readFileSync(join(tmp, `${t}.json`)))));
		expect(await probe()).toEqual(expected);
	});

	it('records.json: the tables are rebuilt and the rules rerun as `npm run ingest` does', async () => {
		const r = await load(file('records.json', readDefault('records.json')), file('findings.json', readDefault('findings.json')));
		expect(r.files.map((f) => [f.name, f.status])).toEqual([
			['findings.json', 'skipped'],
			['records.json', 'loaded']
		]);
		expect(await probe()).toEqual(expected);
	});

	it('a reports table alone: agencies derived from it, no cells or findings', async () => {
		const r = await load(file('my-reports.parquet', readDefault('reports.parquet')));
		expect(r.dataset.counts).toEqual({ reports: 104, cells: 0, findings: 0, agencies: 16 });
	});

	it.skipIf(!existsSync(SHARED_REPORTS))('raw report files, parsed in the browser code: the same dataset as the bundled one', async () => {
		const names = readdirSync(SHARED_REPORTS).filter((n) => /\.(txt|html?)$/.test(n));
		const r = await load(...names.map((n) => file(n, readFileSync(join(SHARED_REPORTS, n)))));
		const loaded = r.files.filter((f) => f.status === 'loaded');
		expect(loaded.length).toBe(104);
		expect(r.files.filter((f) => f.status === 'rejected').every((f) => f.message.length > 0)).toBe(true);
		expect(r.dataset.synthetic).toBe(false);
		expect(await probe()).toEqual(expected);
	});

	describe('malformed files: a clear error, and the loaded data stays', () => {
		let before: LoadResult;
		beforeAll(async () => {
			before = await load(file('gongkai.duckdb', readDefault('gongkai.duckdb')));
		});

		const rejects = async (files: SourceFile[], message: RegExp, bad?: string) => {
			const error = await load(...files).then(
				() => null,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(LoadError);
			expect((error as LoadError).message).toMatch(message);
			expect((error as LoadError).message).toMatch(/之前的数据保持不变/);
			if (bad) expect((error as LoadError).files.find((f) => f.name === bad)?.status).toBe('rejected');
			expect(db.catalog.current).toEqual(before.dataset);
			const [summary] = await probeQueries(db.runner);
			expect(summary?.rows).toBe(1);
			const rows = await db.engine.query('SELECT count(*)::INTEGER AS n FROM reports');
			expect(rows).toEqual([{ n: 104 }]);
		};

		it('a .duckdb file that is not a database', async () => {
			const junk = new Uint8Array(4096).fill(7);
			junk.set(new TextEncoder().encode('DUCK'), 8);
			await rejects([file('broken.duckdb', junk)], /broken\.duckdb 不是可读的 DuckDB 数据库文件/, 'broken.duckdb');
		});

		it('a truncated Parquet file', async () => {
			await rejects([file('reports.parquet', readDefault('reports.parquet').slice(0, 5000))], /reports\.parquet 不是可读的 Parquet 文件/, 'reports.parquet');
		});

		it('a CSV whose year is not a number', async () => {
			const csv = readFileSync(join(tmp, 'reports.csv'), 'utf8').replace(/,2024,/, ',二〇二四,');
			await rejects([file('reports.csv', csv)], /reports\.csv：reports 表的数据无法载入.*二〇二四/, 'reports.csv');
		});

		it('a JSON table without a required column', async () => {
			await rejects([file('reports.json', '[{"id": "x", "year": 2024}]')], /缺少 reports 表的必需列 agency_id/, 'reports.json');
		});

		it('a fractional count', async () => {
			const rows = JSON.parse(readFileSync(join(tmp, 'reports.json'), 'utf8')) as Record<string, unknown>[];
			rows[3]!.applications_newReceived_total = 1.5;
			await rejects([file('reports.json', JSON.stringify(rows))], /applications_newReceived_total：1\.5 不是整数/, 'reports.json');
		});

		it('a records.json that is not records', async () => {
			const records = JSON.parse(new TextDecoder().decode(readDefault('records.json'))) as { year: unknown }[];
			records[1]!.year = 'last year';
			await rejects([file('records.json', JSON.stringify(records.slice(0, 3)))], /records\.json 第 2 条不是有效的年度报告记录/, 'records.json');
		});

		it('a text file that is not a report', async () => {
			await rejects([file('notes.txt', '这不是年度报告。')], /没有可载入的年度报告/, 'notes.txt');
		});

		it('invalid JSON, an unsupported file, mixed kinds', async () => {
			await rejects([file('x.json', '{"a": ')], /没有可载入的文件/, 'x.json');
			await rejects([file('x.xlsx', 'PK')], /没有可载入的文件/, 'x.xlsx');
			await rejects([file('gongkai.duckdb', readDefault('gongkai.duckdb')), file('reports.csv', 'id\n1')], /一次只能载入一种数据/);
			await rejects([], /没有选择文件/);
		});
	});
});

it.skipIf(!HAS_DEFAULT)('the default dataset folder has the files the site serves', () => {
	for (const f of ['manifest.json', 'gongkai.duckdb', ...TABLES.map((t) => `${t}.parquet`)]) expect(existsSync(join(DEFAULT_DIR, f)), f).toBe(true);
});
