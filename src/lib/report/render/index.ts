/** Public surface of the renderer: AnnualReport → the standard tables as text (seed form) or HTML. Pure. */
export { renderText, gridToText, gridTextRows } from './text';
export { renderHtml, renderTablesHtml, gridToHtml } from './html';
export type { RenderHtmlOptions } from './html';
export { escapeHtml } from './escape';
export { table2Grid, table3Grid, table4Grid, recordGrids, printedCellPaths, TABLE3_CORNER } from './grid';
export type { Grid, GridCell, GridId } from './grid';
export { SECTION_HEADINGS, OVERVIEW_TEXT, NOTHING_TEXT, reportTitle } from './sections';
