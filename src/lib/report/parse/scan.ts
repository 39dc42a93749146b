/**
 * The scanner's view of a stream: the text without whitespace or boundaries ("compact"), folded per character
 * (NFKC: full-width digits, parentheses, colons and dots become ASCII), and for each compact character what
 * separated it from the previous one. Labels are matched on the compact text, so spaces inside labels
 * ("结果 纠正") do not matter; values are split using the recorded boundaries.
 */
import { CELL, ROW, type Stream } from './text-stream';

export interface Scan {
	/** Compact, folded text. */
	s: string;
	/** For each compact char: whitespace seen before it (1) or not (0). */
	space: Uint8Array;
	/** For each compact char: number of cell starts seen since the previous char (after a row boundary, if any). */
	cells: Uint16Array;
	/** For each compact char after a row boundary: cell starts seen before that boundary (trailing empty cells). */
	cellsBeforeRow: Uint16Array;
	/** For each compact char: a row/line/block boundary seen since the previous char (1) or not (0). */
	rows: Uint8Array;
	/** For each compact char: its index in the stream text (for raw slices). */
	pos: Uint32Array;
	/** The stream text. */
	text: string;
}

/** Folded code per UTF-16 code unit, filled lazily (0 = not computed yet). */
const foldTable = new Uint16Array(65536);

/** NFKC of one character when it stays one character (keeps positions 1:1); the character otherwise. */
export function fold(ch: string): string {
	return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}

function foldCode(code: number): number {
	// ASCII and CJK unified ideographs are their own NFKC form: the common case, no lookup.
	if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return code;
	let f = foldTable[code]!;
	if (f === 0) {
		const ch = String.fromCharCode(code);
		const n = ch.normalize('NFKC');
		f = n.length === 1 ? n.charCodeAt(0) : code;
		foldTable[code] = f;
	}
	return f;
}

/** JavaScript's \s, on a (folded) code unit. */
function isSpace(c: number): boolean {
	return (
		c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

const utf16 = new TextDecoder('utf-16le');

/**
 * Scan buffers, reused from one parse to the next (parsing is synchronous and a Scan never outlives its parse), so
 * ingesting thousands of reports does not allocate six arrays per report. Every index a scan reads is written first.
 */
let pool: {
	out: Uint16Array;
	space: Uint8Array;
	cells: Uint16Array;
	cellsBeforeRow: Uint16Array;
	rows: Uint8Array;
	pos: Uint32Array;
} | null = null;
function buffers(size: number) {
	if (!pool || pool.out.length < size) {
		const n = Math.max(size, 1 << 15);
		pool = {
			out: new Uint16Array(n),
			space: new Uint8Array(n),
			cells: new Uint16Array(n),
			cellsBeforeRow: new Uint16Array(n),
			rows: new Uint8Array(n),
			pos: new Uint32Array(n)
		};
	}
	return pool;
}

const CELL_CODE = CELL.charCodeAt(0);
const ROW_CODE = ROW.charCodeAt(0);

/** Scans the stream from `from` (a stream index; the tables never start before table 二's first block). */
export function scan(stream: Stream, from = 0): Scan {
	const text = stream.text;
	const n = text.length;
	const size = n - from;
	const buf = buffers(size + 1);
	const { out, space, cells, cellsBeforeRow, rows, pos } = buf;
	let k = 0;
	let sp = 0;
	let ce = 0;
	let pre = 0;
	let ro = 0;
	for (let i = from; i < n; i++) {
		const code = text.charCodeAt(i);
		if (code === CELL_CODE) {
			ce++;
			continue;
		}
		if (code === ROW_CODE || code === 10) {
			pre += ce;
			ce = 0;
			ro = 1;
			continue;
		}
		const f = foldCode(code);
		if (isSpace(f)) {
			sp = 1;
			continue;
		}
		out[k] = f;
		space[k] = sp;
		cells[k] = ce;
		cellsBeforeRow[k] = pre;
		rows[k] = ro;
		pos[k] = i;
		k++;
		sp = 0;
		ce = 0;
		pre = 0;
		ro = 0;
	}
	space[k] = sp;
	cells[k] = ce;
	cellsBeforeRow[k] = pre;
	rows[k] = ro;
	pos[k] = n;
	return {
		s: utf16.decode(out.subarray(0, k)),
		space: space.subarray(0, k + 1),
		cells: cells.subarray(0, k + 1),
		cellsBeforeRow: cellsBeforeRow.subarray(0, k + 1),
		rows: rows.subarray(0, k + 1),
		pos: pos.subarray(0, k + 1),
		text
	};
}

/** The stream text behind compact chars [a, b), trimmed: what the report printed there. */
export function rawSlice(sc: Scan, a: number, b: number): string {
	if (b <= a) return '';
	return sc.text
		.slice(sc.pos[a]!, sc.pos[b - 1]! + 1)
		.replace(/[\u001E\u001F]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** First match of `re` in the compact text at or after `from` and starting before `to`. */
const globals = new Map<string, RegExp>();
export function find(sc: Scan, re: RegExp, from: number, to = sc.s.length): { start: number; end: number } | null {
	let g = globals.get(re.source);
	if (!g) {
		g = new RegExp(re.source, 'g');
		globals.set(re.source, g);
	}
	g.lastIndex = from;
	const m = g.exec(sc.s);
	if (!m || m.index >= to) return null;
	return { start: m.index, end: m.index + m[0].length };
}
