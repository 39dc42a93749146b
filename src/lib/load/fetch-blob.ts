/**
 * A large file downloaded into a Blob without passing through the page's memory, with progress.
 *
 * `Response.blob()` hands the network stream to the browser's blob storage (which keeps a large Blob on disk), but
 * says nothing until it is done; reading the body in JS to count bytes keeps every byte in the page until the
 * garbage collector runs (~140 MB more in the renderer for a 167 MB file, measured). So the file is asked for in
 * ranges, each kept as a Blob, and the Blob of the whole file is made of them. A server that does not serve ranges
 * answers the first request with the whole file (200): it is then read through a counting stream.
 */

/** How much is asked for per request. */
export const RANGE_BYTES = 16 << 20;

export interface BlobProgress {
	done: number;
	/** 0 when the server did not say. */
	total: number;
}

/** `bytes START-END/SIZE` (SIZE may be `*`) → numbers; undefined when the header is absent or not that. */
export function parseContentRange(header: string | null): { start: number; end: number; size: number | undefined } | undefined {
	const m = header === null ? null : /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header.trim());
	if (!m) return undefined;
	return { start: Number(m[1]), end: Number(m[2]), size: m[3] === '*' ? undefined : Number(m[3]) };
}

/**
 * The server's half, for the static servers of `npm start` and the tests: how to answer a request with Range header
 * `header` for a file of `size` bytes. One range (`bytes=a-b`, `bytes=a-`, the end clipped to the file) is 206 with
 * that part; one starting past the end is 416; no header, or one we do not serve (several ranges, suffix ranges),
 * is 200 with the whole file. `headers` are the length and range headers to send; `part` the bytes a 206 sends.
 */
export function rangeReply(
	header: string | undefined,
	size: number
): { status: 200 | 206 | 416; headers: Record<string, string>; part?: { start: number; end: number } } {
	const m = /^bytes=(\d+)-(\d*)$/.exec(header?.trim() ?? '');
	if (!m) return { status: 200, headers: { 'accept-ranges': 'bytes', 'content-length': String(size) } };
	const start = Number(m[1]);
	const end = Math.min(m[2] ? Number(m[2]) : size - 1, size - 1);
	if (start >= size || start > end) return { status: 416, headers: { 'content-range': `bytes */${size}` } };
	const headers = { 'accept-ranges': 'bytes', 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${size}` };
	return { status: 206, headers, part: { start, end } };
}

/**
 * Downloads `url` into a Blob, `rangeBytes` at a time, calling `onProgress` after each part. Throws (naming the
 * URL) on an HTTP error, or when the server sends another range than asked or changes the file's size midway.
 */
export async function fetchBlob(f: typeof fetch, url: string, onProgress: (p: BlobProgress) => void, rangeBytes = RANGE_BYTES): Promise<Blob> {
	const parts: Blob[] = [];
	let done = 0;
	let total: number | undefined;
	for (;;) {
		const res = await f(url, { headers: { range: `bytes=${done}-${done + rangeBytes - 1}` } });
		if (res.status === 200 && done === 0) return countedBlob(res, url, onProgress);
		if (res.status === 416) {
			// Past the end: an empty file, or a size not said before (`bytes */SIZE` says it now, or nothing does).
			const size = /^bytes \*\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1];
			if (size !== undefined ? Number(size) === done : total === undefined && done > 0) break;
		}
		if (res.status !== 206) throw new Error(`${url}: HTTP ${res.status}`);
		const range = parseContentRange(res.headers.get('content-range'));
		if (!range || range.start !== done) {
			throw new Error(`${url}: 要的是从第 ${done} 字节起的一段，服务器给的是 ${res.headers.get('content-range') ?? '（没有 Content-Range）'}`);
		}
		if (total !== undefined && range.size !== undefined && range.size !== total) {
			throw new Error(`${url}: 下载中文件大小变了（${total} → ${range.size} 字节）`);
		}
		total ??= range.size;
		const part = await res.blob();
		if (part.size !== range.end - range.start + 1) throw new Error(`${url}: 第 ${done} 字节起的一段不完整（${part.size} 字节）`);
		parts.push(part);
		done += part.size;
		onProgress({ done, total: total ?? 0 });
		if (total !== undefined ? done >= total : part.size < rangeBytes) break;
	}
	return new Blob(parts);
}

/** The whole body of `res` as a Blob, counted as it streams by (a server without ranges). */
async function countedBlob(res: Response, url: string, onProgress: (p: BlobProgress) => void): Promise<Blob> {
	if (!res.body) throw new Error(`${url}: 没有内容`);
	const total = Number(res.headers.get('content-length')) || 0;
	let done = 0;
	const counted = res.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, out) {
				done += chunk.length;
				onProgress({ done, total });
				out.enqueue(chunk);
			}
		})
	);
	return new Response(counted).blob();
}
