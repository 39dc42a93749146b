/**
 * The dataset tables back to a record: one wide `reports` row and the report's long-form `cells` rows → an
 * {@link AnnualReport} that the renderer (report/render) draws exactly as published. Pure: the inverse of
 * `reportRow` + `cellRows` (rows.ts) for everything the tables keep.
 *
 * Cells come from the `cells` rows (the raw text as printed, the value, `derived`); a report with no `cells` rows
 * (large synthetic datasets have none) takes each cell's value from the wide row and prints it as its raw text.
 * What the tables do not keep is not invented: parse notes keep only the missing rows and unreadable cells that
 * the cells' status says (the glued-row split notes stay with the ingest log), narrative flags are false when the
 * row has none.
 */
import { setAt } from '../report/paths';
import type { AnnualReport, Cell, Layout } from '../report/schema';
import { cellColumnName, layoutCells, NARRATIVE_COLUMNS, type CellStatus } from './columns';

/** One `cells` row as the report-cells query returns it. */
export interface CellInput {
	path: string;
	row_path?: string;
	value: number | null;
	raw: string;
	status: CellStatus;
}

/** The wide `reports` row, by column name (metadata, narrative figures and one column per template cell). */
export type WideRow = Readonly<Record<string, unknown>>;

const str = (row: WideRow, name: string): string | null => {
	const v = row[name];
	return v === null || v === undefined ? null : String(v);
};
const need = (row: WideRow, name: string): string => {
	const v = str(row, name);
	if (v === null) throw new Error(`record: the reports row has no ${name}`);
	return v;
};
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const part = (row: WideRow, level: 'province' | 'city' | 'county') => {
	const name = str(row, level);
	return name === null ? null : { name, code: str(row, `${level}_code`) };
};
const layoutOf = (v: string): Layout => {
	if (v !== '2021' && v !== '2019') throw new Error(`record: unknown layout ${v}`);
	return v;
};

/** The 2021 （六） subtotal is computed by gongkai, never printed (its raw text is ''). */
const isDerived = (path: string, table3: Layout) => table3 === '2021' && path.startsWith('applications.results.other.total.');

/** A wide row (+ its cells rows, possibly none) → the record. Throws when the row lacks its identity columns. */
export function recordFromRows(row: WideRow, cells: readonly CellInput[]): AnnualReport {
	const layout = { table2: layoutOf(need(row, 'layout_table2')), table3: layoutOf(need(row, 'layout_table3')) };
	const byPath = new Map(cells.map((c) => [c.path, c]));
	const record: Record<string, unknown> = {
		schemaVersion: 1,
		id: need(row, 'id'),
		agency: {
			id: need(row, 'agency_id'),
			name: need(row, 'agency_name'),
			region: { province: part(row, 'province'), city: part(row, 'city'), county: part(row, 'county') },
			level: need(row, 'level'),
			kind: need(row, 'kind'),
			category: str(row, 'category')
		},
		year: Number(row.year),
		template: need(row, 'template'),
		layout,
		publishedAt: str(row, 'published_at'),
		signedAt: str(row, 'signed_at'),
		source: {
			fileName: str(row, 'source_file') ?? '',
			sha256: str(row, 'source_sha256'),
			url: str(row, 'source_url'),
			format: str(row, 'source_format') ?? 'text',
			tableForm: str(row, 'table_form') ?? 'lines',
			parserVersion: str(row, 'parser_version') ?? ''
		},
		narrative: {},
		parse: {
			splits: [],
			totalsUsed: [],
			missingRows: [...new Set(cells.filter((c) => c.status === 'missing').map((c) => c.row_path ?? c.path.slice(0, c.path.lastIndexOf('.'))))],
			unreadable: cells.filter((c) => c.status === 'unreadable').map((c) => c.path)
		}
	};
	for (const c of NARRATIVE_COLUMNS) {
		const v = row[c.name];
		setAt(record.narrative as Record<string, unknown>, c.path, c.type === 'BOOLEAN' ? v === true : num(v));
	}
	for (const def of layoutCells(layout)) {
		const long = byPath.get(def.path);
		let cell: Cell;
		if (long) {
			cell = { value: long.value, raw: long.raw, ...(long.status === 'derived' ? { derived: true as const } : {}) };
		} else {
			const value = num(row[cellColumnName(def.path)]);
			const derived = isDerived(def.path, layout.table3);
			cell = { value, raw: derived || value === null ? '' : String(value), ...(derived ? { derived: true as const } : {}) };
		}
		setAt(record, def.path, cell);
	}
	return record as unknown as AnnualReport;
}
