/**
 * The agency list's rows as the table shows them, and their order (the `sort` and `dir` URL parameters of
 * /agencies). Pure: agency-list rows in, rows out; blank values sort last in either direction.
 */
import type { agencyList, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { LOCALE } from '../i18n';
import type { AgencyKind, AgencyLevel } from '../report/schema';

export type AgencyListRow = RowOf<typeof agencyList>;

export const SORT_KEYS = ['name', 'region', 'level', 'kind', 'category', 'reports', 'latest', 'findings'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface Sort {
	key: SortKey;
	dir: SortDir;
}

/** The query's own order: most reports first. */
export const DEFAULT_SORT: Sort = { key: 'reports', dir: 'desc' };
/** Numbers are read largest first, text A→Z, when a header is first clicked. */
export const firstDir = (key: SortKey): SortDir => (key === 'reports' || key === 'latest' || key === 'findings' ? 'desc' : 'asc');

/** URL parameters → a sort (unknown values fall back to the default). */
export function parseSort(key: string | null, dir: string | null): Sort {
	const k = (SORT_KEYS as readonly string[]).includes(key ?? '') ? (key as SortKey) : DEFAULT_SORT.key;
	const d = dir === 'asc' || dir === 'desc' ? dir : k === DEFAULT_SORT.key ? DEFAULT_SORT.dir : firstDir(k);
	return { key: k, dir: d };
}

/** The sort after clicking a header: the same column flips, another column starts at its natural direction. */
export const nextSort = (current: Sort, key: SortKey): Sort =>
	current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDir(key) };

/** The URL parameters of a sort (none for the default). */
export const sortParams = (s: Sort): { sort: string | null; dir: string | null } =>
	s.key === DEFAULT_SORT.key && s.dir === DEFAULT_SORT.dir ? { sort: null, dir: null } : { sort: s.key, dir: s.dir };

/** The latest year with a report in the range and its new applications (null when its cell is blank). */
export function latestOf(row: AgencyListRow): { year: number; value: number | null } | null {
	const p = row.series.at(-1);
	return p ? { year: p.year, value: p.new_received } : null;
}

/** Province / city / county, each named once (a county-level city may repeat its city). */
export function regionText(row: Pick<AgencyListRow, 'province' | 'city' | 'county'>): string {
	const parts = [row.province, row.city, row.county].filter((p): p is string => !!p);
	return parts.filter((p, i) => parts.indexOf(p) === i).join(' ');
}

const LEVEL_RANK: Record<AgencyLevel, number> = { national: 0, provincial: 1, prefecture: 2, county: 3, township: 4, unknown: 5 };
const KIND_RANK: Record<AgencyKind, number> = { area: 0, office: 1, department: 2, township: 3 };

type Key = string | number | null;

function keyOf(row: AgencyListRow, key: SortKey): Key {
	switch (key) {
		case 'name':
			return row.name;
		case 'region':
			return regionText(row) || null;
		case 'level':
			return LEVEL_RANK[row.level];
		case 'kind':
			return KIND_RANK[row.kind];
		case 'category':
			return row.category;
		case 'reports':
			return row.reports;
		case 'latest':
			return latestOf(row)?.value ?? null;
		case 'findings':
			return row.findings;
	}
}

/** Rows in the given order; blank keys last whatever the direction; ties by name, then id. Text by the language's collation (zh: pinyin). */
export function sortAgencies(rows: readonly AgencyListRow[], sort: Sort, lang: Lang): AgencyListRow[] {
	const collator = new Intl.Collator(LOCALE[lang], { numeric: true });
	const cmp = (a: Key, b: Key) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
	const sign = sort.dir === 'asc' ? 1 : -1;
	return [...rows].sort((x, y) => {
		const a = keyOf(x, sort.key);
		const b = keyOf(y, sort.key);
		if (a === null || b === null) {
			if (a !== b) return a === null ? 1 : -1;
		} else {
			const c = cmp(a, b);
			if (c !== 0) return sign * c;
		}
		return collator.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
	});
}
