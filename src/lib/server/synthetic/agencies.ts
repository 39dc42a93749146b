/**
 * The synthetic agency mix: N agencies across the real GB/T 2260 divisions of data/registry/divisions.json.
 *
 * A government (unit) is the State Council (national), a province, a prefecture-level city or a county-level
 * division. Each unit has an area-wide report (`area`, named after its 人民政府; none at national level), its
 * government office (`office`: 办公室, 办公厅 for provinces and the State Council), its departments (`department`:
 * about 30 per county, from the catalogue) and, for counties, a few townships (`township`). Township names are
 * visibly made up (`第3镇人民政府`, `第2街道办事处`): real regions, invented townships.
 *
 * Units are taken in this order until N agencies are chosen: the State Council first, then the provinces in an
 * order shuffled by the seed, each followed by its prefectures (by code), each followed by its counties (by code).
 * A small N therefore gives one province with its hierarchy (province → city → a few counties), a large one the
 * whole country. About 100,000 agencies cover nearly all of China with 3 townships per county; above what the
 * divisions can hold with 3, counties get more townships (there are ≈38,000 乡镇/街道 in reality).
 *
 * The chosen agencies are returned sorted by id. Ids are `syn-<division code>-<role>` (`syn-330212-gongan`,
 * `syn-330212-area`, `syn-330212-t03`, `syn-cn-caizheng` for a ministry): readable, and the same for every seed
 * (the seed decides which agencies exist, not what they are called).
 */
import { classifyAgency } from '../../report/ids';
import { cityName } from '../../report/registry/divisions';
import type { DivisionTables } from '../../report/registry';
import type { Agency, AgencyKind, AgencyLevel, Region } from '../../report/schema';
import { DEPARTMENTS, MINISTRIES, type DepartmentDef } from './catalogue';
import { Rng, seedOf } from './random';

/** A synthetic agency: the record's `agency`, plus what drives its numbers. */
export interface SyntheticAgency extends Agency {
	/** The catalogue entry of a department or ministry; null for area, office and township. */
	def: DepartmentDef | null;
}

type UnitLevel = Exclude<AgencyLevel, 'township' | 'unknown'>;

interface Unit {
	code: string;
	level: UnitLevel;
	region: Region;
	/** Name prefix of its bodies: 浙江省, 宁波市, 宁波市鄞州区, 北京市东城区. */
	prefix: string;
	/** A 直辖市 (its departments are 局/委, not 厅). */
	municipality: boolean;
	/** A 市辖区 (townships are 街道). */
	district: boolean;
	counties: number;
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** Departments of a unit: every core one, each other one with this probability. */
const OPTIONAL_SHARE: Record<UnitLevel, number> = { national: 1, provincial: 0.9, prefecture: 0.8, county: 0.6 };
const MIN_TOWNSHIPS = 3;

const part = (name: string, code: string) => ({ name, code });

/** Every unit of the country, in selection order for this seed. */
function units(t: DivisionTables, seed: number): Unit[] {
	const rng = new Rng(seedOf(seed, 'provinces'));
	const provinces = Object.keys(t.provinces).sort();
	for (let i = provinces.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[provinces[i], provinces[j]] = [provinces[j]!, provinces[i]!];
	}
	const cityCodes = Object.keys(t.cities).sort();
	const countyCodes = Object.keys(t.counties).sort();
	const out: Unit[] = [
		{ code: 'cn', level: 'national', region: { province: null, city: null, county: null }, prefix: '', municipality: false, district: false, counties: 0 }
	];
	for (const pc of provinces) {
		const pName = t.provinces[pc]!;
		const province = part(pName, pc);
		const municipality = MUNICIPALITIES.has(pc);
		out.push({ code: pc, level: 'provincial', region: { province, city: null, county: null }, prefix: pName, municipality, district: false, counties: 0 });
		for (const cc of cityCodes.filter((c) => c.startsWith(pc.slice(0, 2)))) {
			const cName = cityName(t, cc);
			const counties = countyCodes.filter((c) => c.startsWith(cc.slice(0, 4)));
			if (cName) {
				out.push({ code: cc, level: 'prefecture', region: { province, city: part(cName, cc), county: null }, prefix: cName, municipality: false, district: false, counties: counties.length });
			}
			for (const kc of counties) {
				const kName = t.counties[kc]!;
				out.push({
					code: kc,
					level: 'county',
					region: { province, city: cName ? part(cName, cc) : null, county: part(kName, kc) },
					prefix: `${cName ?? pName}${kName}`,
					municipality: false,
					district: kName.endsWith('区'),
					counties: 0
				});
			}
		}
	}
	return out;
}

function agency(unit: Unit, role: string, name: string, kind: AgencyKind, level: AgencyLevel, def: DepartmentDef | null): SyntheticAgency {
	return {
		id: `syn-${unit.code}-${role}`,
		name,
		region: unit.region,
		level,
		kind,
		category: classifyAgency(name).category,
		def
	};
}

/** The bodies of one unit, in order: area, office, departments, townships. */
function unitAgencies(unit: Unit, seed: number, townships: number): SyntheticAgency[] {
	const rng = new Rng(seedOf(seed, 'unit', unit.code));
	const { level, prefix } = unit;
	if (level === 'national') {
		return [
			agency(unit, 'office', '国务院办公厅', 'office', 'national', null),
			...MINISTRIES.map((m) => agency(unit, m.slug, m.local, 'department', 'national', m))
		];
	}
	const out: SyntheticAgency[] = [
		agency(unit, 'area', `${prefix}人民政府`, 'area', level, null),
		agency(unit, 'office', `${prefix}人民政府${level === 'provincial' ? '办公厅' : '办公室'}`, 'office', level, null)
	];
	for (const def of DEPARTMENTS) {
		if (!def.core && !rng.chance(OPTIONAL_SHARE[level])) continue;
		const suffix = level !== 'provincial' ? def.local : unit.municipality ? (def.municipal ?? def.local) : def.provincial;
		out.push(agency(unit, def.slug, `${prefix}${suffix}`, 'department', level, def));
	}
	if (level === 'county') {
		const n = Math.max(1, townships + rng.int(-1, 1));
		for (let i = 1; i <= n; i++) {
			const name = unit.district ? `${prefix}第${i}街道办事处` : `${prefix}第${i}镇人民政府`;
			out.push(agency(unit, `t${String(i).padStart(2, '0')}`, name, 'township', 'township', null));
		}
	}
	return out;
}

/**
 * N synthetic agencies across the real divisions, sorted by id. Throws when N is not a positive integer.
 * Deterministic for (divisions, n, seed).
 */
export function planAgencies(divisions: DivisionTables, n: number, seed: number): SyntheticAgency[] {
	if (!Number.isInteger(n) || n < 1) throw new Error(`synthetic: --agencies must be a positive integer, got ${n}`);
	const all = units(divisions, seed);
	const counties = all.filter((u) => u.level === 'county').length;
	// Townships per county: 3, or as many as it takes for N agencies to fit (1 per county is added up front).
	let townships = MIN_TOWNSHIPS;
	const without = all.reduce((sum, u) => sum + unitAgencies(u, seed, 0).length - (u.level === 'county' ? 1 : 0), 0);
	if (without + counties * MIN_TOWNSHIPS < n) townships = Math.ceil((n - without) / counties) + 1;
	const out: SyntheticAgency[] = [];
	for (const u of all) {
		for (const a of unitAgencies(u, seed, townships)) {
			if (out.length === n) break;
			out.push(a);
		}
		if (out.length === n) break;
	}
	if (out.length < n) throw new Error(`synthetic: only ${out.length} agencies could be planned for --agencies ${n}`);
	return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
