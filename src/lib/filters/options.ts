/** The choices of the filter selects, from the dataset's agencies (distinct values, sorted). Pure. */
import type { AgencyKind, AgencyLevel } from '../report/schema';

/** What an agency contributes to the options (a subset of agency-list's row). */
export interface AgencyFacets {
	level: AgencyLevel;
	kind: AgencyKind;
	category: string | null;
	province: string | null;
	province_code: string | null;
	city: string | null;
	city_code: string | null;
	county: string | null;
	county_code: string | null;
}

export interface Place {
	code: string;
	name: string;
	/** The enclosing division's code (null for provinces). */
	parent: string | null;
}

export interface FilterOptions {
	years: number[];
	levels: AgencyLevel[];
	kinds: AgencyKind[];
	categories: string[];
	provinces: Place[];
	cities: Place[];
	counties: Place[];
}

const LEVEL_ORDER: AgencyLevel[] = ['national', 'provincial', 'prefecture', 'county', 'township', 'unknown'];
const KIND_ORDER: AgencyKind[] = ['area', 'office', 'department', 'township'];

function places(list: (Place | null)[]): Place[] {
	const byCode = new Map<string, Place>();
	for (const p of list) if (p && !byCode.has(p.code)) byCode.set(p.code, p);
	return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function filterOptions(agencies: AgencyFacets[], years: { min: number; max: number } | null): FilterOptions {
	const levels = new Set(agencies.map((a) => a.level));
	const kinds = new Set(agencies.map((a) => a.kind));
	const categories = [...new Set(agencies.map((a) => a.category).filter((c): c is string => !!c))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
	const place = (code: string | null, name: string | null, parent: string | null): Place | null => (code && name ? { code, name, parent } : null);
	return {
		years: years ? Array.from({ length: years.max - years.min + 1 }, (_, i) => years.min + i) : [],
		levels: LEVEL_ORDER.filter((l) => levels.has(l)),
		kinds: KIND_ORDER.filter((k) => kinds.has(k)),
		categories,
		provinces: places(agencies.map((a) => place(a.province_code, a.province, null))),
		cities: places(agencies.map((a) => place(a.city_code, a.city, a.province_code))),
		counties: places(agencies.map((a) => place(a.county_code, a.county, a.city_code)))
	};
}
