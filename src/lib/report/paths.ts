/** Reading and writing record cells by dictionary path (`applications.newReceived.total`). */
import type { AnnualReport, Cell } from './schema';
import { TABLE4_ROW, table2Blocks, applicantRowPaths, APPLICANT_COLS } from './template';
import type { Layout } from './schema';

const splitCache = new Map<string, string[]>();
/** A dotted path's keys (cached: the same few hundred paths are split millions of times). */
function keysOf(path: string): string[] {
	let keys = splitCache.get(path);
	if (!keys) {
		keys = path.split('.');
		splitCache.set(path, keys);
	}
	return keys;
}

/** The value at a dotted path, or undefined when any step is missing. */
export function getAt(obj: unknown, path: string): unknown {
	let cur: unknown = obj;
	for (const k of keysOf(path)) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[k];
	}
	return cur;
}

/** Sets a value at a dotted path, creating plain objects on the way. */
export function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
	const keys = keysOf(path);
	let cur = obj;
	const last = keys.length - 1;
	for (let i = 0; i < last; i++) {
		const k = keys[i]!;
		const next = cur[k];
		if (next === undefined || next === null || typeof next !== 'object') cur[k] = {};
		cur = cur[k] as Record<string, unknown>;
	}
	cur[keys[last]!] = value;
}

/** The cell at a path of a record, or undefined when the record's layout has no such cell. */
export function cellAt(record: AnnualReport, path: string): Cell | undefined {
	const c = getAt(record, path) as Cell | undefined;
	return c && typeof c === 'object' && 'raw' in c ? c : undefined;
}

/** A cell's value (null when blank or absent). */
export const valueAt = (record: AnnualReport, path: string): number | null =>
	cellAt(record, path)?.value ?? null;

/** Every cell path a record of this layout carries, in template order (table 二, 三, 四). */
export function cellPaths(layout: { table2: Layout; table3: Layout }): string[] {
	const t2 = table2Blocks(layout.table2).flatMap((b) =>
		b.rows.flatMap((r) => r.cols.map((c) => `${r.path}.${c.key}`))
	);
	const t3 = applicantRowPaths(layout.table3).flatMap((p) => APPLICANT_COLS.map((c) => `${p}.${c.key}`));
	const t4 = TABLE4_ROW.cols.map((c) => `${TABLE4_ROW.path}.${c.key}`);
	return [...t2, ...t3, ...t4];
}
