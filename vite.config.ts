import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { rangeReply } from './src/lib/load/fetch-blob';

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
				// One byte range, as static hosts serve them: the site downloads its dataset in parts (fetch-blob.ts).
				const reply = rangeReply(req.headers.range, statSync(file).size);
				res.writeHead(reply.status, {
					'content-type': name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
					'cache-control': 'no-cache',
					...reply.headers
				});
				if (reply.status === 416) res.end();
				else createReadStream(file, reply.part ?? {}).pipe(res);
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
