/**
 * Every input form becomes one "stream": the document's text with explicit cell and row boundaries where the
 * source has them (HTML cells, one-cell-per-line text, '|' rows) and none where a crawler glued cells together.
 */

/** Starts a table cell. */
export const CELL = '\u001F';
/** Ends a table row or a block of text. */
export const ROW = '\u001E';

export type TableForm = 'html' | 'lines' | 'pipes' | 'glued';

export interface Stream {
	text: string;
	form: TableForm;
}

const TAB_LINE = /^\t/;

/** Strips a researcher's leading `#` comment lines (provenance notes prepended to archived excerpts). */
function dropLeadingComments(text: string): string {
	let i = 0;
	while (text.startsWith('#', i)) {
		const nl = text.indexOf('\n', i);
		if (nl < 0) return '';
		i = nl + 1;
	}
	return text.slice(i);
}

/** Builds the stream of a plain-text report, recognising its table form from the text itself. */
export function textStream(raw: string): Stream {
	const text = dropLeadingComments(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	const lines = text.split('\n');
	let tabbed = 0;
	let piped = 0;
	for (const l of lines) {
		if (TAB_LINE.test(l)) tabbed++;
		else if (/\|\s*$/.test(l) && l.includes('|')) piped++;
	}
	if (tabbed >= 40) {
		const out = lines.map((l) => (TAB_LINE.test(l) ? CELL + l.slice(1) : ROW + l + ROW));
		return { text: out.join(''), form: 'lines' };
	}
	if (piped >= 10) {
		const out = lines.map((l) => {
			if (!/\|\s*$/.test(l)) return ROW + l + ROW;
			const cells = l.replace(/\|\s*$/, '').split('|');
			return ROW + cells.map((c) => CELL + c).join('') + ROW;
		});
		return { text: out.join(''), form: 'pipes' };
	}
	return { text: lines.join(ROW), form: 'glued' };
}
