/** `npm run ingest` writes the dataset files next to the JSON outputs, with counts that match ingest-log.json. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cellPaths } from '../../../src/lib/report/paths';
import { AnnualReport } from '../../../src/lib/report/schema';
import { IngestLog } from '../../../src/lib/server/ingest';
import { DATASET_FILES, DatasetManifest, TABLE_NAMES } from '../../../src/lib/server/dataset';
import { HAS_REPORTS, REPORTS, runTsx, warnIfNoReports } from '../cli/helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-dataset-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(tmp, 'out', name), 'utf8'));

warnIfNoReports('dataset files written by the ingest of real reports');
describe.skipIf(!HAS_REPORTS)('ingest of 3 real reports', () => {
	const out = join(tmp, 'out');
	let run: ReturnType<typeof runTsx>;

	beforeAll(() => {
		const dir = join(tmp, 'in');
		mkdirSync(dir);
		for (const f of ['000.txt', '104.html', '113.txt']) copyFileSync(join(REPORTS, f), join(dir, f));
		run = runTsx('src/cli/ingest.ts', [dir, '--out', out, '--as-of', '2026-06-30']);
	});

	it('writes the dataset files next to the JSON files and the log', () => {
		expect(run.status, run.stderr).toBe(0);
		expect(readdirSync(out).sort()).toEqual(
			[...DATASET_FILES, 'records.json', 'findings.json', 'rejects.json', 'ingest-log.json'].sort()
		);
		for (const f of DATASET_FILES) expect(existsSync(join(out, f)), f).toBe(true);
	});

	it('counts in manifest.json what ingest-log.json and the tables hold', async () => {
		const log = IngestLog.parse(readJson('ingest-log.json'));
		const m = DatasetManifest.parse(readJson('manifest.json'));
		const records = (readJson('records.json') as unknown[]).map((r) => AnnualReport.parse(r));
		expect(log.counts.records).toBe(3);
		expect(m.counts.reports).toBe(log.counts.records);
		expect(m.counts.findings).toBe(log.counts.findings);
		expect(m.counts.cells).toBe(records.reduce((n, r) => n + cellPaths(r.layout).length, 0));
		expect(m.counts.agencies).toBe(new Set(records.map((r) => r.agency.id)).size);
		expect(m.parserVersion).toBe(log.parserVersion);
		expect(m.synthetic).toBe(false);

		const instance = await DuckDBInstance.create(':memory:');
		const c = await instance.connect();
		try {
			await c.run(`ATTACH '${join(out, 'gongkai.duckdb')}' AS g (READ_ONLY)`);
			for (const t of TABLE_NAMES) {
				const q = async (rel: string) => Number((await c.runAndReadAll(`SELECT count(*) AS n FROM ${rel}`)).getRowObjectsJS()[0]!.n);
				expect(await q(`g.${t}`), t).toBe(m.counts[t]);
				expect(await q(`read_parquet('${join(out, `${t}.parquet`)}')`), t).toBe(m.counts[t]);
			}
			const sum = (await c.runAndReadAll(`SELECT sum(applications_newReceived_total)::DOUBLE AS s FROM read_parquet('${join(out, 'reports.parquet')}')`)).getRowObjectsJS()[0]!.s;
			expect(sum).toBe(records.reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0));
		} finally {
			c.closeSync();
			instance.closeSync();
		}
	});
});
