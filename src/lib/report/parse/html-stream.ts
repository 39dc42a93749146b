/**
 * HTML → stream, with htmlparser2 (a maintained, forgiving HTML parser that runs in Node and the browser).
 * Cells become CELL-prefixed text, rows end with ROW; paragraphs and line breaks outside tables end a block.
 * Entities are decoded by the parser (&nbsp; becomes U+00A0, which the scanner treats as whitespace).
 */
import { Parser } from 'htmlparser2';
import { CELL, ROW, type Stream } from './text-stream';

const BLOCK = new Set([
	'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article',
	'table', 'tbody', 'thead', 'tfoot', 'title', 'header', 'footer', 'blockquote', 'pre', 'hr'
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

export function htmlStream(html: string): Stream {
	const out: string[] = [];
	let cellDepth = 0;
	let skipDepth = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (SKIP.has(name)) skipDepth++;
				if (skipDepth) return;
				if (name === 'td' || name === 'th') {
					cellDepth++;
					out.push(CELL);
				} else if (name === 'tr') out.push(ROW);
				else if (BLOCK.has(name)) out.push(cellDepth ? ' ' : ROW);
			},
			ontext(text) {
				if (!skipDepth) out.push(text.replace(/[\u001E\u001F]/g, ' '));
			},
			onclosetag(name) {
				if (SKIP.has(name)) {
					skipDepth = Math.max(0, skipDepth - 1);
					return;
				}
				if (skipDepth) return;
				if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
				else if (name === 'tr') out.push(ROW);
				else if (BLOCK.has(name)) out.push(cellDepth ? ' ' : ROW);
			}
		},
		{ decodeEntities: true, lowerCaseTags: true }
	);
	parser.write(html);
	parser.end();
	return { text: out.join(''), form: 'html' };
}
