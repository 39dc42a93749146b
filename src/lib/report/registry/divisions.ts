/** Looking region names up in the GB/T 2260 division tables (pure; indexes are built once per tables object). */
import type { DivisionTables } from './schema';

/** City-level entries that are containers, not cities: municipalities' 市辖区/县, 省直辖县级行政区划. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

interface DivisionIndex {
	province: Map<string, string>;
	city: Map<string, string[]>;
	county: Map<string, string[]>;
}

const indexes = new WeakMap<DivisionTables, DivisionIndex>();

function indexOf(t: DivisionTables): DivisionIndex {
	let ix = indexes.get(t);
	if (ix) return ix;
	const many = (table: Record<string, string>, skip?: RegExp) => {
		const m = new Map<string, string[]>();
		for (const [code, name] of Object.entries(table)) {
			if (skip?.test(name)) continue;
			const list = m.get(name);
			if (list) list.push(code);
			else m.set(name, [code]);
		}
		return m;
	};
	ix = {
		province: new Map(Object.entries(t.provinces).map(([code, name]) => [name, code])),
		city: many(t.cities, PLACEHOLDER_CITY),
		county: many(t.counties)
	};
	indexes.set(t, ix);
	return ix;
}

export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;
export const cityOf = (code: string): string => `${code.slice(0, 4)}00`;

/** The one code among `codes` under `parent` (a 6-digit code of which `digits` leading digits count), else null. */
function unique(codes: readonly string[] | undefined, parent: string | null, digits: number): string | null {
	const within = parent ? (codes ?? []).filter((c) => c.startsWith(parent.slice(0, digits))) : (codes ?? []);
	return within.length === 1 ? within[0]! : null;
}

/** Province code by exact name. */
export const findProvince = (t: DivisionTables, name: string): string | null => indexOf(t).province.get(name) ?? null;

/** City code by name within the province when known, else when the name is unique in the country. */
export const findCity = (t: DivisionTables, name: string, provinceCode: string | null): string | null =>
	unique(indexOf(t).city.get(name), provinceCode, 2);

/**
 * County code by name within the city when known, else within the province when known, else when the name is
 * unique in the country (西湖区 is in both 杭州市 and 南昌市, so it needs its city).
 */
export function findCounty(t: DivisionTables, name: string, cityCode: string | null, provinceCode: string | null): string | null {
	const codes = indexOf(t).county.get(name);
	return cityCode ? unique(codes, cityCode, 4) : unique(codes, provinceCode, 2);
}

/** The name of a real city (not a placeholder) with this code, else null. */
export function cityName(t: DivisionTables, code: string): string | null {
	const name = t.cities[code];
	return name && !PLACEHOLDER_CITY.test(name) ? name : null;
}
