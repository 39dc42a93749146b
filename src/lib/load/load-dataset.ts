/**
 * `loadDataset(source, onProgress)`: the one way data gets into the browser's DuckDB. Sources:
 *
 *   bundled     the site's own data/default (manifest.json + gongkai.duckdb, fetched from this origin)
 *   files       what a user picked or dropped, any of:
 *               - one .duckdb file (attached read-only)
 *               - dataset tables: reports/cells/findings/agencies as Parquet (decoded in JS with hyparquet, inserted
 *                 as Arrow), CSV (read_csv) or JSON rows (parsed in JS, inserted as Arrow); `reports` is required, a
 *                 missing agencies table is derived from reports, missing cells/findings are empty
 *               - records: report files (.html/.htm/.txt) parsed here by the command line's parser, and/or a
 *                 records.json; the rules run over them and the four tables are built as `npm run ingest` builds them
 *               - a manifest.json, shown with the dataset (synthetic or not)
 *
 * Every load replaces the whole dataset, and only when it succeeded: on any error the previous data stays in place
 * and a {@link LoadError} says what was wrong with which file.
 */
import type { DatasetInfo } from '../db/catalog';
import type { Database } from '../db/database';
import { loadBundled } from './bundled';
import { setCurrentDataset } from './current';
import { loadFiles } from './files';
import type { DatasetSource, LoadResult, OnProgress } from './types';

export { LoadError, type DatasetSource, type FileStatus, type LoadProgress, type LoadResult, type OnProgress, type SourceFile } from './types';

/** Loads `source` as the dataset; see the module comment. `database` defaults to the browser's (wasm-runner). */
export async function loadDataset(source: DatasetSource, onProgress: OnProgress = () => {}, database?: Database): Promise<LoadResult> {
	const db = database ?? (await (await import('../db/wasm-runner')).getDatabase());
	const result = await (source.kind === 'bundled' ? loadBundled(db, source.url, source.fetch ?? fetch, onProgress) : loadFiles(db, source.files, onProgress));
	setCurrentDataset(result.dataset);
	return result;
}

let ensuring: Promise<DatasetInfo> | undefined;

/** The current dataset; the bundled one is loaded first if nothing is loaded yet (once, shared by every caller). */
export async function ensureDataset(bundledUrl: string, onProgress?: OnProgress, database?: Database): Promise<DatasetInfo> {
	const db = database ?? (await (await import('../db/wasm-runner')).getDatabase());
	if (db.catalog.current.origin !== 'empty') {
		setCurrentDataset(db.catalog.current);
		return db.catalog.current;
	}
	ensuring ??= loadDataset({ kind: 'bundled', url: bundledUrl }, onProgress, db)
		.then((r) => r.dataset)
		.finally(() => (ensuring = undefined));
	return ensuring;
}

