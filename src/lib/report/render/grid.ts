/**
 * The three standard tables of a record as grids of merged cells (colspan/rowspan), the way agencies publish them
 * (FORMAT.md §2–§4). Both the text and the HTML renderer print these grids, so the two forms cannot drift apart.
 */
import type { AnnualReport, Layout } from '../schema';
import { cellAt } from '../paths';
import {
	APPLICANT_COLS,
	TABLE4_GROUPS,
	TABLE4_RESULTS,
	TABLE4_ROW,
	table2Blocks,
	table3Rows
} from '../template';

/** One printed cell. `path` is set on value cells only (a dictionary cell path). */
export interface GridCell {
	text: string;
	path?: string;
	colspan?: number;
	rowspan?: number;
}

export type GridId = 'table2' | 'table3' | 'table4';

/** A table: rows of the cells that start in that row (cells covered by a rowspan from above are not repeated). */
export interface Grid {
	id: GridId;
	/** Number of columns of the full grid. */
	width: number;
	rows: GridCell[][];
}

/** Corner note of table 三, as the template prints it. */
export const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const TABLE3_APPLICANTS = '申请人情况';
const TABLE3_LEGAL_PERSON = '法人或其他组织';
const TABLE4_REVIEW = '行政复议';
const TABLE4_LITIGATION = '行政诉讼';

const valueCell = (record: AnnualReport, path: string): GridCell => ({
	text: cellAt(record, path)?.raw ?? '',
	path
});

/** Lets the last cell of a row take the remaining columns (single-value rows span 3 columns in table 二). */
function fill(cells: GridCell[], width: number): GridCell[] {
	const used = cells.reduce((n, c) => n + (c.colspan ?? 1), 0);
	const last = cells[cells.length - 1];
	if (last && used < width) last.colspan = (last.colspan ?? 1) + width - used;
	return cells;
}

/** Table 二 in the record's table-2 layout: per 第二十条 block a heading row, a header row and its rows. */
export function table2Grid(record: AnnualReport): Grid {
	const width = 4;
	const rows: GridCell[][] = [];
	for (const block of table2Blocks(record.layout.table2)) {
		rows.push([{ text: block.zh, colspan: width }]);
		rows.push(fill(block.headers.map((text) => ({ text })), width));
		for (const row of block.rows) {
			rows.push(
				fill([{ text: row.zh }, ...row.cols.map((c) => valueCell(record, `${row.path}.${c.key}`))], width)
			);
		}
	}
	return { id: 'table2', width, rows };
}

const countBy = <T>(items: readonly T[], key: (t: T) => string | null): Map<string, number> => {
	const m = new Map<string, number>();
	for (const it of items) {
		const k = key(it);
		if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
	}
	return m;
};

const spanned = (text: string, rowspan: number): GridCell =>
	rowspan > 1 ? { text, rowspan } : { text };

/**
 * Table 三: the 3×3 corner note, 申请人情况 over the 7 applicant columns, then one row per template row. Group cells
 * (三、本年度办理结果, （三）…（六）) span their rows; rows without a subgroup give their label two columns, rows
 * outside 三、 three. The derived 2021 （六） subtotal is not a printed row, so it is never rendered.
 */
export function table3Grid(record: AnnualReport): Grid {
	const width = 3 + APPLICANT_COLS.length;
	const legal = APPLICANT_COLS.filter((c) => c.key.startsWith('legalPerson.'));
	const first = APPLICANT_COLS[0]!;
	const last = APPLICANT_COLS[APPLICANT_COLS.length - 1]!;
	const rows: GridCell[][] = [
		[
			{ text: TABLE3_CORNER, colspan: 3, rowspan: 3 },
			{ text: TABLE3_APPLICANTS, colspan: APPLICANT_COLS.length }
		],
		[
			{ text: first.zh, rowspan: 2 },
			{ text: TABLE3_LEGAL_PERSON, colspan: legal.length },
			{ text: last.zh, rowspan: 2 }
		],
		legal.map((c) => ({ text: c.zh }))
	];
	const defs = table3Rows(record.layout.table3);
	const groups = countBy(defs, (r) => r.group);
	const subgroups = countBy(defs, (r) => r.subgroup);
	let group: string | null = null;
	let subgroup: string | null = null;
	for (const r of defs) {
		const cells: GridCell[] = [];
		if (r.group === null) {
			cells.push({ text: r.zh, colspan: 3 });
		} else {
			if (r.group !== group) cells.push(spanned(r.group, groups.get(r.group) ?? 1));
			if (r.subgroup === null) {
				cells.push({ text: r.zh, colspan: 2 });
			} else {
				if (r.subgroup !== subgroup) cells.push(spanned(r.subgroup, subgroups.get(r.subgroup) ?? 1));
				cells.push({ text: r.zh });
			}
		}
		for (const c of APPLICANT_COLS) cells.push(valueCell(record, `${r.path}.${c.key}`));
		rows.push(cells);
		group = r.group;
		subgroup = r.subgroup;
	}
	return { id: 'table3', width, rows };
}

/** Table 四: 行政复议 (5) | 行政诉讼 (10) › 未经复议直接起诉 (5) · 复议后起诉 (5), then the 15 values. */
export function table4Grid(record: AnnualReport): Grid {
	const n = TABLE4_RESULTS.length;
	const width = n * TABLE4_GROUPS.length;
	const results = (): GridCell[] => TABLE4_RESULTS.map((r) => ({ text: r.zh }));
	const rows: GridCell[][] = [
		[
			{ text: TABLE4_REVIEW, colspan: n },
			{ text: TABLE4_LITIGATION, colspan: width - n }
		],
		[
			...TABLE4_RESULTS.map((r) => ({ text: r.zh, rowspan: 2 })),
			...TABLE4_GROUPS.slice(1).map((g) => ({ text: g.zh, colspan: n }))
		],
		TABLE4_GROUPS.slice(1).flatMap(results),
		TABLE4_ROW.cols.map((c) => valueCell(record, `${TABLE4_ROW.path}.${c.key}`))
	];
	return { id: 'table4', width, rows };
}

/** The three tables of a record, in report order. */
export const recordGrids = (record: AnnualReport): Grid[] => [
	table2Grid(record),
	table3Grid(record),
	table4Grid(record)
];

/** Every cell path a rendering of this layout prints, in order: all cell paths but the derived 2021 （六） subtotal. */
export function printedCellPaths(layout: { table2: Layout; table3: Layout }): string[] {
	const paths: string[] = [];
	for (const block of table2Blocks(layout.table2))
		for (const row of block.rows) for (const c of row.cols) paths.push(`${row.path}.${c.key}`);
	for (const r of table3Rows(layout.table3))
		for (const c of APPLICANT_COLS) paths.push(`${r.path}.${c.key}`);
	for (const c of TABLE4_ROW.cols) paths.push(`${TABLE4_ROW.path}.${c.key}`);
	return paths;
}
