/**
 * The columns of the dataset tables (DESIGN.md §4), as data. Pure: no DuckDB here, so the column list can be
 * unit-tested and the same definitions drive the CREATE TABLE DDL, the row builders and the appenders.
 *
 * Column types come from the record schema and the template, never from the data: a count cell is INTEGER even
 * when every report leaves it blank, so an all-null column keeps its type in Parquet and in DuckDB.
 */
import { z } from 'zod';
import { Narrative, type Layout } from '../report/schema';
import {
	APPLICANT_COLS,
	TABLE4_ROW,
	applicantRowPaths,
	table2Blocks,
	type ColType
} from '../report/template';

/** The SQL types the dataset uses. `VARCHAR[]` is a DuckDB LIST of VARCHAR (a Parquet list of strings). */
export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'VARCHAR[]';

export interface Column {
	name: string;
	type: SqlType;
	/** NOT NULL in the DDL (identity columns only). */
	notNull?: boolean;
}

/** A JS value of one column of one row: strings for VARCHAR and DATE ('YYYY-MM-DD'). */
export type Value = string | number | boolean | null | readonly string[];
export type Row = Value[];

/** Table 二, 三 or 四 of the report. */
export type TableNo = '二' | '三' | '四';

/** One template cell: where it sits (table, row path, column key) and how it is read. */
export interface CellDef {
	/** Dictionary key, e.g. `applications.newReceived.legalPerson.commercial`. */
	path: string;
	tbl: TableNo;
	/** The template row's path, e.g. `applications.newReceived` (table 四 is one row: `reviewLitigation`). */
	row: string;
	/** The column key below the row, e.g. `legalPerson.commercial` or `review.upheld`. */
	col: string;
	colType: ColType;
}

/** The wide column of a cell: the dictionary key with `_` for `.`. */
export const cellColumnName = (path: string): string => path.replaceAll('.', '_');

/** INTEGER for counts and signed 2019 本年增/减, DOUBLE for amounts (万元 fees, 2019 procurement totals). */
export const sqlTypeOf = (t: ColType): SqlType => (t === 'amount' ? 'DOUBLE' : 'INTEGER');

const tableOf = (path: string): TableNo =>
	path.startsWith('applications.') ? '三' : path.startsWith('reviewLitigation') ? '四' : '二';

const layoutCache = new Map<string, readonly CellDef[]>();

/**
 * Every cell a record of this layout carries, in template order (table 二, 三, 四), including the derived
 * （六） subtotal `applications.results.other.total` of the 2021 table 三. Same paths as `cellPaths(layout)`.
 */
export function layoutCells(layout: { table2: Layout; table3: Layout }): readonly CellDef[] {
	const key = `${layout.table2}/${layout.table3}`;
	let cells = layoutCache.get(key);
	if (!cells) {
		const t2 = table2Blocks(layout.table2).flatMap((b) =>
			b.rows.flatMap((r) => r.cols.map((c) => def(r.path, c.key, c.type)))
		);
		const t3 = applicantRowPaths(layout.table3).flatMap((row) =>
			APPLICANT_COLS.map((c) => def(row, c.key, c.type))
		);
		const t4 = TABLE4_ROW.cols.map((c) => def(TABLE4_ROW.path, c.key, c.type));
		cells = [...t2, ...t3, ...t4];
		layoutCache.set(key, cells);
	}
	return cells;
}

const def = (row: string, col: string, colType: ColType): CellDef => {
	const path = `${row}.${col}`;
	return { path, tbl: tableOf(path), row, col, colType };
};

/** A cell column of the wide reports table. */
export interface CellColumn extends Column, CellDef {}

/**
 * Every cell of every layout, once: the 2021 table 二, the 2019 table 二, the 2021 table 三 (whose rows include
 * every 2019 row and the （六） subtotal), table 四. 229 columns, the keys of format/dictionary.json.
 */
export const CELL_COLUMNS: readonly CellColumn[] = (() => {
	const seen = new Set<string>();
	const out: CellColumn[] = [];
	const layouts = [
		{ table2: '2021', table3: '2021' },
		{ table2: '2019', table3: '2019' }
	] as const;
	const all = [
		...layoutCells(layouts[0]).filter((c) => c.tbl === '二'),
		...layoutCells(layouts[1]).filter((c) => c.tbl === '二'),
		...layoutCells(layouts[0]).filter((c) => c.tbl !== '二'),
		...layoutCells(layouts[1]).filter((c) => c.tbl !== '二')
	];
	for (const c of all) {
		if (seen.has(c.path)) continue;
		seen.add(c.path);
		out.push({ ...c, name: cellColumnName(c.path), type: sqlTypeOf(c.colType) });
	}
	return out;
})();

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A narrative figure column: `path` below `record.narrative`, e.g. `section6.feeYuan`. */
export interface NarrativeColumn extends Column {
	path: string;
}

/**
 * One column per figure of the record's `narrative` (schema.ts), walked from the zod schema so a new figure
 * becomes a column: top-level figures are `narrative_<name>` (`narrative_proactive_items`), nested ones
 * `<group>_<name>` (`section6_fee_yuan`). numbers are DOUBLE (INTEGER when the schema says int), booleans BOOLEAN.
 */
export const NARRATIVE_COLUMNS: readonly NarrativeColumn[] = (() => {
	const out: NarrativeColumn[] = [];
	const walk = (shape: Record<string, z.ZodType>, path: string[]) => {
		for (const [key, schema] of Object.entries(shape)) {
			const inner = schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
			const p = [...path, key];
			const name = p.length === 1 ? `narrative_${snake(key)}` : p.map(snake).join('_');
			if (inner instanceof z.ZodObject) walk(inner.shape as Record<string, z.ZodType>, p);
			else if (inner instanceof z.ZodNumber)
				out.push({ name, type: inner.format?.includes('int') ? 'INTEGER' : 'DOUBLE', path: p.join('.') });
			else if (inner instanceof z.ZodBoolean) out.push({ name, type: 'BOOLEAN', path: p.join('.') });
			else throw new Error(`dataset: no column type for narrative.${p.join('.')}`);
		}
	};
	walk(Narrative.shape as Record<string, z.ZodType>, []);
	return out;
})();

const v = <N extends string>(name: N, notNull = false) => ({ name, type: 'VARCHAR' as const, notNull });

/** The report's identity, agency, dates and source: the first columns of `reports`. */
export const REPORT_META = [
	v('id', true),
	v('agency_id', true),
	v('agency_name', true),
	v('province'),
	v('province_code'),
	v('city'),
	v('city_code'),
	v('county'),
	v('county_code'),
	v('level', true),
	v('kind', true),
	v('category'),
	{ name: 'year', type: 'INTEGER', notNull: true },
	v('template', true),
	v('layout_table2', true),
	v('layout_table3', true),
	{ name: 'published_at', type: 'DATE', notNull: false },
	{ name: 'signed_at', type: 'DATE', notNull: false },
	v('source_file', true),
	v('source_sha256'),
	v('source_url'),
	v('source_format', true),
	v('table_form', true),
	v('parser_version', true)
] as const satisfies readonly Column[];
export type ReportMetaName = (typeof REPORT_META)[number]['name'];

/** How much of the record the parser could not read with certainty (counts of `record.parse` entries). */
export const REPORT_PARSE = [
	{ name: 'n_ambiguous_splits', type: 'INTEGER', notNull: true },
	{ name: 'n_unresolved_cells', type: 'INTEGER', notNull: true },
	{ name: 'n_missing_rows', type: 'INTEGER', notNull: true },
	{ name: 'n_unreadable_cells', type: 'INTEGER', notNull: true }
] as const satisfies readonly Column[];
export type ReportParseName = (typeof REPORT_PARSE)[number]['name'];

/** `reports`: one row per report: metadata, narrative figures, parse counts, then every template cell. */
export const REPORT_COLUMNS: readonly Column[] = [...REPORT_META, ...NARRATIVE_COLUMNS, ...REPORT_PARSE, ...CELL_COLUMNS];

/** Why a long-form cell has the value it has. */
export const CELL_STATUS = ['value', 'blank', 'unresolved', 'missing', 'unreadable', 'derived'] as const;
export type CellStatus = (typeof CELL_STATUS)[number];

/** `cells`: one row per template cell of each report. */
export const CELL_TABLE_COLUMNS: readonly Column[] = [
	v('report_id', true),
	v('agency_id', true),
	{ name: 'year', type: 'INTEGER', notNull: true },
	v('tbl', true),
	v('row_path', true),
	v('col_key', true),
	v('path', true),
	{ name: 'value', type: 'DOUBLE' },
	v('raw', true),
	v('status', true)
];

/** `findings`: one row per rule finding. */
export const FINDING_COLUMNS: readonly Column[] = [
	v('finding_id', true),
	v('report_id', true),
	v('agency_id', true),
	{ name: 'year', type: 'INTEGER', notNull: true },
	v('rule', true),
	v('severity', true),
	{ name: 'paths', type: 'VARCHAR[]', notNull: true },
	v('expected'),
	v('actual'),
	v('message_zh', true),
	v('message_en', true)
];

/** `agencies`: one row per agency. */
export const AGENCY_COLUMNS = [
	v('id', true),
	v('name', true),
	{ name: 'aliases', type: 'VARCHAR[]', notNull: true },
	v('province'),
	v('province_code'),
	v('city'),
	v('city_code'),
	v('county'),
	v('county_code'),
	v('level', true),
	v('kind', true),
	v('category')
] as const satisfies readonly Column[];
export type AgencyColumnName = (typeof AGENCY_COLUMNS)[number]['name'];

export const TABLES = {
	reports: REPORT_COLUMNS,
	cells: CELL_TABLE_COLUMNS,
	findings: FINDING_COLUMNS,
	agencies: AGENCY_COLUMNS
} as const satisfies Record<string, readonly Column[]>;
export type TableName = keyof typeof TABLES;
/** Writing order (and the order of the Parquet files in the manifest). */
export const TABLE_NAMES = ['reports', 'cells', 'findings', 'agencies'] as const satisfies readonly TableName[];

/** A double-quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** `CREATE TABLE name (...)` from column definitions. */
export function createTableSql(table: string, columns: readonly Column[]): string {
	const cols = columns.map((c) => `\t${ident(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}`);
	return `CREATE TABLE ${ident(table)} (\n${cols.join(',\n')}\n)`;
}
