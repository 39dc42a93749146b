/**
 * Shared plumbing of the consistency rules: the rule shapes, the finding builder, value helpers and the
 * cross-year grouping. Pure; imports only ../schema and ../paths.
 *
 * Rules run on every ingested record (budget: parse + validate ≥ 2,000 reports/s on one core, DESIGN.md §6), so
 * path lists are built once per layout and path strings are split once, not per record.
 */
import type { AnnualReport, Cell, Finding, Layout, RuleId, Severity } from '../schema';
import { cellPaths } from '../paths';

export interface Text {
	zh: string;
	en: string;
}

/** What the UI and the docs show about a rule. `severity` is the strongest severity the rule emits. */
export interface RuleInfo {
	id: RuleId;
	severity: Severity;
	/** `record`: looks at one report; `set`: compares reports of the same agency across years. */
	scope: 'record' | 'set';
	description: Text;
}

export interface RecordRule extends RuleInfo {
	scope: 'record';
	check: (record: AnnualReport) => Finding[];
}

export interface SetOptions {
	/** YYYY-MM-DD: "today" for MISSING, so that a report not yet due is not reported missing. */
	asOf?: string | undefined;
}

export interface SetRule extends RuleInfo {
	scope: 'set';
	check: (records: readonly AnnualReport[], opts: SetOptions) => Finding[];
}

export interface FindingInput {
	paths: string[];
	expected: number | string | null;
	actual: number | string | null;
	zh: string;
	en: string;
	/** Overrides the rule's severity (rules that emit a milder note in some cases). */
	severity?: Severity;
	/** Overrides the record's year (MISSING reports the year after its record). */
	year?: number;
}

/** A finding of `rule` about `record`. */
export function finding(rule: RuleInfo, record: AnnualReport, f: FindingInput): Finding {
	return {
		rule: rule.id,
		severity: f.severity ?? rule.severity,
		recordId: record.id,
		agencyId: record.agency.id,
		year: f.year ?? record.year,
		paths: f.paths,
		expected: f.expected,
		actual: f.actual,
		message: { zh: f.zh, en: f.en }
	};
}


/** The cell at a dictionary path (like ../paths cellAt, with the split path cached). */
export function cellOf(record: AnnualReport, path: string): Cell | undefined {
	return cellIndex(record).get(path);
}

/**
 * Every cell of a record by path, built once per record: the rules look up over a thousand paths per record, and a
 * map lookup of an already-hashed path string is far cheaper than walking the object tree each time.
 */
const indexes = new WeakMap<AnnualReport, Map<string, Cell>>();
const pathKeys = new Map<string, readonly string[]>();
function cellIndex(record: AnnualReport): Map<string, Cell> {
	let index = indexes.get(record);
	if (!index) {
		index = new Map();
		// The layout's cell paths are memoised strings (already hashed), split once per process.
		for (const path of recordCellPaths(record)) {
			let keys = pathKeys.get(path);
			if (!keys) pathKeys.set(path, (keys = path.split('.')));
			let cur: unknown = record;
			for (const k of keys) cur = cur === null || typeof cur !== 'object' ? undefined : (cur as Record<string, unknown>)[k];
			if (cur !== null && typeof cur === 'object' && 'raw' in cur) index.set(path, cur as Cell);
		}
		indexes.set(record, index);
	}
	return index;
}

/** A cell's value; null when blank or absent. */
export const valueOf = (record: AnnualReport, path: string): number | null =>
	cellOf(record, path)?.value ?? null;

/** Memoises a function of a layout (or of a table's layout) by its value. */
export function perLayout<K extends string, V>(f: (key: K) => V): (key: K) => V {
	const memo = new Map<K, V>();
	return (key) => {
		let v = memo.get(key);
		if (v === undefined) memo.set(key, (v = f(key)));
		return v;
	};
}

const allCells = perLayout((key: `${Layout}/${Layout}`) => {
	const [table2, table3] = key.split('/') as [Layout, Layout];
	return cellPaths({ table2, table3 });
});

/** Every cell path of a record's layout, in template order (../paths cellPaths, memoised). */
export const recordCellPaths = (record: AnnualReport): readonly string[] =>
	allCells(`${record.layout.table2}/${record.layout.table3}`);

/** The values at `paths`, or null when any of them is blank/absent (sums are only checked when complete). */
export function values(record: AnnualReport, paths: readonly string[]): number[] | null {
	const out: number[] = [];
	for (const p of paths) {
		const v = valueOf(record, p);
		if (v === null) return null;
		out.push(v);
	}
	return out;
}

export const sum = (xs: readonly number[]): number => tidy(xs.reduce((a, b) => a + b, 0));

/** Rounds away binary noise (0.1 + 0.2) so that decimals print as written; large values are left as they are. */
export const tidy = (x: number): number => (Math.abs(x) < 1e9 ? Math.round(x * 1e6) / 1e6 : x);

/** Equality up to float noise; counts are integers, but amounts and bad cells may not be. */
export const same = (a: number, b: number): boolean =>
	Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Reports of the same agency (`agency.id`) in consecutive years, as [year y−1, year y] pairs, ordered by agency
 * (first appearance) then year. When a set holds two records for one agency and year, the first one is used.
 */
export function consecutivePairs(records: readonly AnnualReport[]): [AnnualReport, AnnualReport][] {
	const pairs: [AnnualReport, AnnualReport][] = [];
	for (const years of byAgency(records).values()) {
		for (const [year, cur] of [...years].sort((a, b) => a[0] - b[0])) {
			const prev = years.get(year - 1);
			if (prev) pairs.push([prev, cur]);
		}
	}
	return pairs;
}

/** agency id → year → the first record of that agency and year, in input order of agencies. */
export function byAgency(records: readonly AnnualReport[]): Map<string, Map<number, AnnualReport>> {
	const out = new Map<string, Map<number, AnnualReport>>();
	for (const r of records) {
		let years = out.get(r.agency.id);
		if (!years) out.set(r.agency.id, (years = new Map()));
		if (!years.has(r.year)) years.set(r.year, r);
	}
	return out;
}
