/** Loading data into the browser's DuckDB: the bundled dataset or a user's files (see load-dataset.ts). */
export {
	ensureDataset,
	loadDataset,
	LoadError,
	type DatasetSource,
	type FileStatus,
	type LoadProgress,
	type LoadResult,
	type OnProgress,
	type SourceFile
} from './load-dataset';
export { fileKind, jsonKind, type FileKind } from './classify';

/** Where the bundled dataset is served, relative to the site's base (pass through `asset()` in a page). */
export const BUNDLED_PATH = '/data/default/';
