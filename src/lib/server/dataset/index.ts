/** Node-only dataset writer: records + findings → Parquet, gongkai.duckdb and manifest.json (DESIGN.md §4). */
// The pure column definitions, row builders and manifest schema live in src/lib/dataset (shared with the browser).
export * from '../../dataset';
export {
	DATASET_FILES,
	DUCKDB_FILE,
	MANIFEST_FILE,
	PARQUET_FILES,
	writeDataset,
	type DatasetInput,
	type DatasetOptions
} from './write';
