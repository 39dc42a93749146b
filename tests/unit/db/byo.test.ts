/**
 * Bring your own data: the file list's pure helpers (tally, filter, pages), batching, unique names, a report's
 * list entry, the current-dataset store; and a folder of reports with a stray index.csv loaded through
 * loadDataset (duckdb-wasm, Node build) listed file by file exactly as `npm run ingest` accounts for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from 'svelte/store';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset, type FileStatus, type SourceFile } from '../../../src/lib/load';
import { currentDataset, datasetBadge, setCurrentDataset } from '../../../src/lib/load/current';
import { filterFiles, pageOf, tally } from '../../../src/lib/load/file-list';
import { uniqueNames } from '../../../src/lib/load/files';
import { batches } from '../../../src/lib/load/parse-client';
import { reportStatus } from '../../../src/lib/load/records';
import { baseName } from '../../../src/lib/load/reports';
import { ingest } from '../../../src/lib/server/ingest';
import { HAS_DEFAULT, openWasm, REPO } from './helpers';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const st = (name: string, status: FileStatus['status'], extra: Partial<FileStatus> = {}): FileStatus => ({ name, kind: 'report', status, message: name, ...extra });

describe('file list', () => {
	const files = [
		st('a.txt', 'loaded', { recordId: 'r1' }),
		st('b.txt', 'rejected', { reason: 'pre2019' }),
		st('c.txt', 'rejected', { reason: 'duplicate' }),
		st('d.txt', 'rejected', { reason: 'pre2019' }),
		st('e.json', 'loaded'),
		st('f.csv', 'skipped'),
		st('g.xlsx', 'rejected')
	];

	it('tallies inputs = loaded + rejected + skipped, rejects by reason, reports that became records', () => {
		const t = tally(files);
		expect(t).toEqual({
			inputs: 7,
			loaded: 2,
			rejected: 4,
			skipped: 1,
			reports: 1,
			byReason: [
				{ reason: 'pre2019', count: 2 },
				{ reason: 'duplicate', count: 1 },
				{ reason: 'other', count: 1 }
			]
		});
		expect(t.loaded + t.rejected + t.skipped).toBe(t.inputs);
		expect(tally([])).toEqual({ inputs: 0, loaded: 0, rejected: 0, skipped: 0, reports: 0, byReason: [] });
	});

	it('filters: rejects first when showing all, only what is not loaded, only loaded', () => {
		expect(filterFiles(files, 'all').map((f) => f.name)).toEqual(['b.txt', 'c.txt', 'd.txt', 'f.csv', 'g.xlsx', 'a.txt', 'e.json']);
		expect(filterFiles(files, 'rejected').map((f) => f.name)).toEqual(['b.txt', 'c.txt', 'd.txt', 'f.csv', 'g.xlsx']);
		expect(filterFiles(files, 'loaded').map((f) => f.name)).toEqual(['a.txt', 'e.json']);
	});

	it('pages of a long list, clamped', () => {
		const many = Array.from({ length: 501 }, (_, i) => st(`${i}.txt`, 'loaded'));
		const first = pageOf(many, 0, 50);
		expect([first.from, first.to, first.pages, first.total, first.rows.length]).toEqual([1, 50, 11, 501, 50]);
		const last = pageOf(many, 99, 50);
		expect([last.page, last.from, last.to, last.rows[0]!.name]).toEqual([10, 501, 501, '500.txt']);
		expect(pageOf(many, -3, 50).page).toBe(0);
		expect(pageOf([], 0, 50)).toEqual({ rows: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
	});
});

describe('helpers', () => {
	it('batches', () => {
		expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(batches([], 20)).toEqual([]);
		expect(() => batches([1], 0)).toThrow();
	});

	it('unique names keep every input on its own line', () => {
		expect(uniqueNames(['a/001.txt', '001.txt', '001.txt', '001.txt (2)', '001.txt'])).toEqual(['a/001.txt', '001.txt', '001.txt (2)', '001.txt (2) (2)', '001.txt (3)']);
	});

	it('a base name for records of a dropped folder', () => {
		expect(baseName('reports/2020/001.txt')).toBe('001.txt');
		expect(baseName('001.txt')).toBe('001.txt');
	});

	it('a reject in an unknown encoding says so, in both languages', () => {
		const s = reportStatus({
			file: 'x.txt',
			encoding: 'utf-8-lossy',
			status: 'reject',
			reject: { file: 'x.txt', reason: 'not-a-report', message: { zh: '不是年度报告', en: 'Not a report' }, table: null, row: null, column: null }
		});
		expect(s).toMatchObject({ status: 'rejected', reason: 'not-a-report' });
		expect(s.message).toMatch(/^文件编码无法识别.*不是年度报告$/);
		expect(s.messageEn).toMatch(/^Unknown text encoding.*Not a report$/);
	});

	it('the store tells subscribers of a new dataset only', () => {
		const seen: (string | undefined)[] = [];
		const stop = currentDataset.subscribe((d) => seen.push(d?.id));
		const info = (id: string) => ({ id, label: 'x', origin: 'files' as const, manifest: null, synthetic: null, counts: { reports: 1, cells: 0, findings: 0, agencies: 1 } });
		setCurrentDataset(info('ds_a'));
		setCurrentDataset(info('ds_a'));
		setCurrentDataset(info('ds_b'));
		stop();
		expect(seen.slice(1)).toEqual(['ds_a', 'ds_b']);
	});

	it('the dataset badge', () => {
		const info = (origin: 'empty' | 'bundled' | 'files') => ({ id: 'ds_1', label: 'x', origin, manifest: null, synthetic: null, counts: { reports: 7, cells: 0, findings: 0, agencies: 1 } });
		expect(datasetBadge(null)).toEqual({ kind: 'none', reports: 0 });
		expect(datasetBadge(info('empty')).kind).toBe('none');
		expect(datasetBadge(info('bundled'))).toEqual({ kind: 'bundled', reports: 7 });
		expect(datasetBadge(info('files'))).toEqual({ kind: 'user', reports: 7 });
	});
});

const SHARED_REPORTS = join(REPO, '../shared/reports');

describe.skipIf(!HAS_DEFAULT || !existsSync(SHARED_REPORTS))('a folder of reports with its index.csv', () => {
	it('lists every input: records and rejects as the ingest has them, the index.csv not loaded; the store follows', async () => {
		const names = readdirSync(SHARED_REPORTS).sort();
		expect(names).toContain('index.csv');
		const sources: SourceFile[] = names.map((n) => ({ name: `reports/${n}`, bytes: new Uint8Array(readFileSync(join(SHARED_REPORTS, n))) }));
		const reportNames = names.filter((n) => /\.(txt|html?)$/i.test(n));
		const expected = ingest(
			reportNames.map((n) => ({ path: join(SHARED_REPORTS, n), file: `reports/${n}` })),
			(i) => new Uint8Array(readFileSync(i.path))
		);
		const db = await openWasm();
		try {
			const r = await loadDataset({ kind: 'files', files: sources }, undefined, db);
			const t = tally(r.files);
			expect(t.inputs).toBe(names.length);
			expect(t.reports).toBe(expected.records.length);
			expect(r.files.filter((f) => f.status === 'rejected' && f.kind === 'report').map((f) => [f.name, f.reason]).sort()).toEqual(
				expected.rejects.map((x) => [x.file, x.reason]).sort()
			);
			expect(r.files.find((f) => f.name === 'reports/index.csv')).toMatchObject({ status: 'rejected', reason: 'mixed' });
			expect(t.loaded + t.rejected + t.skipped).toBe(names.length);
			expect(r.files.flatMap((f) => (f.recordId ? [f.recordId] : [])).sort()).toEqual(expected.records.map((x) => x.id).sort());
			expect(r.dataset.counts.reports).toBe(expected.records.length);
			expect(r.dataset.counts.findings).toBe(expected.findings.length);
			expect(get(currentDataset)?.id).toBe(r.dataset.id);
		} finally {
			db.close();
		}
	});
});
