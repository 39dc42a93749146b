/**
 * The report as HTML tables, merged the way agencies publish them (113.html / 104.html): table 二 as one 4-column table
 * (block headings span 4 columns, single-value rows span 3), table 三 with the 3×3 corner and group rowspans, table 四
 * with its 3-row header. Every value cell carries `data-path` (the dictionary cell path) for the UI to highlight.
 * All report text is escaped.
 */
import type { AnnualReport } from '../schema';
import { escapeHtml } from './escape';
import { recordGrids, type Grid, type GridCell } from './grid';
import { NOTHING_TEXT, OVERVIEW_TEXT, SECTION_HEADINGS, reportTitle } from './sections';

function td(cell: GridCell): string {
	let attrs = '';
	if ((cell.colspan ?? 1) > 1) attrs += ` colspan="${cell.colspan}"`;
	if ((cell.rowspan ?? 1) > 1) attrs += ` rowspan="${cell.rowspan}"`;
	if (cell.path !== undefined) attrs += ` data-path="${escapeHtml(cell.path)}"`;
	return `<td${attrs}>${escapeHtml(cell.text)}</td>`;
}

/** One table: `<table class="gk-table gk-table3">`, one `<tr>` per line. */
export function gridToHtml(grid: Grid): string {
	const rows = grid.rows.map((row) => `<tr>${row.map(td).join('')}</tr>`);
	return `<table class="gk-table gk-${grid.id}"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** Just the three tables (二, 三, 四), for embedding in the UI. */
export function renderTablesHtml(record: AnnualReport): string {
	return recordGrids(record).map(gridToHtml).join('\n');
}

export interface RenderHtmlOptions {
	/** Wrap in a complete `<!DOCTYPE html>` document with a `<title>`. Default: a body fragment. */
	document?: boolean;
}

/** The whole report (title, six sections, three tables) as HTML; see {@link renderTablesHtml} for the tables alone. */
export function renderHtml(record: AnnualReport, opts: RenderHtmlOptions = {}): string {
	const [t2, t3, t4] = recordGrids(record).map(gridToHtml);
	const h = SECTION_HEADINGS;
	const name = escapeHtml(record.agency.name);
	const title = escapeHtml(reportTitle(record));
	const heading = (text: string) => `<h2>${escapeHtml(text)}</h2>`;
	const para = (text: string) => `<p>${escapeHtml(text)}</p>`;
	const body = [
		`<header><p class="gk-agency">${name}</p><h1>${title}</h1></header>`,
		heading(h.overview),
		para(OVERVIEW_TEXT),
		heading(h.proactive),
		t2,
		heading(h.applications),
		t3,
		heading(h.reviewLitigation),
		t4,
		heading(h.problems),
		para(NOTHING_TEXT),
		heading(h.other),
		para(NOTHING_TEXT)
	].join('\n');
	if (!opts.document) return body;
	return (
		`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}${title}</title></head>` +
		`<body>\n${body}\n</body></html>`
	);
}
