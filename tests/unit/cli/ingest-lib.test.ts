import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import {
	assertComplete,
	buildIngestLog,
	collectInputs,
	comparePaths,
	decodeText,
	fileReject,
	ingest,
	IngestLog,
	InputPathError,
	parseFile,
	rejectDuplicates,
	uniqueSorted,
	type FileOutcome
} from '../../../src/lib/server/ingest';
import { GBK_ZHENGFU_XINXI_GONGKAI } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const meta = { parserVersion: 'test', schemaVersion: 1, asOf: null };

/** A record outcome; only `id` matters to dedupe and the log. */
const recordOutcome = (file: string, id: string): FileOutcome => ({
	file,
	sha256: 'a'.repeat(64),
	encoding: 'utf-8',
	status: 'record',
	record: { id } as unknown as AnnualReport
});
const rejectOutcome = (file: string): FileOutcome => ({
	file,
	sha256: 'b'.repeat(64),
	encoding: 'utf-8',
	status: 'reject',
	reject: fileReject(file, 'not-a-report', '不是', 'not one')
});

describe('decodeText', () => {
	it('reads UTF-8, dropping a BOM', () => {
		expect(decodeText(utf8('\uFEFF政府信息公开'))).toEqual({ text: '政府信息公开', encoding: 'utf-8' });
	});
	it('falls back to GB18030 for GBK bytes', () => {
		expect(decodeText(GBK_ZHENGFU_XINXI_GONGKAI)).toEqual({ text: '政府信息公开', encoding: 'gb18030' });
	});
	it('reads UTF-16 with a BOM', () => {
		expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e]))).toEqual({ text: '政府', encoding: 'utf-16le' });
	});
	it('decodes bytes that are neither lossily instead of failing', () => {
		expect(decodeText(Uint8Array.from([0x31, 0x32, 0xff, 0xff]))).toEqual({ text: '12\uFFFD\uFFFD', encoding: 'utf-8-lossy' });
	});
});

describe('walk order', () => {
	it('sorts by path segment, by code unit', () => {
		const paths = ['b.txt', 'a/z.txt', 'a-b.txt', 'A.txt', 'a/b/c.txt', '10.txt', '9.txt'];
		expect([...paths].sort(comparePaths)).toEqual(['10.txt', '9.txt', 'A.txt', 'a/b/c.txt', 'a/z.txt', 'a-b.txt', 'b.txt']);
	});
	it('keeps one entry per real file', () => {
		const inputs = [
			{ file: 'z.txt', path: '/x/z.txt' },
			{ file: 'link.txt', path: '/x/link.txt' },
			{ file: 'a.txt', path: '/x/a.txt' }
		];
		const real = (p: string) => (p === '/x/link.txt' ? '/x/z.txt' : p);
		expect(uniqueSorted(inputs, real).map((i) => i.file)).toEqual(['a.txt', 'link.txt']);
	});

	const tmp = mkdtempSync(join(tmpdir(), 'gongkai-walk-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	it('walks folders for .html/.htm/.txt, skips dot entries, takes named files of any extension', () => {
		mkdirSync(join(tmp, 'r/sub'), { recursive: true });
		mkdirSync(join(tmp, 'r/.git'), { recursive: true });
		for (const f of ['r/b.TXT', 'r/a.htm', 'r/sub/c.html', 'r/x.pdf', 'r/.hidden.txt', 'r/.git/d.txt', 'named.pdf']) {
			writeFileSync(join(tmp, f), '');
		}
		symlinkSync(join(tmp, 'r'), join(tmp, 'r/sub/loop'));
		const files = collectInputs(['named.pdf', 'r', 'r/a.htm'], tmp).map((i) => i.file);
		expect(files).toEqual(['named.pdf', 'r/a.htm', 'r/b.TXT', 'r/sub/c.html']);
	});
	it('throws an InputPathError for a missing path', () => {
		expect(() => collectInputs(['missing'], tmp)).toThrow(InputPathError);
	});
});

describe('parseFile', () => {
	it('turns junk into a not-a-report reject that names the path as given', () => {
		const o = parseFile('some/dir/junk.txt', utf8('hello'));
		expect(o.status).toBe('reject');
		expect(o.status === 'reject' && o.reject).toMatchObject({ file: 'some/dir/junk.txt', reason: 'not-a-report' });
		expect(o.sha256).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
	});
});

describe('rejectDuplicates', () => {
	it('keeps the first record of an id and rejects later ones, naming the kept file', () => {
		const out = rejectDuplicates([
			recordOutcome('a.html', 'x-2020'),
			rejectOutcome('b.txt'),
			recordOutcome('a.txt', 'x-2020'),
			recordOutcome('c.txt', 'y-2020'),
			recordOutcome('d.txt', 'x-2020')
		]);
		expect(out.map((o) => o.status)).toEqual(['record', 'reject', 'reject', 'record', 'reject']);
		for (const i of [2, 4]) {
			const o = out[i]!;
			expect(o.status === 'reject' && o.reject.reason).toBe('duplicate');
			expect(o.status === 'reject' && o.reject.message.en).toContain('as a.html');
			expect(o).not.toHaveProperty('record');
		}
	});
});

describe('ingest log', () => {
	const finding = (rule: Finding['rule']) => ({ rule }) as Finding;
	const outcomes = [recordOutcome('a.txt', 'x-2020'), rejectOutcome('b.txt')];

	it('lists every input with its record id or reject, and counts', () => {
		const log = IngestLog.parse(buildIngestLog(outcomes, [finding('NONNEG'), finding('NONNEG'), finding('MISSING')], meta));
		expect(log.inputs).toEqual([
			{ file: 'a.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', status: 'record', recordId: 'x-2020' },
			{
				file: 'b.txt',
				sha256: 'b'.repeat(64),
				encoding: 'utf-8',
				status: 'reject',
				reason: 'not-a-report',
				message: { zh: '不是', en: 'not one' }
			}
		]);
		expect(log.counts).toMatchObject({ inputs: 2, records: 1, rejects: 1, findings: 3 });
		expect(log.counts.findingsByRule).toMatchObject({ NONNEG: 2, MISSING: 1, T3_BALANCE: 0 });
		expect(log.counts.rejectsByReason['not-a-report']).toBe(1);
	});

	it('fails loudly when an input is missing, logged twice or the counts disagree', () => {
		const log = buildIngestLog(outcomes, [], meta);
		expect(() => assertComplete(['a.txt', 'b.txt'], log, { records: 1, rejects: 1 })).not.toThrow();
		expect(() => assertComplete(['a.txt', 'b.txt', 'c.txt'], log, { records: 1, rejects: 1 })).toThrow(/missing from the log: c\.txt/);
		const twice = buildIngestLog([...outcomes, rejectOutcome('b.txt')], [], meta);
		expect(() => assertComplete(['a.txt', 'b.txt'], twice, { records: 1, rejects: 2 })).toThrow(/more than once: b\.txt/);
		expect(() => assertComplete(['a.txt', 'b.txt'], log, { records: 2, rejects: 1 })).toThrow(/2 records to write/);
	});
});

describe('ingest (in memory)', () => {
	it('turns a file that cannot be read into an unreadable reject and still logs everything', () => {
		const inputs = [
			{ file: 'gone.txt', path: '/gone.txt' },
			{ file: 'junk.txt', path: '/junk.txt' }
		];
		const result = ingest(inputs, (i) => {
			if (i.file === 'gone.txt') throw new Error('ENOENT: vanished');
			return utf8('junk');
		});
		expect(result.records).toEqual([]);
		expect(result.rejects.map((r) => [r.file, r.reason])).toEqual([
			['gone.txt', 'unreadable'],
			['junk.txt', 'not-a-report']
		]);
		expect(result.rejects[0]!.message.en).toContain('ENOENT: vanished');
		expect(result.log.inputs[0]).toMatchObject({ file: 'gone.txt', sha256: null, encoding: null, status: 'reject' });
		expect(result.log.counts).toMatchObject({ inputs: 2, records: 0, rejects: 2 });
	});
});
