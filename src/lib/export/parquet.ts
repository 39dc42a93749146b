/**
 * A panel's rows as Parquet (hyparquet-writer): one typed column per field (text → STRING, integer → INT32,
 * number → DOUBLE), every column nullable so blanks stay null. Column names are the query's field names; the
 * headers (zh, en) ride along in the file's key-value metadata. Pure.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { BasicType } from 'hyparquet-writer';
import { bodyRows, type ColumnType, type ExportColumns } from './tables';

const TYPES: Record<ColumnType, BasicType> = { text: 'STRING', integer: 'INT32', number: 'DOUBLE' };

export function toParquet<Row>(columns: ExportColumns<Row>, rows: readonly Row[]): ArrayBuffer {
	const cells = bodyRows(columns, rows);
	return parquetWriteBuffer({
		columnData: columns.map((c, j) => ({ name: c.key, type: TYPES[c.type], nullable: true, data: cells.map((r) => r[j] ?? null) })),
		kvMetadata: [
			{ key: 'gongkai.headers.zh', value: JSON.stringify(columns.map((c) => c.zh)) },
			{ key: 'gongkai.headers.en', value: JSON.stringify(columns.map((c) => c.en)) }
		],
		createdBy: 'gongkai'
	});
}
