/**
 * The synthetic dataset on disk: the same tables and files as a real dataset, a manifest marked synthetic with
 * the generator's parameters, reproducible Parquet bytes (and the same rows for any number of workers), the
 * output-folder guard, the arguments and the command.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET_FILES, DatasetManifest, PARQUET_FILES, layoutCells } from '../../../src/lib/server/dataset';
import {
	syntheticBatches,
	syntheticOptions,
	syntheticParams,
	writeSynthetic,
	type SyntheticSummary
} from '../../../src/lib/server/synthetic';
import { ArgsError, parseSyntheticArgs } from '../../../src/lib/server/synthetic/args';
import { defaultOutDir, isInside, outDirProblem } from '../../../src/lib/server/synthetic/guard';
import { ROOT, runTsx } from '../cli/helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-synthetic-'));
const opts = syntheticOptions({ agencies: 200, seed: 3 });
let first: SyntheticSummary;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function query<T>(dir: string, sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	try {
		const conn = await instance.connect();
		await conn.run(`ATTACH '${join(dir, 'gongkai.duckdb')}' AS g (READ_ONLY); USE g`);
		const reader = await conn.runAndReadAll(sql);
		conn.closeSync();
		return reader.getRowObjectsJson() as T[];
	} finally {
		instance.closeSync();
	}
}

beforeAll(async () => {
	first = await writeSynthetic(join(tmp, 'a'), opts);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeSynthetic', () => {
	it('writes the dataset files and a valid manifest marked synthetic, with the generator parameters', () => {
		const dir = join(tmp, 'a');
		expect(readdirSync(dir).sort()).toEqual([...DATASET_FILES].sort());
		const manifest = DatasetManifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
		expect(manifest).toEqual(first.manifest);
		expect(manifest.synthetic).toBe(true);
		expect(manifest.source).toMatch(/^SYNTHETIC /);
		expect(syntheticParams(manifest.source)).toMatchObject({ seed: 3, agencies: 200, years: '2019-2025', lateShare: 0.05, cellsShare: 1 });
		expect(syntheticParams('100 published report files')).toBeNull();
		for (const f of manifest.files) expect(sha(join(dir, f.name))).toBe(f.sha256);
		expect(existsSync(join(dir, 'gongkai.duckdb.wal'))).toBe(false);
	});

	it('holds what the generator makes: the same reports, findings and agencies, cells for every report', async () => {
		const dir = join(tmp, 'a');
		const batches = [...syntheticBatches(opts)];
		const reports = batches.flatMap((b) => b.reports);
		const findings = batches.flatMap((b) => b.findings);
		const c = first.manifest.counts;
		expect(c.reports).toBe(reports.length);
		expect(c.findings).toBe(findings.length);
		expect(c.agencies).toBe(batches.filter((b) => b.reports.length > 0).length);
		expect(c.cells).toBe(reports.reduce((n, r) => n + layoutCells(r.layout).length, 0));
		const [counts] = await query<Record<string, string>>(
			dir,
			`SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM findings) AS findings,
			        (SELECT count(*) FROM agencies) AS agencies, (SELECT count(*) FROM cells) AS cells,
			        (SELECT count(DISTINCT source_file) FROM reports) AS files, (SELECT min(source_file) FROM reports) AS file`
		);
		expect(counts).toEqual({ reports: String(c.reports), findings: String(c.findings), agencies: String(c.agencies), cells: String(c.cells), files: '1', file: 'synthetic' });
		const ids = await query<{ id: string }>(dir, 'SELECT id FROM reports');
		expect(ids.map((r) => r.id)).toEqual(reports.map((r) => r.id));
		const byRule = await query<{ rule: string; n: string }>(dir, 'SELECT rule, count(*) AS n FROM findings GROUP BY rule ORDER BY rule');
		expect(Object.fromEntries(byRule.map((r) => [r.rule, Number(r.n)]))).toEqual(first.findingsByRule);
	});

	it('is reproducible: the same arguments give byte-identical Parquet files, and any worker count the same rows', async () => {
		const parquet = (m: DatasetManifest) => m.files.filter((f) => PARQUET_FILES.includes(f.name));
		const again = await writeSynthetic(join(tmp, 'b'), opts);
		expect(parquet(again.manifest)).toEqual(parquet(first.manifest));
		expect(again.manifest.counts).toEqual(first.manifest.counts);
		expect(again.manifest.builtAt).toBe(first.manifest.builtAt);
		// Workers split the agencies into shards; the tables hold the same rows in the same order.
		const sharded = await writeSynthetic(join(tmp, 'w'), opts, { workers: 2 });
		expect(sharded.manifest.counts).toEqual(first.manifest.counts);
		const digest = (dir: string) =>
			query<Record<string, string>>(
				dir,
				`SELECT ${['reports', 'cells', 'findings', 'agencies'].map((t) => `(SELECT md5(string_agg(x::VARCHAR, '|')) FROM ${t} x) AS ${t}`).join(', ')}`
			);
		expect(await digest(join(tmp, 'w'))).toEqual(await digest(join(tmp, 'a')));
		const other = await writeSynthetic(join(tmp, 'c'), syntheticOptions({ ...opts, seed: 4, cellsShare: 0 }));
		expect(other.manifest.counts.cells).toBe(0);
		expect(parquet(other.manifest).find((f) => f.name === 'reports.parquet')).not.toEqual(parquet(first.manifest).find((f) => f.name === 'reports.parquet'));
	});

	it('writes cells for a sample of the reports', async () => {
		const half = await writeSynthetic(join(tmp, 'd'), syntheticOptions({ ...opts, cellsShare: 0.5 }));
		const [r] = await query<{ n: string }>(join(tmp, 'd'), 'SELECT count(DISTINCT report_id) AS n FROM cells');
		const share = Number(r!.n) / half.manifest.counts.reports;
		expect(share).toBeGreaterThan(0.4);
		expect(share).toBeLessThan(0.6);
	});
});

describe('output folder guard', () => {
	it('refuses the repository (and its data/) unless forced, and a real dataset always', () => {
		expect(isInside(join(ROOT, 'data', 'x'), ROOT)).toBe(true);
		expect(isInside(tmp, ROOT)).toBe(false);
		expect(isInside(defaultOutDir(), ROOT)).toBe(false);
		expect(outDirProblem(join(ROOT, 'data', 'synthetic'), ROOT, false)).toMatch(/inside the repository/);
		expect(outDirProblem(join(ROOT, 'data', 'synthetic'), ROOT, true)).toBeNull();
		expect(outDirProblem(join(tmp, 'new'), ROOT, false)).toBeNull();
		expect(outDirProblem(join(tmp, 'a'), ROOT, false)).toBeNull(); // a synthetic dataset may be replaced
		expect(outDirProblem(join(ROOT, 'data', 'default'), ROOT, true)).toMatch(/not synthetic/);
		const real = join(tmp, 'real');
		mkdirSync(real);
		writeFileSync(join(real, 'manifest.json'), JSON.stringify({ synthetic: false }));
		expect(outDirProblem(real, ROOT, true)).toMatch(/never overwritten/);
	});
});

describe('arguments', () => {
	it('default to ≈700,000 agency-years outside the repository, without cells', () => {
		const a = parseSyntheticArgs([]);
		expect(a.options).toMatchObject({ agencies: 100_000, years: [2019, 2025], seed: 1, cellsShare: 0, lateShare: 0.05, missingShare: 0.02 });
		expect(Object.values(a.options.breakShare)).toEqual(Array(8).fill(0.03));
		expect(a.out).toBe(defaultOutDir());
		expect(a.workers).toBe(2);
		expect(a.force).toBe(false);
	});

	it('read every option', () => {
		const a = parseSyntheticArgs([
			'--agencies', '50', '--years', '2020-2022', '--seed', '9', '--out', '/tmp/x', '--break-share', '0.1',
			'--break', 'NONNEG=0.5', '--late-share', '0', '--missing-share', '0.3', '--hybrid-share', '0.2',
			'--old-template-share', '0.05', '--cells-sample', '0.25', '--workers', '3', '--force', '--quiet'
		]);
		expect(a.options).toMatchObject({ agencies: 50, years: [2020, 2022], seed: 9, lateShare: 0, missingShare: 0.3, hybridShare: 0.2, oldTemplateShare: 0.05, cellsShare: 0.25 });
		expect(a.options.breakShare).toMatchObject({ T3_BALANCE: 0.1, NONNEG: 0.5 });
		expect(a).toMatchObject({ out: '/tmp/x', workers: 3, force: true, quiet: true });
		expect(parseSyntheticArgs(['--agencies', '10', '--years', '2021']).options).toMatchObject({ years: [2021, 2021], cellsShare: 1 });
		expect(parseSyntheticArgs(['--no-cells', '--agencies', '10']).options.cellsShare).toBe(0);
	});

	it.each([
		[['--agencies', 'many']],
		[['--agencies', '0']],
		[['--years', '2025-2019']],
		[['--years', '19']],
		[['--break', 'NOPE=0.1']],
		[['--late-share', '2']],
		[['--cells', '--no-cells']],
		[['--workers', '0']],
		[['--bogus']]
	])('reject %j', (argv) => {
		expect(() => parseSyntheticArgs(argv)).toThrow(ArgsError);
	});
});

describe('npm run data:synthetic', () => {
	it('writes a synthetic dataset, and refuses the repository', () => {
		const out = join(tmp, 'cli');
		const r = runTsx('src/cli/synthetic.ts', ['--agencies', '40', '--years', '2023-2024', '--seed', '5', '--out', out, '--workers', '1', '--quiet']);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toMatch(/synthetic: true/);
		const manifest = DatasetManifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
		expect(manifest.synthetic).toBe(true);
		expect(manifest.counts.byYear).toEqual({ '2023': 40, '2024': expect.any(Number) });
		const refused = runTsx('src/cli/synthetic.ts', ['--agencies', '5', '--out', join(ROOT, 'data', 'synthetic-test')]);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/inside the repository/);
		expect(existsSync(join(ROOT, 'data', 'synthetic-test'))).toBe(false);
	});
});
