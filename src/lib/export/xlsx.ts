/**
 * A panel's rows as an XLSX workbook (write-excel-file): one sheet, a bold header row, numbers as number cells,
 * null as an empty cell (blank is not zero), text as text (never a formula). `xlsxSheet` is the pure part.
 */
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import type { Lang } from '../filters';
import { bodyRows, headerRow, type ExportColumns } from './tables';

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ , not empty. */
export function sheetName(title: string): string {
	const clean = title.replace(/[[\]:*?/\\]+/g, ' ').replace(/\s+/g, ' ').trim();
	return [...clean].slice(0, 31).join('').trim() || 'gongkai';
}

/** Header row + one row per query row. */
export function xlsxSheet<Row>(columns: ExportColumns<Row>, rows: readonly Row[], lang: Lang = 'zh'): SheetData {
	const header: XlsxCell[] = headerRow(columns, lang).map((value) => ({ value, type: String, fontWeight: 'bold' }));
	const body = bodyRows(columns, rows).map((cells) =>
		cells.map((v): XlsxCell => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String }))
	);
	return [header, ...body];
}

/** The workbook as a Blob (browser and Node). */
export function toXlsx<Row>(columns: ExportColumns<Row>, rows: readonly Row[], opts: { sheet: string; lang?: Lang }): Promise<Blob> {
	const lang = opts.lang ?? 'zh';
	const widths = headerRow(columns, lang).map((h, i) => ({ width: Math.max(10, [...h].length * 2 + 2, columns[i]!.type === 'text' ? 16 : 10) }));
	return writeXlsxFile(xlsxSheet(columns, rows, lang), { sheet: sheetName(opts.sheet), columns: widths, stickyRowsCount: 1 }).toBlob();
}
