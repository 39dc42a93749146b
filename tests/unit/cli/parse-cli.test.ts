import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AnnualReport } from '../../../src/lib/report/schema';
import { GBK_ZHENGFU_XINXI_GONGKAI, HAS_REPORTS, REPORTS, runTsx, warnIfNoReports } from './helpers';

// Each case starts tsx in a child process (≈1–3 s on a busy 2-core machine).
vi.setConfig({ testTimeout: 60_000 });

const parse = (...args: string[]) => runTsx('src/cli/parse.ts', args);
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parse CLI', () => {
	it('exits 1 with the usage text when no file is given', () => {
		const r = parse();
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('usage: npm run -s parse');
	});

	it('exits 1 for a missing file, naming it', () => {
		const r = parse(join(tmp, 'nope.txt'));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('nope.txt');
		expect(r.stderr).toContain('usage:');
	});

	it('exits 1 for an unknown option', () => {
		expect(parse('--frobnicate', 'a.txt').status).toBe(1);
	});

	it('exits 2 for a junk file and says why, in zh and en, naming the file', () => {
		const junk = join(tmp, 'junk.txt');
		writeFileSync(junk, 'hello, this is not an annual report\n');
		const r = parse(junk);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(`${junk}: rejected (not-a-report)`);
		expect(r.stderr).toMatch(/zh: .*政府信息公开/);
		expect(r.stderr).toMatch(/en: .*annual report/);
	});

	it('decodes a GB18030 (GBK) file instead of treating it as garbage', () => {
		const gbk = join(tmp, 'gbk.txt');
		writeFileSync(gbk, GBK_ZHENGFU_XINXI_GONGKAI);
		const r = parse(gbk);
		// Read as GBK the text mentions 政府信息公开, so it is an incomplete report, not "not a report".
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('decoded as gb18030');
		expect(r.stderr).toContain('rejected (incomplete)');
		expect(r.stderr).toContain('at: 表二 table 二');
	});
});

warnIfNoReports('parse CLI on 000.txt');
describe.skipIf(!HAS_REPORTS)('parse CLI on a real report', () => {
	let printed = '';
	it('prints only the record as JSON on stdout and exits 0', () => {
		const file = join(REPORTS, '000.txt');
		const r = parse(file);
		printed = r.stdout;
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const record = AnnualReport.parse(JSON.parse(r.stdout));
		expect(record.source.fileName).toBe('000.txt');
		expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('writes the same JSON to --out', () => {
		const out = join(tmp, 'record.json');
		const r = parse(join(REPORTS, '000.txt'), '--out', out);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(readFileSync(out, 'utf8')).toBe(printed);
	});
});
