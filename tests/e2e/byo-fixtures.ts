/**
 * The 200 report files the bring-your-own-data e2e drops, and what the page must make of them, computed in Node
 * with the command line's library (src/lib/server/ingest: parse, registry, dedupe, checkSet).
 *
 * - the 110 report files of ../shared/reports (real reports; some incomplete, some duplicates);
 * - 90 more rendered here from data/default/records.json with src/lib/report/render: 70 records under new agency
 *   names (text and HTML), 10 of them a second time under another file name (duplicates), 4 encoded in GB18030
 *   (the GBK fallback), 3 pre-2019 reports, 3 files in no known encoding.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml, renderText } from '../../src/lib/report/render';
import type { AnnualReport } from '../../src/lib/report/schema';
import { ingest, type IngestResult } from '../../src/lib/server/ingest';
import { REPO_ROOT } from './harness';

export const SHARED_REPORTS = join(REPO_ROOT, '../shared/reports');
export const HAS_SHARED = existsSync(SHARED_REPORTS);

export interface FixtureFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

const CN = '甲乙丙丁戊己庚辛壬癸';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** GB18030 bytes of `text` (two-byte GBK range only; every character of a rendered report is in it). */
function gb18030(text: string): Buffer {
	const dec = new TextDecoder('gb18030');
	const map = new Map<string, number[]>();
	for (let a = 0x81; a <= 0xfe; a++) {
		for (let b = 0x40; b <= 0xfe; b++) {
			if (b === 0x7f) continue;
			const ch = dec.decode(new Uint8Array([a, b]));
			if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
		}
	}
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) out.push(code);
		else {
			const bytes = map.get(ch);
			if (!bytes) throw new Error(`gb18030: no two-byte code for ${ch}`);
			out.push(...bytes);
		}
	}
	return Buffer.from(out);
}

/** The 200 files, in the order they are given to the page. */
export function fixtureFiles(): FixtureFile[] {
	const shared = readdirSync(SHARED_REPORTS)
		.filter((n) => /\.(txt|html?)$/i.test(n))
		.sort()
		.map((n) => ({ name: n, mimeType: n.endsWith('.txt') ? 'text/plain' : 'text/html', buffer: readFileSync(join(SHARED_REPORTS, n)) }));
	// Records whose raw cells hold 10+ digit runs are left out: rendered, such a cell reads back as a number too
	// large for the dataset's INTEGER columns (the source record keeps it as raw text with a null value).
	const records = (JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as AnnualReport[]).filter(
		(r) => !/"raw":"[^"]*\d{10}/.test(JSON.stringify(r))
	);
	const made: FixtureFile[] = [];
	const renamed = (r: AnnualReport, i: number): AnnualReport => ({ ...r, agency: { ...r.agency, name: `测试市${CN[i % 10]}${CN[Math.floor(i / 10) % 10]}局` } });
	// 70 records under new agency names: half text, half HTML.
	for (let i = 0; i < 70; i++) {
		const r = renamed(records[i % records.length]!, i);
		if (i % 2 === 0) made.push({ name: `gen-${String(i).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: utf8(renderText(r)) });
		else made.push({ name: `gen-${String(i).padStart(3, '0')}.html`, mimeType: 'text/html', buffer: utf8(renderHtml(r)) });
	}
	// 10 duplicates: the same report again under another name.
	for (let i = 0; i < 10; i++) made.push({ name: `dup-${i}.txt`, mimeType: 'text/plain', buffer: utf8(renderText(renamed(records[(i * 2) % records.length]!, i * 2))) });
	// 4 in GB18030 (new names again, so they are records).
	for (let i = 0; i < 4; i++) made.push({ name: `gbk-${i}.txt`, mimeType: 'text/plain', buffer: gb18030(renderText(renamed(records[(i + 30) % records.length]!, 70 + i))) });
	// 3 pre-2019 reports (the old 统计表: applications by 当面/网上/信函).
	for (let i = 0; i < 3; i++) {
		const text = [`测试市旧表${CN[i]}局`, `${2016 + i}年政府信息公开工作年度报告`, '', '政府信息公开情况统计表', '', '指标\t单位\t统计数', '当面申请数\t件\t12', '网上申请数\t件\t3', '信函申请数\t件\t1', ''].join('\n');
		made.push({ name: `old-${i}.txt`, mimeType: 'text/plain', buffer: utf8(text) });
	}
	// 3 in no known encoding.
	for (let i = 0; i < 3; i++) made.push({ name: `garbled-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: 400 }, (_, k) => 0x80 + ((k * 37 + i) % 2) * 0x7f)) });
	return [...shared, ...made];
}

/** What `npm run ingest` makes of the files. */
export function expectedIngest(files: readonly FixtureFile[]): IngestResult {
	const byName = new Map(files.map((f) => [f.name, f.buffer]));
	return ingest(
		files.map((f) => ({ file: f.name, path: f.name })),
		(i) => new Uint8Array(byName.get(i.file)!)
	);
}
