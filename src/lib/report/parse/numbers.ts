/**
 * Reading cell text, and splitting a crawler-glued run of digits into the template's cells.
 *
 * A glued row ("1000001", "160 02 0 018") is split only where the template's structure makes the split certain:
 * the number of cells, no leading zeros, whitespace as a boundary, and, where needed, the row's own total.
 */
import type { ColType } from '../template';

/** Blank markers agencies print instead of a number. Blank is not zero: these read as null. */
const BLANK = /^(?:\/|／|—+|–|-|－|无|空|\\)$/;

export interface CellRead {
	value: number | null;
	/** false when the text is neither a number of the column's type nor blank. */
	readable: boolean;
}

const INT = /^[+-]?(?:0|[1-9]\d*)$/;
/** Units some reports print inside count cells ("2笔", "5件"). */
const COUNT_UNIT = /(?:件|个|项|笔|条|次)$/;
export const COUNT_UNITS = '件个项笔条次';

/** Reads one cell's text (already whitespace-trimmed and folded) as a value of the column's type. */
const ZERO: CellRead = { value: 0, readable: true };

export function readCell(text: string, type: ColType): CellRead {
	if (text === '0') return ZERO;
	const t = text.replace(/\s+/g, '');
	if (t === '' || BLANK.test(t)) return { value: null, readable: true };
	if (type === 'signed') {
		const m = /^([+\-增减]?)(\d+)$/.exec(t);
		if (m && INT.test(m[2]!) ) {
			const v = Number(m[2]);
			return { value: m[1] === '-' || m[1] === '减' ? -v : v, readable: true };
		}
		return { value: null, readable: false };
	}
	if (type === 'amount') {
		const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)(万元|元)?$/.exec(t);
		if (!m) return { value: null, readable: false };
		return { value: Number(m[1]!.replace(/,/g, '')), readable: true };
	}
	const c = t.replace(/^(\d{1,3}(?:,\d{3})+)$/, (x) => x.replace(/,/g, '')).replace(COUNT_UNIT, '');
	if (/^\d+$/.test(c)) return { value: Number(c), readable: true };
	return { value: null, readable: false };
}

/** The unit an amount cell carries, if any. */
export function amountUnit(text: string): '元' | '万元' | null {
	const m = /(万元|元)\s*$/.exec(text);
	return m ? (m[1] as '元' | '万元') : null;
}

const TOKEN_BLANK = ['——', '—', '/', '-'];

/** The tokens a column of this type can take at position `p` of `seg` (longest last). */
function tokensAt(seg: string, p: number, type: ColType): string[] {
	const out: string[] = [];
	for (const b of TOKEN_BLANK) {
		// A lone '-' before a digit is a minus sign, not a blank cell ("1-10" is 1 | -1 | 0).
		if (seg.startsWith(b, p) && !(b === '-' && /\d/.test(seg[p + 1] ?? ''))) out.push(b);
	}
	let q = p;
	if (type === 'signed' && /[+\-增减]/.test(seg[q] ?? '')) q++;
	const c = seg[q];
	if (c === undefined || c < '0' || c > '9') return out;
	if (c === '0') {
		pushAmountForms(out, seg, p, q + 1, type);
		return out;
	}
	let e = q + 1;
	while (e <= seg.length) {
		pushAmountForms(out, seg, p, e, type);
		const d = seg[e];
		if (d === undefined || d < '0' || d > '9') break;
		e++;
	}
	return out;
}

/** Adds the integer token seg[p,e) and, for amounts, its decimal and unit extensions. */
function pushAmountForms(out: string[], seg: string, p: number, e: number, type: ColType): void {
	const forms = [e];
	if (type === 'amount') {
		if (seg[e] === '.' && /\d/.test(seg[e + 1] ?? '')) {
			let f = e + 1;
			while (/\d/.test(seg[f] ?? '')) f++;
			forms.push(f);
		}
		for (const end of [...forms]) {
			if (seg.startsWith('万元', end)) forms.push(end + 2);
			else if (seg[end] === '元') forms.push(end + 1);
		}
	}
	const unit = seg[e];
	if (type === 'count' && unit !== undefined && COUNT_UNITS.includes(unit)) forms.push(e + 1);
	for (const end of forms) out.push(seg.slice(p, end));
}

/**
 * Cap on listed splits. Real rows have a handful; past this a row is ambiguous anyway, and its certain cells are
 * found by {@link possibleTokens} instead of by listing every split.
 */
export const MAX_SPLITS = 2000;

/**
 * Every way to cut the segments (whitespace-separated runs) into exactly `types.length` cells, in order.
 * A cell never spans two segments. Returns at most MAX_SPLITS + 1 splits.
 */
export function enumerateSplits(segments: readonly string[], types: readonly ColType[]): string[][] {
	const out: string[][] = [];
	const cur: string[] = [];
	const nCols = types.length;
	const segLen = segments.map((s) => s.length);
	const walk = (si: number, p: number, ci: number): void => {
		if (out.length > MAX_SPLITS) return;
		if (si === segments.length) {
			if (ci === nCols) out.push([...cur]);
			return;
		}
		const remainingSegs = segments.length - si;
		if (nCols - ci < remainingSegs) return;
		let remainingChars = segLen[si]! - p;
		for (let j = si + 1; j < segments.length; j++) remainingChars += segLen[j]!;
		if (nCols - ci > remainingChars) return;
		const seg = segments[si]!;
		for (const t of tokensAt(seg, p, types[ci]!)) {
			const np = p + t.length;
			cur.push(t);
			if (np === seg.length) walk(si + 1, 0, ci + 1);
			else walk(si, np, ci + 1);
			cur.pop();
		}
	};
	walk(0, 0, 0);
	return out;
}

/**
 * For each column, the distinct token texts it takes over ALL admissible splits (no listing: forward/backward
 * reachability over (segment, position, column) states). A column with one possible text is certain.
 */
export function possibleTokens(segments: readonly string[], types: readonly ColType[]): Set<string>[] {
	const nCols = types.length;
	const key = (si: number, p: number, ci: number) => `${si}:${p}:${ci}`;
	const canFinish = new Map<string, boolean>();
	const finish = (si: number, p: number, ci: number): boolean => {
		if (si === segments.length) return ci === nCols;
		if (ci === nCols) return false;
		const k = key(si, p, ci);
		const memo = canFinish.get(k);
		if (memo !== undefined) return memo;
		const seg = segments[si]!;
		let ok = false;
		for (const t of tokensAt(seg, p, types[ci]!)) {
			const np = p + t.length;
			if (np === seg.length ? finish(si + 1, 0, ci + 1) : finish(si, np, ci + 1)) {
				ok = true;
				break;
			}
		}
		canFinish.set(k, ok);
		return ok;
	};
	const sets = types.map(() => new Set<string>());
	const seen = new Set<string>();
	const walk = (si: number, p: number, ci: number): void => {
		if (si === segments.length || ci === nCols) return;
		const k = key(si, p, ci);
		if (seen.has(k)) return;
		seen.add(k);
		const seg = segments[si]!;
		for (const t of tokensAt(seg, p, types[ci]!)) {
			const np = p + t.length;
			const [nsi, npos] = np === seg.length ? [si + 1, 0] : [si, np];
			if (!finish(nsi, npos, ci + 1)) continue;
			sets[ci]!.add(t);
			walk(nsi, npos, ci + 1);
		}
	};
	if (finish(0, 0, 0)) walk(0, 0, 0);
	return sets;
}
