/** The "data table" twin of a chart: the same rows as text, for screen readers and for copying. */
export interface DataTable {
	columns: string[];
	/** Cells as display text; the first column is the row header. */
	rows: string[][];
	/** Which columns are numeric (right-aligned). */
	numeric: boolean[];
}
