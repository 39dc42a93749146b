/**
 * The site's own dataset: manifest.json and gongkai.duckdb fetched from this origin, attached read-only. The file
 * is downloaded into a Blob (fetch-blob.ts), never into the page's memory: the browser keeps a large Blob on disk,
 * and DuckDB's worker reads the blocks a query needs from it (engine.registerFile). Copied into the wasm heap
 * instead, 677,810 reports (a 167 MB file) made the page's renderer process 643 MB resident after loading.
 */
import type { TableName } from '../dataset/columns';
import { DatasetManifest } from '../dataset/manifest';
import { DatasetError, type StagingArea } from '../db/catalog';
import type { Database } from '../db/database';
import { fetchBlob } from './fetch-blob';
import { errorText, LoadError, type FileStatus, type LoadResult, type OnProgress } from './types';

export async function loadBundled(db: Database, url: string, f: typeof fetch, onProgress: OnProgress): Promise<LoadResult> {
	onProgress({ phase: 'fetch', done: 0, total: 0, message: '读取 manifest.json' });
	let manifest: DatasetManifest;
	let data: Blob;
	try {
		const res = await f(`${url}manifest.json`);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		manifest = DatasetManifest.parse(await res.json());
		const size = manifest.files.find((x) => x.name === 'gongkai.duckdb')?.bytes;
		data = await fetchBlob(f, `${url}gongkai.duckdb`, ({ done, total }) =>
			onProgress({ phase: 'fetch', done, total: total || size || 0, message: `下载数据库 ${(done / 1e6).toFixed(1)} MB` })
		);
	} catch (e) {
		throw new LoadError(`默认数据集无法下载：${errorText(e)}`, [], { cause: e });
	}
	onProgress({ phase: 'check', done: 0, total: 1, message: '打开数据库' });
	try {
		const dataset = await db.catalog.replace(async (area) => {
			await area.attach(data, 'gongkai.duckdb');
			await expectCounts(area, manifest.counts);
			return { label: '默认数据集', origin: 'bundled', manifest, synthetic: manifest.synthetic };
		});
		const file: FileStatus = { name: 'gongkai.duckdb', kind: 'duckdb', status: 'loaded', message: `${dataset.counts.reports} 份报告` };
		return { dataset, files: [file] };
	} catch (e) {
		throw new LoadError(`默认数据集无法打开：${errorText(e)}`, [], { cause: e });
	}
}

/** The attached file must hold what its manifest says (a stale or truncated download does not). */
async function expectCounts(area: StagingArea, counts: Record<TableName, number>): Promise<void> {
	for (const t of ['reports', 'cells', 'findings', 'agencies'] as const) {
		const [r] = await area.engine.query(`SELECT count(*)::INTEGER AS n FROM ${area.table(t)}`).catch(() => [{ n: -1 }]);
		if (Number(r?.n) !== counts[t]) throw new DatasetError(`${t} 表有 ${String(r?.n)} 行，manifest.json 写的是 ${counts[t]} 行`);
	}
}

