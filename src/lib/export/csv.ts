/**
 * CSV for people who open it in Excel or WPS (RFC 4180): comma-separated, CRLF line ends, every field that needs
 * it quoted, a UTF-8 byte-order mark so Chinese headers and names are read as UTF-8. Pure.
 *
 * Values are written as they are: numbers unformatted (no thousands separators), null as an empty field (blank is
 * not zero), booleans as true/false, arrays joined with `;`. A text field that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at its start) is prefixed with `'` (OWASP "CSV injection"); numbers are never touched.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export const CSV_BOM = '\uFEFF';

const FORMULA = /^[=+\-@\t\r]/;

/** One field, quoted when it contains a comma, a quote or a line break (or starts/ends with a space). */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	let s = Array.isArray(value) ? value.join(';') : String(value);
	if (FORMULA.test(s)) s = `'${s}`;
	return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A whole file: the header row, then one line per row (each row as long as the header). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], opts: { bom?: boolean } = {}): string {
	const lines = [header.map(csvField).join(',')];
	for (const [i, row] of rows.entries()) {
		if (row.length !== header.length) throw new Error(`CSV: row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
		lines.push(row.map(csvField).join(','));
	}
	return `${opts.bom === false ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses what toCsv writes (and RFC 4180 CSV in general) back into rows of strings; for tests and imports. */
export function parseCsv(text: string): string[][] {
	const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < src.length; i++) {
		const c = src[i]!;
		if (quoted) {
			if (c === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
			if (c === '\r') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
