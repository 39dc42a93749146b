import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { requestedRange } from './src/lib/load/fetch-blob';

/**
 * Serves the bundled dataset (data/default, committed) at `/data/default/…`: from the folder in dev, and copied into
 * the client build (so adapter-static puts it in build/) for the static site. Only what the browser loads: the
 * manifest and the files it lists (gongkai.duckdb, *.parquet), not the ingest's JSON outputs.
 */
function bundledDataset(dir = 'data/default', urlPath = '/data/default/'): Plugin {
	const files = () => {
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { name: string }[] };
		return ['manifest.json', ...manifest.files.map((f) => f.name)];
	};
	return {
		name: 'gongkai:bundled-dataset',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0]!;
				const base = server.config.base.replace(/\/$/, '');
				if (!path.startsWith(base + urlPath)) return next();
				const name = decodeURIComponent(path.slice((base + urlPath).length));
				if (!files().includes(name)) return next();
				const file = join(dir, name);
				const size = statSync(file).size;
				// One byte range, as static hosts serve them: the site downloads its dataset in parts (fetch-blob.ts).
				const range = requestedRange(req.headers.range, size);
				if (range === 'unsatisfiable') {
					res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
					return;
				}
				res.setHeader('content-type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
				res.setHeader('cache-control', 'no-cache');
				res.setHeader('accept-ranges', 'bytes');
				if (range) {
					res.statusCode = 206;
					res.setHeader('content-range', `bytes ${range.start}-${range.end}/${size}`);
				}
				res.setHeader('content-length', String(range ? range.end - range.start + 1 : size));
				createReadStream(file, range ?? {}).pipe(res);
			});
		},
		generateBundle() {
			if (this.environment.name !== 'client') return;
			for (const name of files()) {
				this.emitFile({ type: 'asset', fileName: `${urlPath.slice(1)}${name}`, source: readFileSync(join(dir, name)) });
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), bundledDataset()]
});
