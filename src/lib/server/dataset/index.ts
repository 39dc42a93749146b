/** Node-only dataset writer: records + findings → Parquet, gongkai.duckdb and manifest.json (DESIGN.md §4). */
export {
	AGENCY_COLUMNS,
	CELL_COLUMNS,
	CELL_STATUS,
	CELL_TABLE_COLUMNS,
	FINDING_COLUMNS,
	NARRATIVE_COLUMNS,
	REPORT_COLUMNS,
	TABLES,
	TABLE_NAMES,
	cellColumnName,
	createTableSql,
	layoutCells,
	type CellDef,
	type CellStatus,
	type Column,
	type Row,
	type SqlType,
	type TableName,
	type Value
} from './columns';
export { agencyRows, cellRows, daysOf, deriveAgencies, findingRows, reportRow, withRegistryNames, DatasetValueError, type AgencyInput } from './rows';
export { DatasetManifest, DATASET_VERSION, buildManifest, builtAtOf, isoTime } from './manifest';
export {
	DATASET_FILES,
	DUCKDB_FILE,
	MANIFEST_FILE,
	PARQUET_FILES,
	writeDataset,
	type DatasetInput,
	type DatasetOptions
} from './write';
