/**
 * Finding the template's rows in a scanned report and reading their cells.
 *
 * Row labels are looked up in template order. A row's values lie between its label and the next label found.
 * Where the source has real cells (HTML, one cell per line, '|' rows) the cells are taken as they are. Where a
 * crawler glued the cells together, the run of digits is split by {@link enumerateSplits} and the split is kept
 * only when it is certain (see numbers.ts); cells that admissible splits disagree on stay null.
 */
import type { Cell, SplitNote } from '../schema';
import type { ColDef, ColType, RowDef } from '../template';
import { COUNT_UNITS, enumerateSplits, MAX_SPLITS, possibleTokens, readCell } from './numbers';
import { find, rawSlice, type Scan } from './scan';

export interface LocatedRow {
	row: RowDef;
	start: number;
	end: number;
}

/** How many following rows a label match is checked against (see locateRows). */
const LOOKAHEAD = 4;

/**
 * Finds each row label in order within [from, to). Rows whose label is not found are returned as null.
 * A label found only after a later row's label is not that row (the report does not print it: e.g. a missing
 * 规章 row must not match the word 规章 in text after the table), so it is treated as not found.
 */
export function locateRows(sc: Scan, rows: readonly RowDef[], from: number, to: number): (LocatedRow | null)[] {
	let cursor = from;
	return rows.map((row, i) => {
		const m = find(sc, row.label, cursor, to);
		if (!m) return null;
		for (const later of rows.slice(i + 1, i + 1 + LOOKAHEAD)) {
			const l = find(sc, later.label, cursor, m.start);
			if (l) return null;
		}
		cursor = m.end;
		return { row, start: m.start, end: m.end };
	});
}

/** A row's own arithmetic: for each group, the index of its total and of its parts. */
export interface TotalGroup {
	total: number;
	parts: number[];
}

export interface RowRead {
	cells: Cell[];
	split: SplitNote | null;
	/** Indexes of totals whose value chose the split. */
	totalsUsed: number[];
	/** Indexes of cells whose text is not readable as the column's type. */
	unreadable: number[];
	/** The row printed no value at all. */
	empty: boolean;
}

const DIGIT = /[0-9]/;

const valueCharSets = new Map<string, string>();
/** The characters a glued value run of these columns may contain (digits, blank markers, signs, units). */
function valueChars(types: readonly ColType[]): string {
	const key = types.join();
	let set = valueCharSets.get(key);
	if (set === undefined) {
		set = `0123456789./—–-${types.includes('signed') ? '+增减' : ''}${types.includes('amount') ? '元万' : ''}${types.includes('count') ? COUNT_UNITS : ''}`;
		valueCharSets.set(key, set);
	}
	return set;
}

/** Reads the cells of a row whose label ends at `labelEnd`; its values end before `regionEnd`. */
export function readRow(
	sc: Scan,
	cols: readonly ColDef[],
	labelEnd: number,
	regionEnd: number,
	structured: boolean,
	groups: readonly TotalGroup[],
	rowPath: string,
	startsRow = false
): RowRead {
	const types = cols.map((c) => c.type);
	if (structured) {
		const ranges = cellRanges(sc, labelEnd, regionEnd, startsRow);
		if (ranges) return readStructured(sc, cols, ranges, rowPath);
	}
	return readGlued(sc, types, labelEnd, regionEnd, groups, rowPath, cols);
}

/**
 * Cell ranges (compact indexes) after the label, up to the end of the source row; null if there are none.
 * `startsRow`: `from` is the first character of a row of values (table 四), not the end of a label.
 */
function cellRanges(sc: Scan, from: number, to: number, startsRow: boolean): [number, number][] | null {
	const ranges: [number, number][] = [];
	let cur: [number, number] | null = null;
	for (let k = from; k <= to; k++) {
		if (k === to || (sc.rows[k] && !(startsRow && k === from))) {
			// Cells opened after the last character of the row are empty cells at its end.
			const trailing = sc.rows[k] ? sc.cellsBeforeRow[k]! : Math.max(0, sc.cells[k]! - 1);
			if (trailing > 0) {
				if (cur) ranges.push(cur);
				cur = null;
				for (let e = 0; e < trailing; e++) ranges.push([k, k]);
			}
			break;
		}
		const c = sc.cells[k]!;
		if (c > 0) {
			if (cur) ranges.push(cur);
			for (let e = 1; e < c; e++) ranges.push([k, k]);
			cur = [k, k];
		}
		if (cur) cur[1] = k + 1;
	}
	if (cur) ranges.push(cur);
	return ranges.length ? ranges : null;
}

function readStructured(sc: Scan, cols: readonly ColDef[], ranges: [number, number][], rowPath: string): RowRead {
	const texts = ranges.map(([a, b]) => rawSlice(sc, a, b));
	while (texts.length > cols.length && texts[texts.length - 1] === '') texts.pop();
	if (texts.length !== cols.length) {
		const raw = texts.join(' | ');
		return unresolvedRow(cols, raw, rowPath, 'none', 0, cols.map((_, i) => i));
	}
	const unreadable: number[] = [];
	const cells = texts.map((raw, i) => {
		const r = readCell(raw, cols[i]!.type);
		if (!r.readable) unreadable.push(i);
		return { value: r.value, raw };
	});
	return { cells, split: null, totalsUsed: [], unreadable, empty: texts.every((t) => t === '') };
}

function unresolvedRow(
	cols: readonly ColDef[],
	raw: string,
	rowPath: string,
	reason: SplitNote['reason'],
	candidates: number,
	unresolved: number[],
	known: (Cell | null)[] = []
): RowRead {
	const cells = cols.map((_, i) => known[i] ?? { value: null, raw });
	return {
		cells,
		split: {
			row: rowPath,
			raw,
			reason,
			candidates,
			unresolved: unresolved.map((i) => `${rowPath}.${cols[i]!.key}`)
		},
		totalsUsed: [],
		unreadable: [],
		empty: false
	};
}

/** The whitespace-separated runs of value text in [from, to), after skipping leftover label text. */
function gluedSegments(sc: Scan, types: readonly ColType[], from: number, to: number) {
	const vc = valueChars(types);
	const str = sc.s;
	let i = from;
	while (i < to && !VALUE_START.includes(str[i]!)) i++;
	let j = i;
	while (j < to && vc.includes(str[j]!)) j++;
	// A numbering prefix of the next label ("…0000002." before "2.其他法律…") is not a value.
	if (j < to && /[.、,]/.test(str[j - 1] ?? '') && DIGIT.test(str[j - 2] ?? '')) j -= 2;
	// Nor is a year that starts the text after the table ("行政事业性收费0" + "2025年，我局…").
	if (j < to && str[j] === '年' && j - 4 >= i && /^(?:19|20)\d\d$/.test(str.slice(j - 4, j))) j -= 4;
	const segments: string[] = [];
	let a = i;
	for (let k = i + 1; k <= j; k++) {
		if (k === j || sc.space[k] || sc.rows[k] || sc.cells[k]) {
			if (k > a) segments.push(str.slice(a, k));
			a = k;
		}
	}
	return { segments, raw: () => rawSlice(sc, i, j) };
}

/** Characters a value run can start with. */
const VALUE_START = '0123456789/—–-+增减';

function readGlued(
	sc: Scan,
	types: readonly ColType[],
	from: number,
	to: number,
	groups: readonly TotalGroup[],
	rowPath: string,
	cols: readonly ColDef[]
): RowRead {
	const { segments, raw: rawOf } = gluedSegments(sc, types, from, to);
	if (segments.length === 0) {
		return { cells: cols.map(() => ({ value: null, raw: '' })), split: null, totalsUsed: [], unreadable: [], empty: true };
	}
	const direct = directSplit(segments, types);
	if (direct) {
		return { cells: direct.map((t, i) => ({ value: readCell(t, types[i]!).value, raw: t })), split: null, totalsUsed: [], unreadable: [], empty: false };
	}
	let cands = enumerateSplits(segments, types);
	const all = cols.map((_, i) => i);
	const raw = rawOf();
	if (cands.length === 0) return unresolvedRow(cols, raw, rowPath, 'none', 0, all);
	if (cands.length > MAX_SPLITS) {
		// Too many splits to list (long runs of digits): keep only the cells every split agrees on.
		const sets = possibleTokens(segments, types);
		const known = sets.map((set, i) => {
			const only = set.size === 1 ? [...set][0]! : null;
			return only === null ? null : { value: readCell(only, types[i]!).value, raw: only };
		});
		const unresolved = all.filter((i) => known[i] === null);
		return unresolvedRow(cols, raw, rowPath, 'ambiguous', cands.length, unresolved, known);
	}
	const memo = new Map<string, number | null>();
	const valueOf = (t: string, i: number) => {
		const k = `${types[i]}${t}`;
		let v = memo.get(k);
		if (v === undefined) {
			v = readCell(t, types[i]!).value;
			memo.set(k, v);
		}
		return v;
	};
	const vals = new Map<string[], (number | null)[]>();
	const values = (c: string[]) => {
		let v = vals.get(c);
		if (!v) {
			v = c.map(valueOf);
			vals.set(c, v);
		}
		return v;
	};
	const totalsUsed: number[] = [];
	let inconsistent = false;
	for (const g of groups) {
		if (cands.length < 2) break;
		const ok = cands.filter((c) => {
			const v = values(c);
			const t = v[g.total];
			return t != null && g.parts.every((p) => v[p] != null) && g.parts.reduce((s, p) => s + v[p]!, 0) === t;
		});
		if (ok.length === 0) inconsistent = true;
		else if (ok.length < cands.length) {
			cands = ok;
			totalsUsed.push(g.total);
		}
	}
	const first = cands[0]!;
	const agreed = first.map((t, i) => cands.every((c) => c[i] === t));
	const cells: (Cell | null)[] = first.map((t, i) =>
		agreed[i] ? { value: readCell(t, types[i]!).value, raw: t } : null
	);
	if (agreed.every(Boolean)) {
		return { cells: cells as Cell[], split: null, totalsUsed, unreadable: [], empty: false };
	}
	const unresolved = all.filter((i) => !agreed[i]);
	const r = unresolvedRow(cols, raw, rowPath, inconsistent ? 'inconsistent' : 'ambiguous', cands.length, unresolved, cells);
	r.totalsUsed = totalsUsed;
	return r;
}

const DIGITS = /^\d+$/;

/**
 * The split when it is forced without search (the common case, and a fast path for ingest speed): one digit per
 * cell, or one whitespace-separated run per cell that is itself a valid cell. Anything else goes to the search.
 */
function directSplit(segments: readonly string[], types: readonly ColType[]): string[] | null {
	const n = types.length;
	let chars = 0;
	for (const seg of segments) chars += seg.length;
	if (chars === n && segments.every((seg) => DIGITS.test(seg))) return segments.join('').split('');
	if (segments.length === n && segments.every((seg, i) => readCell(seg, types[i]!).readable && isToken(seg, types[i]!))) {
		return [...segments];
	}
	return null;
}

/** A run that a column can take whole: a number without a leading zero (or 0), with the column's sign/unit. */
function isToken(seg: string, type: ColType): boolean {
	const body = type === 'signed' ? seg.replace(/^[+\-增减]/, '') : seg;
	const digits = type === 'amount' ? body.replace(/(?:万元|元)$/, '').replace(/\.\d+$/, '') : body;
	return DIGITS.test(digits) && (digits === '0' || digits[0] !== '0');
}
