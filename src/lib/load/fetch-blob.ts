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
 * The server's half, for the static servers of `npm start` and the tests: the one range (`bytes=a-b`, `bytes=a-`)
 * a Range header asks of a file of `size` bytes; undefined for no header or one we do not serve (several ranges,
 * suffix ranges: the whole file is then sent), 'unsatisfiable' when it starts past the end.
 */
export function requestedRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
	const m = /^bytes=(\d+)-(\d*)$/.exec(header?.trim() ?? '');
	if (!m) return undefined;
	const start = Number(m[1]);
	const end = Math.min(m[2] ? Number(m[2]) : size - 1, size - 1);
	return start >= size || start > end ? 'unsatisfiable' : { start, end };
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
