/**
 * The plain-text ("seed", tableForm `lines`) form of a report: one cell per line, each cell line starting with a TAB,
 * an empty cell as a lone TAB line, table rows separated by an empty line, headings on their own lines (see
 * ../shared/reports/000.txt). Cells covered by a rowspan from above print as one empty cell each, at their position.
 */
import type { AnnualReport } from '../schema';
import { recordGrids, type Grid } from './grid';
import { NOTHING_TEXT, OVERVIEW_TEXT, SECTION_HEADINGS, reportTitle } from './sections';

/** A cell's text on one line: line breaks and tabs inside it would break the format, so they become spaces. */
const oneLine = (text: string): string => text.replace(/[\t\r\n\u2028\u2029]/g, ' ');

/**
 * The cell texts of each row as the text form prints them: the cells that start in the row, plus an empty cell for
 * every merged cell from an earlier row that covers this row (once per merged cell, whatever its colspan).
 */
export function gridTextRows(grid: Grid): string[][] {
	/** Per start column of an open rowspan: rows it still covers and its width. */
	const open = new Map<number, { rows: number; width: number }>();
	return grid.rows.map((row, r) => {
		const out: string[] = [];
		let col = 0;
		let i = 0;
		while (col < grid.width) {
			const span = open.get(col);
			if (span) {
				out.push('');
				if (--span.rows === 0) open.delete(col);
				col += span.width;
				continue;
			}
			const cell = row[i++];
			if (!cell) throw new Error(`${grid.id} row ${r}: ${col} of ${grid.width} columns filled`);
			const width = cell.colspan ?? 1;
			if ((cell.rowspan ?? 1) > 1) open.set(col, { rows: cell.rowspan! - 1, width });
			out.push(cell.text);
			col += width;
		}
		if (i !== row.length) throw new Error(`${grid.id} row ${r}: wider than ${grid.width} columns`);
		return out;
	});
}

/** One table in the text form: rows of TAB-prefixed cell lines, separated by empty lines. */
export function gridToText(grid: Grid): string {
	return gridTextRows(grid)
		.map((cells) => cells.map((t) => `\t${oneLine(t)}`).join('\n'))
		.join('\n\n');
}

/**
 * The whole report in the seed's text form: agency name, title, the six sections with the three tables in the
 * record's layouts. Every cell prints its `raw` text as stored; the derived 2021 （六） subtotal is not printed.
 * Narrative figures are not rendered (sections 一, 五, 六 carry neutral text without digits).
 */
export function renderText(record: AnnualReport): string {
	const [t2, t3, t4] = recordGrids(record).map(gridToText);
	const h = SECTION_HEADINGS;
	// A table ends with its last row's separator plus one more empty line, as in the seed.
	const parts = [
		oneLine(record.agency.name),
		reportTitle(record),
		'',
		h.overview,
		'',
		OVERVIEW_TEXT,
		'',
		h.proactive,
		'',
		t2,
		'',
		'',
		h.applications,
		'',
		t3,
		'',
		'',
		h.reviewLitigation,
		'',
		t4,
		'',
		'',
		h.problems,
		'',
		NOTHING_TEXT,
		'',
		h.other,
		'',
		NOTHING_TEXT,
		''
	];
	return parts.join('\n');
}
