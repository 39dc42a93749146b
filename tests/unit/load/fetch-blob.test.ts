/**
 * The bundled dataset is downloaded in ranges into a Blob (src/lib/load/fetch-blob.ts): through the e2e tests'
 * static server (which serves ranges as static hosts do), the Blob holds exactly the file's bytes for any size and
 * range length, with one progress report per part; a server without ranges gives the whole file (counted as it
 * streams); a wrong range or an HTTP error fails naming the URL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBlob, parseContentRange, rangeReply, type BlobProgress } from '../../../src/lib/load/fetch-blob';
import { serveStatic, type StaticServer } from '../../e2e/server';

let dir: string;
let site: StaticServer;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'gongkai-fetch-blob-'));
	site = await serveStatic(dir);
});
afterAll(async () => {
	await site?.close();
	await rm(dir, { recursive: true, force: true });
});

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const fileOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + (i >> 8)) & 255);

/** fetch, recording the Range header of each request. */
function recording(f: typeof fetch = fetch) {
	const ranges: (string | null)[] = [];
	const wrapped = ((input: string, init?: RequestInit) => {
		ranges.push(new Headers(init?.headers).get('range'));
		return f(input, init);
	}) as typeof fetch;
	return { fetch: wrapped, ranges };
}

describe('parseContentRange', () => {
	it('reads `bytes START-END/SIZE` and an unknown size', () => {
		expect(parseContentRange('bytes 0-99/1000')).toEqual({ start: 0, end: 99, size: 1000 });
		expect(parseContentRange('bytes 16-31/*')).toEqual({ start: 16, end: 31, size: undefined });
		expect(parseContentRange(null)).toBeUndefined();
		expect(parseContentRange('bytes */1000')).toBeUndefined();
		expect(parseContentRange('items 0-1/2')).toBeUndefined();
	});
});

describe('rangeReply (the servers of `npm start` and the tests)', () => {
	it('one range, its end clipped to the file; past the end is unsatisfiable; anything else is the whole file', () => {
		const part = (start: number, end: number, size: number) => ({
			status: 206,
			headers: { 'accept-ranges': 'bytes', 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${size}` },
			part: { start, end }
		});
		const whole = (size: number) => ({ status: 200, headers: { 'accept-ranges': 'bytes', 'content-length': String(size) } });
		const unsatisfiable = (size: number) => ({ status: 416, headers: { 'content-range': `bytes */${size}` } });
		expect(rangeReply('bytes=0-99', 1000)).toEqual(part(0, 99, 1000));
		expect(rangeReply('bytes=900-', 1000)).toEqual(part(900, 999, 1000));
		expect(rangeReply('bytes=900-5000', 1000)).toEqual(part(900, 999, 1000));
		expect(rangeReply('bytes=1000-1099', 1000)).toEqual(unsatisfiable(1000));
		expect(rangeReply('bytes=0-', 0)).toEqual(unsatisfiable(0));
		expect(rangeReply('bytes=5-4', 1000)).toEqual(unsatisfiable(1000));
		expect(rangeReply(undefined, 1000)).toEqual(whole(1000));
		expect(rangeReply('bytes=-100', 1000)).toEqual(whole(1000));
		expect(rangeReply('bytes=0-9,20-29', 1000)).toEqual(whole(1000));
	});
});

describe('fetchBlob', () => {
	it('downloads a file in ranges: the same bytes, one progress report per part, nothing asked past the end', async () => {
		const file = fileOf(100_000, 1);
		await writeFile(join(dir, 'a.duckdb'), file);
		const { fetch: f, ranges } = recording();
		const progress: BlobProgress[] = [];
		const blob = await fetchBlob(f, `${site.url}/a.duckdb`, (p) => progress.push(p), 16_384);
		expect(await bytesOf(blob)).toEqual(file);
		expect(ranges).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `bytes=${i * 16_384}-${(i + 1) * 16_384 - 1}`));
		expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6].map((i) => i * 16_384).concat(100_000));
		expect(progress.every((p) => p.total === 100_000)).toBe(true);
	});

	it('any size, any range length: the Blob is the file', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 100, max: 1200 }), async (size, range) => {
				const name = `p${n++}.bin`;
				const file = fileOf(size, n);
				await writeFile(join(dir, name), file);
				const { fetch: f, ranges } = recording();
				const blob = await fetchBlob(f, `${site.url}/${name}`, () => undefined, range);
				expect(await bytesOf(blob)).toEqual(file);
				expect(ranges.length).toBe(Math.max(1, Math.ceil(size / range)));
			}),
			{ numRuns: 60 }
		);
	});

	it('a server without ranges: the whole file from the first answer, counted as it streams', async () => {
		const file = fileOf(50_000, 2);
		const noRanges = (async () => new Response(file.slice(), { headers: { 'content-length': String(file.length) } })) as typeof fetch;
		const { fetch: f, ranges } = recording(noRanges);
		const progress: BlobProgress[] = [];
		const blob = await fetchBlob(f, '/x.duckdb', (p) => progress.push(p), 1024);
		expect(await bytesOf(blob)).toEqual(file);
		expect(ranges).toHaveLength(1);
		expect(progress.at(-1)).toEqual({ done: 50_000, total: 50_000 });
	});

	it('fails naming the URL on an HTTP error, a range other than asked, or a file that changes size', async () => {
		await expect(fetchBlob(fetch, `${site.url}/missing.duckdb`, () => undefined)).rejects.toThrow(`${site.url}/missing.duckdb: HTTP 404`);
		const wrongStart = (async () => new Response(new Uint8Array(10), { status: 206, headers: { 'content-range': 'bytes 5-14/100' } })) as typeof fetch;
		await expect(fetchBlob(wrongStart, '/w.duckdb', () => undefined, 10)).rejects.toThrow(/\/w\.duckdb: .*bytes 5-14\/100/);
		let call = 0;
		const growing = (async () => {
			const start = 10 * call++;
			return new Response(new Uint8Array(10), { status: 206, headers: { 'content-range': `bytes ${start}-${start + 9}/${call === 1 ? 100 : 200}` } });
		}) as typeof fetch;
		await expect(fetchBlob(growing, '/g.duckdb', () => undefined, 10)).rejects.toThrow(/\/g\.duckdb: .*100 → 200/);
		const short = (async () => new Response(new Uint8Array(4), { status: 206, headers: { 'content-range': 'bytes 0-9/100' } })) as typeof fetch;
		await expect(fetchBlob(short, '/s.duckdb', () => undefined, 10)).rejects.toThrow(/\/s\.duckdb: .*不完整/);
	});
});
