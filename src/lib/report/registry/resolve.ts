/**
 * Resolving a report's agency name against the registry (DESIGN.md §2): one stable id per agency across years and
 * renames, with its region (GB/T 2260 codes), level, kind and category. A name the registry does not list is
 * classified from the name itself (`classifyAgency`) and its region names are looked up in the division tables.
 * Pure and isomorphic: the ingest and the browser use the same functions.
 */
import { agencyIdFromName, classifyAgency, normalizeAgencyName } from '../ids';
import type { Agency, AgencyLevel, AnnualReport, Region } from '../schema';
import { cityName, cityOf, findCity, findCounty, findProvince, provinceOf } from './divisions';
import type { DivisionTables, Registry, RegistryEntry } from './schema';

type Part = Region['province'];

const nameIndexes = new WeakMap<Registry, Map<string, RegistryEntry>>();

/** Normalised name or alias → entry (the first entry wins; `registryProblems` reports any clash). */
function nameIndex(registry: Registry): Map<string, RegistryEntry> {
	let ix = nameIndexes.get(registry);
	if (ix) return ix;
	ix = new Map();
	for (const e of registry.agencies) {
		for (const n of [e.name, ...e.aliases]) {
			const key = normalizeAgencyName(n);
			if (!ix.has(key)) ix.set(key, e);
		}
	}
	nameIndexes.set(registry, ix);
	return ix;
}

/** The registry entry whose name or an alias is `name` (after `normalizeAgencyName`), else null. */
export const registryEntry = (name: string, registry: Registry): RegistryEntry | null =>
	nameIndex(registry).get(normalizeAgencyName(name)) ?? null;

const copyPart = (p: Part): Part => (p ? { name: p.name, code: p.code } : null);

/**
 * The agency of a report published under `name`: the registry entry's id, region, level, kind and category when
 * the registry lists the name, else {@link deriveAgency}. `name` stays the name as published (DESIGN.md §2); the
 * entry's current name is `registryEntry(name, registry)?.name`.
 */
export function resolveAgency(name: string, registry: Registry, divisions: DivisionTables): Agency {
	const e = registryEntry(name, registry);
	if (!e) return deriveAgency(name, divisions);
	return {
		id: e.id,
		name,
		region: { province: copyPart(e.region.province), city: copyPart(e.region.city), county: copyPart(e.region.county) },
		level: e.level,
		kind: e.kind,
		category: e.category
	};
}

/** The record with its agency resolved against the registry and `id` = `${agency.id}-${year}`. */
export function applyRegistry(record: AnnualReport, registry: Registry, divisions: DivisionTables): AnnualReport {
	const agency = resolveAgency(record.agency.name, registry, divisions);
	return { ...record, id: `${agency.id}-${record.year}`, agency };
}

/**
 * What the name alone says: `classifyAgency` (kind, level, category, region names) and the region's GB/T 2260
 * codes. Province by name; city by name within the province, or when unique in the country; county by name within
 * the city (or the province), or when unique. Missing parents are filled from a resolved code (宁波市 → 浙江省).
 * A "city" that is no prefecture but a county-level city or district (高平市) becomes the county, and a
 * prefecture level that rested on it becomes county. Names not found keep a null code. Id: `agencyIdFromName`.
 */
export function deriveAgency(name: string, divisions: DivisionTables): Agency {
	const cls = classifyAgency(name);
	const { region, level } = regionWithCodes(cls.region, cls.level, divisions);
	return { id: agencyIdFromName(name), name, region, level, kind: cls.kind, category: cls.category };
}

function regionWithCodes(named: Region, level: AgencyLevel, t: DivisionTables): { region: Region; level: AgencyLevel } {
	let province = named.province?.name ?? null;
	let city = named.city?.name ?? null;
	let county = named.county?.name ?? null;
	let p = province ? findProvince(t, province) : null;
	let c = city ? findCity(t, city, p) : null;
	if (city && !c && !county && findCounty(t, city, null, p)) {
		county = city;
		city = null;
		if (level === 'prefecture') level = 'county';
	}
	const k = county ? findCounty(t, county, c, p) : null;
	if (k && !city) {
		const nm = cityName(t, cityOf(k));
		if (nm) [city, c] = [nm, cityOf(k)];
	}
	const lowest = c ?? k;
	if (lowest && !province) [province, p] = [t.provinces[provinceOf(lowest)] ?? null, provinceOf(lowest)];
	const part = (n: string | null, code: string | null): Part => (n ? { name: n, code } : null);
	return { region: { province: part(province, p), city: part(city, c), county: part(county, k) }, level };
}

/**
 * How an entry differs from what its current name alone gives ({@link deriveAgency}): `aliases` when it has any,
 * `region.province|city|county` (name or code), `level`, `kind`, `category`. Each such manual choice needs a reason.
 */
export function manualChoices(entry: RegistryEntry, divisions: DivisionTables): string[] {
	const d = deriveAgency(entry.name, divisions);
	const out: string[] = [];
	if (entry.aliases.length > 0) out.push('aliases');
	for (const k of ['province', 'city', 'county'] as const) {
		const a = entry.region[k];
		const b = d.region[k];
		if (a?.name !== b?.name || a?.code !== b?.code) out.push(`region.${k}`);
	}
	for (const k of ['level', 'kind', 'category'] as const) if (entry[k] !== d[k]) out.push(k);
	return out;
}

export type RegistryProblemKind = 'duplicate-id' | 'duplicate-name' | 'unknown-code' | 'region-mismatch' | 'missing-reason';
export interface RegistryProblem {
	/** The entry concerned. */
	id: string;
	problem: RegistryProblemKind;
	message: string;
}

/**
 * Everything wrong with a registry that its zod schema cannot see: repeated ids; a name or alias listed twice
 * (after normalisation; in one entry or two); region codes not in the division tables, not matching their names or
 * not nested (county in city in province), or a city left out; a manual choice without a reason.
 */
export function registryProblems(registry: Registry, divisions: DivisionTables): RegistryProblem[] {
	const out: RegistryProblem[] = [];
	const ids = new Set<string>();
	const names = new Map<string, string>();
	for (const e of registry.agencies) {
		const add = (problem: RegistryProblemKind, message: string) => out.push({ id: e.id, problem, message });
		if (ids.has(e.id)) add('duplicate-id', `id ${e.id} is used by more than one entry`);
		ids.add(e.id);
		for (const n of [e.name, ...e.aliases]) {
			const key = normalizeAgencyName(n);
			const owner = names.get(key);
			if (owner !== undefined) add('duplicate-name', `name ${n} is already listed${owner === e.id ? ' in this entry' : ` by ${owner}`}`);
			else names.set(key, e.id);
		}
		for (const m of regionProblems(e.region, divisions)) add(m.startsWith('unknown') ? 'unknown-code' : 'region-mismatch', m);
		const manual = manualChoices(e, divisions);
		if (manual.length > 0 && e.reason.trim() === '') {
			add('missing-reason', `no reason for what the name does not say: ${manual.join(', ')}`);
		}
	}
	return out;
}

function regionProblems(r: Region, t: DivisionTables): string[] {
	const out: string[] = [];
	const check = (level: 'province' | 'city' | 'county', table: Record<string, string>, parent: string | null, digits: number) => {
		const part = r[level];
		if (!part) return;
		if (part.code === null) return void out.push(`unknown code: region.${level} ${part.name} has no GB/T 2260 code`);
		const listed = table[part.code];
		if (listed === undefined) return void out.push(`unknown code: region.${level} ${part.code} is not in the division tables`);
		if (listed !== part.name) out.push(`region.${level} ${part.code} is ${listed}, not ${part.name}`);
		if (parent && part.code.slice(0, digits) !== parent.slice(0, digits)) {
			out.push(`region.${level} ${part.code} is not within ${parent}`);
		}
	};
	const p = r.province?.code ?? null;
	const c = r.city?.code ?? null;
	if (!r.province && (r.city || r.county)) out.push('region.province is missing');
	check('province', t.provinces, null, 0);
	check('city', t.cities, p, 2);
	check('county', t.counties, c ?? p, c ? 4 : 2);
	if (r.county?.code && !r.city && cityName(t, cityOf(r.county.code))) {
		out.push(`region.city is missing: ${r.county.name} is in ${cityName(t, cityOf(r.county.code))}`);
	}
	return out;
}
