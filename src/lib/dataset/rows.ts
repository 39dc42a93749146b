/**
 * Records, findings and agencies → table rows (arrays of JS values in the column order of columns.ts). Pure: no
 * DuckDB, no files. A value that does not fit its column's type is an error naming the record and cell, never
 * silently rounded or dropped.
 */
import { getAt } from '../report/paths';
import type { AnnualReport, Cell, Finding } from '../report/schema';
import {
	AGENCY_COLUMNS,
	CELL_COLUMNS,
	NARRATIVE_COLUMNS,
	REPORT_META,
	REPORT_PARSE,
	layoutCells,
	type AgencyColumnName,
	type CellStatus,
	type ReportMetaName,
	type ReportParseName,
	type Row,
	type SqlType,
	type Value
} from './columns';

/** One agency of the `agencies` table (an agency registry entry, or derived from the records). */
export interface AgencyInput extends Record<AgencyColumnName, string | null | readonly string[]> {
	id: string;
	name: string;
	aliases: readonly string[];
	province: string | null;
	province_code: string | null;
	city: string | null;
	city_code: string | null;
	county: string | null;
	county_code: string | null;
	level: string;
	kind: string;
	category: string | null;
}

export class DatasetValueError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DatasetValueError';
	}
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Checks that `value` fits a column of type `type`; returns it. `where` names it in the error. */
export function checked(value: number | null, type: SqlType, where: string): number | null {
	if (value === null) return null;
	if (!Number.isFinite(value)) throw new DatasetValueError(`dataset: ${where} is ${value}, not a finite number`);
	if (type === 'INTEGER' && !(Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX)) {
		throw new DatasetValueError(`dataset: ${where} is ${value}, which does not fit an INTEGER column`);
	}
	return value;
}

/** 'YYYY-MM-DD' → days since 1970-01-01 (a DuckDB DATE); throws for a day that does not exist (2021-02-30). */
export function daysOf(date: string): number {
	const ms = Date.parse(`${date}T00:00:00Z`);
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
		throw new DatasetValueError(`dataset: ${date} is not a calendar date`);
	}
	return ms / 86_400_000;
}

const META: { [K in ReportMetaName]: (r: AnnualReport) => Value } = {
	id: (r) => r.id,
	agency_id: (r) => r.agency.id,
	agency_name: (r) => r.agency.name,
	province: (r) => r.agency.region.province?.name ?? null,
	province_code: (r) => r.agency.region.province?.code ?? null,
	city: (r) => r.agency.region.city?.name ?? null,
	city_code: (r) => r.agency.region.city?.code ?? null,
	county: (r) => r.agency.region.county?.name ?? null,
	county_code: (r) => r.agency.region.county?.code ?? null,
	level: (r) => r.agency.level,
	kind: (r) => r.agency.kind,
	category: (r) => r.agency.category,
	year: (r) => r.year,
	template: (r) => r.template,
	layout_table2: (r) => r.layout.table2,
	layout_table3: (r) => r.layout.table3,
	published_at: (r) => r.publishedAt,
	signed_at: (r) => r.signedAt,
	source_file: (r) => r.source.fileName,
	source_sha256: (r) => r.source.sha256,
	source_url: (r) => r.source.url,
	source_format: (r) => r.source.format,
	table_form: (r) => r.source.tableForm,
	parser_version: (r) => r.source.parserVersion
};

const PARSE: { [K in ReportParseName]: (r: AnnualReport) => number } = {
	n_ambiguous_splits: (r) => r.parse.splits.length,
	n_unresolved_cells: (r) => r.parse.splits.reduce((n, s) => n + s.unresolved.length, 0),
	n_missing_rows: (r) => r.parse.missingRows.length,
	n_unreadable_cells: (r) => r.parse.unreadable.length
};

const cellOf = (record: AnnualReport, path: string): Cell | undefined => {
	const c = getAt(record, path);
	return c !== null && typeof c === 'object' && 'raw' in c ? (c as Cell) : undefined;
};

/**
 * The wide `reports` row of a record: metadata, narrative figures, parse counts, then the value of every
 * template cell (null where the record's layout has no such cell or the cell is blank).
 */
export function reportRow(record: AnnualReport): Row {
	const row: Row = REPORT_META.map((c) => META[c.name](record));
	for (const c of NARRATIVE_COLUMNS) {
		const value = getAt(record.narrative, c.path) as number | boolean | null;
		row.push(typeof value === 'number' ? checked(value, c.type, `${record.id} narrative.${c.path}`) : value);
	}
	for (const c of REPORT_PARSE) row.push(PARSE[c.name](record));
	for (const c of CELL_COLUMNS) {
		row.push(checked(cellOf(record, c.path)?.value ?? null, c.type, `${record.id} ${c.path}`));
	}
	return row;
}

/** Sets of the paths the parse notes of a record mention, to give each long-form cell its status. */
function statusOf(record: AnnualReport): (path: string, row: string, cell: Cell) => CellStatus {
	const unresolved = new Set(record.parse.splits.flatMap((s) => s.unresolved));
	const missing = new Set(record.parse.missingRows);
	const unreadable = new Set(record.parse.unreadable);
	return (path, row, cell) => {
		if (cell.derived) return 'derived';
		if (cell.value !== null) return 'value';
		if (missing.has(row)) return 'missing';
		if (unresolved.has(path)) return 'unresolved';
		if (unreadable.has(path)) return 'unreadable';
		return 'blank';
	};
}

/**
 * The long-form `cells` rows of a record, one per cell of its layout in template order: report_id, agency_id,
 * year, tbl, row_path, col_key, path, value, raw, status. Status: `derived` (computed by gongkai, never
 * printed), `value`, `missing` (the report does not print the row), `unresolved` (a glued row the template could
 * not split with certainty), `unreadable` (text that is not a number) or `blank` ('', '/', '—', …).
 */
export function cellRows(record: AnnualReport): Row[] {
	const status = statusOf(record);
	const rows: Row[] = [];
	for (const c of layoutCells(record.layout)) {
		const cell = cellOf(record, c.path);
		if (!cell) throw new DatasetValueError(`dataset: ${record.id} has no cell ${c.path} (layout ${record.layout.table2}/${record.layout.table3})`);
		const value = checked(cell.value, c.colType === 'amount' ? 'DOUBLE' : 'INTEGER', `${record.id} ${c.path}`);
		rows.push([record.id, record.agency.id, record.year, c.tbl, c.row, c.col, c.path, value, cell.raw, status(c.path, c.row, cell)]);
	}
	return rows;
}

const text = (x: number | string | null): string | null => (x === null ? null : String(x));

/**
 * `findings` rows, in the order given. finding_id is the record id, '#', and the finding's index among the
 * findings of that record (0, 1, …); expected and actual are text (numbers as JS prints them).
 */
export function findingRows(findings: readonly Finding[]): Row[] {
	const next = new Map<string, number>();
	return findings.map((f) => {
		const i = next.get(f.recordId) ?? 0;
		next.set(f.recordId, i + 1);
		return [
			`${f.recordId}#${i}`,
			f.recordId,
			f.agencyId,
			f.year,
			f.rule,
			f.severity,
			[...f.paths],
			text(f.expected),
			text(f.actual),
			f.message.zh,
			f.message.en
		];
	});
}

/**
 * One agency per distinct `record.agency.id`, sorted by id, described by its latest report (name, region,
 * level, kind, category); every other name it published under is an alias (sorted).
 */
export function deriveAgencies(records: readonly AnnualReport[]): AgencyInput[] {
	const byId = new Map<string, AnnualReport[]>();
	for (const r of records) {
		const list = byId.get(r.agency.id);
		if (list) list.push(r);
		else byId.set(r.agency.id, [r]);
	}
	return [...byId.keys()].sort().map((id) => {
		const list = byId.get(id)!;
		const latest = list.reduce((a, b) => (b.year > a.year || (b.year === a.year && b.id > a.id) ? b : a));
		const { agency } = latest;
		const aliases = [...new Set(list.map((r) => r.agency.name))].filter((n) => n !== agency.name).sort();
		return {
			id,
			name: agency.name,
			aliases,
			province: agency.region.province?.name ?? null,
			province_code: agency.region.province?.code ?? null,
			city: agency.region.city?.name ?? null,
			city_code: agency.region.city?.code ?? null,
			county: agency.region.county?.name ?? null,
			county_code: agency.region.county?.code ?? null,
			level: agency.level,
			kind: agency.kind,
			category: agency.category
		};
	});
}

/**
 * The agencies with the names of a registry (data/registry/agencies.json): an agency whose id the registry lists
 * takes the registry's current name, and its aliases become the registry's aliases plus every name it published
 * under (sorted, without the current name). Other agencies are unchanged. Same order.
 */
export function withRegistryNames(
	agencies: readonly AgencyInput[],
	registry: readonly { id: string; name: string; aliases: readonly string[] }[]
): AgencyInput[] {
	const byId = new Map(registry.map((e) => [e.id, e]));
	return agencies.map((a) => {
		const e = byId.get(a.id);
		if (!e) return a;
		const aliases = new Set([...e.aliases, ...a.aliases, a.name]);
		aliases.delete(e.name);
		return { ...a, name: e.name, aliases: [...aliases].sort() };
	});
}

/** `agencies` rows, in the order given (an {@link AgencyInput}'s keys are the column names). */
export function agencyRows(agencies: readonly AgencyInput[]): Row[] {
	return agencies.map((a) => AGENCY_COLUMNS.map((c) => (c.name === 'aliases' ? [...a.aliases] : a[c.name])));
}
