import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnnualReport, Finding, Reject } from '../../../src/lib/report/schema';
import { DATASET_FILES } from '../../../src/lib/server/dataset';
import { IngestLog } from '../../../src/lib/server/ingest';
import { HAS_REPORTS, REPORTS, ROOT, runTsx, warnIfNoReports } from './helpers';

// Each run starts tsx in a child process (≈1–3 s on a busy 2-core machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ingest = (...args: string[]) => runTsx('src/cli/ingest.ts', args);
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readJson = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
/** The path of a temp file as the CLI shows it (relative to the project root it runs in). */
const shown = (abs: string) => relative(ROOT, abs).split('\\').join('/');

describe('ingest CLI: usage', () => {
	it('exits 1 without inputs, without --out, with a bad --as-of or a missing path', () => {
		const out = join(tmp, 'never');
		expect(ingest('--out', out).status).toBe(1);
		expect(ingest(tmp).status).toBe(1);
		expect(ingest(tmp, '--out', out, '--as-of', '2025-02-30').stderr).toContain('--as-of must be a date');
		const missing = ingest(join(tmp, 'nope'), '--out', out);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('no such file or folder');
		expect(() => readdirSync(out)).toThrow();
	});
});

describe('ingest CLI: a folder of junk', () => {
	it('logs every file as a reject and writes empty records', () => {
		const dir = join(tmp, 'junk-only');
		mkdirSync(join(dir, 'deeper'), { recursive: true });
		writeFileSync(join(dir, 'a.txt'), 'nothing to see\n');
		writeFileSync(join(dir, 'deeper', 'b.html'), '<html><body>hello</body></html>');
		writeFileSync(join(dir, 'ignored.pdf'), 'not walked: not a report extension');
		const out = join(tmp, 'junk-out');
		const r = ingest(dir, '--out', out);
		expect(r.status).toBe(0);
		expect(r.stderr).toContain('2 inputs → 0 records, 2 rejects (not-a-report 2)');
		const log = IngestLog.parse(readJson(out, 'ingest-log.json'));
		expect(log.inputs.map((i) => i.file)).toEqual([shown(join(dir, 'a.txt')), shown(join(dir, 'deeper/b.html'))]);
		expect(log.inputs.every((i) => i.reason === 'not-a-report')).toBe(true);
		expect(readJson(out, 'records.json')).toEqual([]);
		expect(readJson(out, 'findings.json')).toEqual([]);
		expect(readdirSync(out).sort()).toEqual(
			[...DATASET_FILES, 'findings.json', 'ingest-log.json', 'records.json', 'rejects.json'].sort()
		);
	});
});

warnIfNoReports('ingest CLI on copies of real reports');
describe.skipIf(!HAS_REPORTS)('ingest CLI on copies of real reports', () => {
	const dir = join(tmp, 'in');
	const out = join(tmp, 'out');
	/** name in the temp folder ← file in ../shared/reports (or null: synthetic junk). */
	const layout: [string, string | null][] = [
		['000.txt', '000.txt'],
		['104.html', '104.html'],
		['104.txt', '104.txt'], // same report as 104.html → duplicate
		['113.txt', '113.txt'],
		['copies/000-again.txt', '000.txt'], // byte copy → duplicate of 000.txt
		['junk.txt', null]
	];
	let run: ReturnType<typeof ingest>;

	beforeAll(() => {
		mkdirSync(join(dir, 'copies'), { recursive: true });
		for (const [name, src] of layout) {
			if (src) copyFileSync(join(REPORTS, src), join(dir, name));
			else writeFileSync(join(dir, name), '这是一份购物清单：苹果、牛奶。\n');
		}
		run = ingest(dir, '--out', out, '--as-of', '2026-06-30');
	});

	it('exits 0 with a one-line summary on stderr', () => {
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			`gongkai ingest: 6 inputs → 3 records, 3 rejects (not-a-report 1, duplicate 2), ${
				(readJson(out, 'findings.json') as unknown[]).length
			} findings → ${out}`
		]);
	});

	it('logs every input file exactly once, records + rejects = inputs', () => {
		const log = IngestLog.parse(readJson(out, 'ingest-log.json'));
		const files = log.inputs.map((i) => i.file);
		expect([...files].sort()).toEqual(layout.map(([name]) => shown(join(dir, name))).sort());
		expect(new Set(files).size).toBe(files.length);
		expect(log.counts).toMatchObject({ inputs: 6, records: 3, rejects: 3 });
		expect(log.asOf).toBe('2026-06-30');
		expect(log.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256 ?? ''))).toBe(true);
	});

	it('writes valid records sorted by id, one per report', () => {
		const records = (readJson(out, 'records.json') as unknown[]).map((r) => AnnualReport.parse(r));
		const ids = records.map((r) => r.id);
		expect(ids).toEqual([...ids].sort());
		expect(new Set(ids).size).toBe(3);
		expect(records.map((r) => r.source.fileName).sort()).toEqual(['000.txt', '104.html', '113.txt']);
		const findings = (readJson(out, 'findings.json') as unknown[]).map((f) => Finding.parse(f));
		const log = IngestLog.parse(readJson(out, 'ingest-log.json'));
		for (const f of findings) expect(ids).toContain(f.recordId);
		expect(Object.values(log.counts.findingsByRule).reduce((a, b) => a + b, 0)).toBe(findings.length);
	});

	it('keeps the first of two files with the same record id and rejects the later as a duplicate naming it', () => {
		const rejects = (readJson(out, 'rejects.json') as unknown[]).map((r) => Reject.parse(r));
		const byFile = new Map(rejects.map((r) => [r.file, r]));
		const dup104 = byFile.get(shown(join(dir, '104.txt')));
		expect(dup104?.reason).toBe('duplicate');
		expect(dup104?.message.en).toContain(shown(join(dir, '104.html')));
		const dup000 = byFile.get(shown(join(dir, 'copies/000-again.txt')));
		expect(dup000?.reason).toBe('duplicate');
		expect(dup000?.message.zh).toContain(shown(join(dir, '000.txt')));
		expect(byFile.get(shown(join(dir, 'junk.txt')))?.reason).toBe('not-a-report');
	});

	it('writes byte-identical outputs whatever the order of the arguments', () => {
		const out2 = join(tmp, 'out2');
		const files = layout.map(([name]) => join(dir, name)).reverse();
		expect(ingest(...files, '--out', out2, '--as-of', '2026-06-30').status).toBe(0);
		for (const name of ['records.json', 'findings.json', 'rejects.json', 'ingest-log.json']) {
			expect(readFileSync(join(out2, name), 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
		}
	});
});
