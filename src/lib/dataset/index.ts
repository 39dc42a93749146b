/**
 * The dataset's tables as data (DESIGN.md §4), pure and isomorphic: column definitions, record → row builders and
 * the manifest schema. The Node writer (src/lib/server/dataset) and the browser loader (src/lib/load) share them,
 * so a dataset built in the browser from dropped report files has exactly the columns of `npm run ingest`.
 */
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
	ident,
	layoutCells,
	type CellDef,
	type CellStatus,
	type Column,
	type Row,
	type SqlType,
	type TableName,
	type Value
} from './columns';
export {
	agencyRows,
	cellRows,
	checked,
	daysOf,
	deriveAgencies,
	findingRows,
	reportRow,
	withRegistryNames,
	DatasetValueError,
	type AgencyInput
} from './rows';
export { DatasetFile, DatasetManifest, DATASET_VERSION, buildManifest, builtAtOf, isoTime } from './manifest';
