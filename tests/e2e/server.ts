// A tiny static file server for the built site (build/). Deliberately plain: no gzip, no caching
// tricks, so e2e runs and benchmarks see what a simple static host would serve (single byte ranges included).
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { rangeReply } from '../../src/lib/load/fetch-blob';

export const MIME_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream',
	'.duckdb': 'application/octet-stream',
	'.arrow': 'application/vnd.apache.arrow.file'
};

export function mimeType(path: string): string {
	return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Map a URL path to a file under root, following adapter-static's layout (trailingSlash 'never': /a → a.html). */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const base = resolve(root);
	const target = normalize(join(base, decoded));
	if (target !== base && !target.startsWith(base + sep)) return undefined; // path traversal
	const candidates = [target, `${target}.html`, join(target, 'index.html')];
	for (const candidate of candidates) {
		if (await isFile(candidate)) return candidate;
	}
	return undefined;
}

export interface StaticServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1 at a free port (or `port`). `mounts` serves other folders under URL prefixes instead
 * (e.g. a synthetic dataset at `/data/default/` for a benchmark).
 */
export async function serveStatic(root: string, port = 0, mounts: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
	const server = createServer((req, res) => {
		void (async () => {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			const { pathname } = new URL(req.url ?? '/', 'http://localhost');
			const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
			let file = mount ? await resolveFile(mounts[mount]!, pathname.slice(mount.length - 1)) : await resolveFile(root, pathname);
			let status = 200;
			if (!file) {
				status = 404;
				file = await resolveFile(root, '/404.html');
				if (!file) {
					res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
					return;
				}
			}
			const { size } = await stat(file);
			// One byte range, as static hosts serve them: the site downloads its dataset in parts (fetch-blob.ts).
			const reply = rangeReply(status === 200 ? req.headers.range : undefined, size);
			res.writeHead(reply.status === 200 ? status : reply.status, { 'content-type': mimeType(file), 'cache-control': 'no-cache', ...reply.headers });
			if (req.method === 'HEAD' || reply.status === 416) {
				res.end();
				return;
			}
			createReadStream(file, reply.part ?? {})
				.on('error', () => res.destroy())
				.pipe(res);
		})().catch(() => {
			if (!res.headersSent) res.writeHead(500).end();
			else res.destroy();
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		server,
		close: () =>
			new Promise<void>((done, fail) => {
				server.closeAllConnections();
				server.close((err) => (err ? fail(err) : done()));
			})
	};
}
