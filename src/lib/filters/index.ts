/**
 * The overview's view state in the URL (DESIGN.md §5, §8): filters and language as search parameters, parsed with
 * zod. Parsing is lenient per parameter: an invalid value (a year out of range, an unknown level, a malformed
 * division code) is dropped and falls back to its default, so a hand-edited or stale link still opens a view.
 * Pure: no DOM, no SvelteKit; the page calls it with `page.url.searchParams`.
 */
import { z } from 'zod';
import { AgencyKind, AgencyLevel } from '../report/schema';

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

const Year = z.coerce.number().int().min(1990).max(2100);
const DivisionCode = z.string().regex(/^\d{6}$/);
const Category = z.string().trim().min(1).max(40);
const Search = z.string().trim().min(1).max(100);
/** See db/queries/filters.ts: which reports are summed. The dashboard's default leaves area-wide 汇总 reports out. */
export const Scope = z.enum(['agencies', 'areas', 'all']);
export type Scope = z.infer<typeof Scope>;

/** One schema per URL parameter, in the order they are written back. */
const PARAMS = {
	yearFrom: Year,
	yearTo: Year,
	level: AgencyLevel,
	kind: AgencyKind,
	category: Category,
	provinceCode: DivisionCode,
	cityCode: DivisionCode,
	countyCode: DivisionCode,
	q: Search,
	scope: Scope
} as const;

type FilterKey = keyof typeof PARAMS;
export const FILTER_KEYS = Object.keys(PARAMS) as FilterKey[];

/** The view: every filter null = not set (all years, all regions, …); lang defaults to zh. */
export interface View {
	yearFrom: number | null;
	yearTo: number | null;
	level: AgencyLevel | null;
	kind: AgencyKind | null;
	category: string | null;
	provinceCode: string | null;
	cityCode: string | null;
	countyCode: string | null;
	/** Agency search: text in an agency's name or aliases. */
	q: string | null;
	/** null = the default, 'agencies'. */
	scope: Scope | null;
	lang: Lang;
}

export const DEFAULT_VIEW: View = {
	yearFrom: null,
	yearTo: null,
	level: null,
	kind: null,
	category: null,
	provinceCode: null,
	cityCode: null,
	countyCode: null,
	q: null,
	scope: null,
	lang: 'zh'
};

/** The scope a view sums over: single agencies unless the URL says otherwise. */
export const scopeOf = (view: View): Scope => view.scope ?? 'agencies';

function one<T>(schema: z.ZodType<T>, raw: string | null): T | null {
	if (raw === null || raw === '') return null;
	const r = schema.safeParse(raw);
	return r.success ? r.data : null;
}

/** URL search parameters → view; unknown parameters are ignored, invalid values default. */
export function parseView(params: URLSearchParams): View {
	const view: View = { ...DEFAULT_VIEW, lang: one(Lang, params.get('lang')) ?? 'zh' };
	for (const key of FILTER_KEYS) (view as unknown as Record<string, unknown>)[key] = one(PARAMS[key] as z.ZodType<unknown>, params.get(key));
	return view;
}

/** View → URL search parameters: set values only, in a fixed order (lang last, omitted when zh). */
export function serializeView(view: View): URLSearchParams {
	const out = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const v = view[key];
		if (v !== null) out.set(key, String(v));
	}
	if (view.lang !== 'zh') out.set('lang', view.lang);
	return out;
}

/** `?a=b` for a view, or '' for the default view. */
export function viewSearch(view: View): string {
	const s = serializeView(view).toString();
	return s ? `?${s}` : '';
}

/** The filters a named query takes (see db/queries/filters.ts), from a view and the years the dataset covers. */
export interface QueryFilters {
	yearFrom: number;
	yearTo: number;
	provinceCode: string | null;
	cityCode: string | null;
	countyCode: string | null;
	level: AgencyLevel | null;
	kind: AgencyKind | null;
	category: string | null;
	search: string | null;
	scope: Scope;
}

/** Resolves unset years to the dataset's range, clamps to it and orders from ≤ to. */
export function toQueryFilters(view: View, range: { min: number; max: number }): QueryFilters {
	const clamp = (y: number) => Math.min(range.max, Math.max(range.min, y));
	const a = clamp(view.yearFrom ?? range.min);
	const b = clamp(view.yearTo ?? range.max);
	return {
		yearFrom: Math.min(a, b),
		yearTo: Math.max(a, b),
		provinceCode: view.provinceCode,
		cityCode: view.cityCode,
		countyCode: view.countyCode,
		level: view.level,
		kind: view.kind,
		category: view.category,
		search: view.q,
		scope: scopeOf(view)
	};
}

/** A view with one filter changed; changing a region clears the levels below it. */
export function withFilter<K extends FilterKey>(view: View, key: K, value: View[K]): View {
	const next: View = { ...view, [key]: value };
	if (key === 'provinceCode') {
		next.cityCode = null;
		next.countyCode = null;
	}
	if (key === 'cityCode') next.countyCode = null;
	return next;
}

export { filterOptions, type AgencyFacets, type FilterOptions, type Place } from './options';
