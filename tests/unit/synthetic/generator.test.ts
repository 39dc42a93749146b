/**
 * The synthetic generator, materialised for a few hundred agencies: schema-valid records, real regions, a
 * realistic agency mix, clean reports without findings, and each configured flaw producing its rule's findings.
 */
import { describe, expect, it } from 'vitest';
import { classifyAgency } from '../../../src/lib/report/ids';
import { checkSet, deadline } from '../../../src/lib/report/rules';
import { AnnualReport, type Finding, type RuleId } from '../../../src/lib/report/schema';
import { loadRegistry } from '../../../src/lib/server/registry';
import {
	BREAK_RULES,
	Rng,
	agencyReports,
	asOfFor,
	planAgencies,
	syntheticBatches,
	syntheticOptions,
	type BreakRule,
	type SyntheticInput
} from '../../../src/lib/server/synthetic';

const N = 200;
const { divisions } = loadRegistry();

/** Every share 0: no flaw at all. */
const CLEAN = {
	breakShare: Object.fromEntries(BREAK_RULES.map((r) => [r, 0])) as Record<BreakRule, number>,
	lateShare: 0,
	missingShare: 0,
	hybridShare: 0,
	oldTemplateShare: 0
};

function run(given: SyntheticInput = {}, n = N) {
	const opts = syntheticOptions({ agencies: n, seed: 7, ...given });
	const records: AnnualReport[] = [];
	const findings: Finding[] = [];
	for (const b of syntheticBatches(opts)) {
		records.push(...b.reports);
		findings.push(...b.findings);
	}
	return { opts, records, findings };
}

const rulesOf = (findings: readonly Finding[]) => new Set(findings.map((f) => f.rule));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('agency plan', () => {
	const plan = planAgencies(divisions, N, 7);

	it('has N agencies with unique, sorted, readable ids', () => {
		expect(plan).toHaveLength(N);
		const ids = plan.map((a) => a.id);
		expect(new Set(ids).size).toBe(N);
		expect(ids).toEqual([...ids].sort());
		for (const id of ids) expect(id).toMatch(/^syn-(?:cn|\d{6})-[a-z0-9]+$/);
	});

	it('uses real GB/T 2260 regions, names and codes matching and nested', () => {
		for (const a of plan) {
			const { province, city, county } = a.region;
			if (province) expect(divisions.provinces[province.code!]).toBe(province.name);
			if (city) {
				expect(divisions.cities[city.code!]).toBe(city.name);
				expect(city.code!.slice(0, 2)).toBe(province!.code!.slice(0, 2));
			}
			if (county) {
				expect(divisions.counties[county.code!]).toBe(county.name);
				expect(county.code!.slice(0, 2)).toBe(province!.code!.slice(0, 2));
				if (city) expect(county.code!.slice(0, 4)).toBe(city.code!.slice(0, 4));
			}
			if (a.level === 'national') expect(province).toBeNull();
			else expect(province).not.toBeNull();
		}
	});

	it('has the realistic mix: area, office, ~30 departments per county, townships, every level', () => {
		const kinds = new Set(plan.map((a) => a.kind));
		expect([...kinds].sort()).toEqual(['area', 'department', 'office', 'township']);
		expect(new Set(plan.map((a) => a.level))).toEqual(new Set(['national', 'provincial', 'prefecture', 'county', 'township']));
		const big = planAgencies(divisions, 3_000, 7);
		const counties = new Map<string, { departments: number; area: number; office: number; townships: number }>();
		for (const a of big) {
			if (a.level !== 'county' && a.level !== 'township') continue;
			const c = counties.get(a.region.county!.code!) ?? { departments: 0, area: 0, office: 0, townships: 0 };
			if (a.kind === 'department') c.departments++;
			else if (a.kind === 'area') c.area++;
			else if (a.kind === 'office') c.office++;
			else c.townships++;
			counties.set(a.region.county!.code!, c);
		}
		const full = [...counties.values()].slice(0, -1); // the last county may be cut off at N
		expect(full.length).toBeGreaterThan(30);
		for (const c of full) {
			expect(c.area).toBe(1);
			expect(c.office).toBe(1);
			expect(c.departments).toBeGreaterThanOrEqual(18);
			expect(c.departments).toBeLessThanOrEqual(33);
			expect(c.townships).toBeGreaterThanOrEqual(2);
		}
		const mean = full.reduce((s, c) => s + c.departments, 0) / full.length;
		expect(mean).toBeGreaterThan(24);
		expect(mean).toBeLessThan(32);
	});

	it('names classify like real ones (kind and category from the name)', () => {
		for (const a of plan) {
			const c = classifyAgency(a.name);
			expect(c.category, a.name).toBe(a.category);
			if (a.level !== 'national') expect(c.kind, a.name).toBe(a.kind);
		}
		const townships = plan.filter((a) => a.kind === 'township');
		expect(townships.length).toBeGreaterThan(0);
		for (const t of townships) expect(t.name).toMatch(/第\d+(?:镇人民政府|街道办事处)$/);
	});

	it('is deterministic per seed, and a smaller N is a subset of a larger one', () => {
		expect(planAgencies(divisions, N, 7)).toEqual(plan);
		expect(planAgencies(divisions, N, 8).map((a) => a.id)).not.toEqual(plan.map((a) => a.id));
		const larger = new Map(planAgencies(divisions, 2 * N, 7).map((a) => [a.id, a]));
		for (const a of plan) expect(larger.get(a.id)).toEqual(a);
	});

	it('gives more townships per county when N exceeds what the divisions hold with 3', () => {
		const plan = planAgencies(divisions, 150_000, 1);
		expect(plan).toHaveLength(150_000);
		expect(plan.filter((a) => a.kind === 'township').length).toBeGreaterThan(40_000);
	});
});

describe('records', () => {
	const { opts, records, findings } = run();

	it('are complete, schema-valid AnnualReports', () => {
		expect(records.length).toBeGreaterThan(N * 6);
		for (const r of records) {
			const parsed = AnnualReport.safeParse(r);
			expect(parsed.success, `${r.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
			expect(r.id).toBe(`${r.agency.id}-${r.year}`);
			expect(r.source).toMatchObject({ fileName: 'synthetic', sha256: null, url: null, format: 'text', tableForm: 'lines' });
		}
	});

	it('use the 2019 template before 2021 and mostly the 2021 template after', () => {
		for (const r of records) if (r.year < 2021) expect(r.template).toBe('2019');
		const late = records.filter((r) => r.year >= 2021);
		expect(late.filter((r) => r.template === '2021').length / late.length).toBeGreaterThan(0.95);
	});

	it('read raw = String(value) outside deliberate blanks and derived cells', () => {
		const r = records.find((x) => x.layout.table3 === '2021')!;
		expect(r.applications.newReceived.total.raw).toBe(String(r.applications.newReceived.total.value));
		expect(r.applications.results.other.total.total.derived).toBe(true);
	});

	it('have calibrated magnitudes: departments mostly 0–10 requests, area-wide reports in the hundreds and more', () => {
		const nr = (r: AnnualReport) => r.applications.newReceived.total.value ?? 0;
		const dept = records.filter((r) => r.agency.kind === 'department' && r.agency.level === 'county').map(nr);
		expect(median(dept)).toBeLessThanOrEqual(5);
		expect(dept.filter((v) => v <= 10).length / dept.length).toBeGreaterThan(0.75);
		const area = records.filter((r) => r.agency.kind === 'area' && r.agency.level === 'county').map(nr);
		expect(median(area)).toBeGreaterThan(50);
		const province = records.filter((r) => r.agency.kind === 'area' && r.agency.level === 'provincial').map(nr);
		expect(median(province)).toBeGreaterThan(1_000);
	});

	it('are published mostly before the deadline', () => {
		const onTime = records.filter((r) => r.publishedAt! <= deadline(r.year, r.agency.kind)).length;
		expect(onTime / records.length).toBeGreaterThan(0.85);
		expect(onTime / records.length).toBeLessThan(1);
		expect(findings.filter((f) => f.rule === 'TIMELINESS').length).toBe(records.length - onTime);
	});

	it('are deterministic for a seed, and an agency does not depend on the others', { timeout: 60_000 }, () => {
		const again = run();
		expect(JSON.stringify(again.records)).toBe(JSON.stringify(records));
		expect(JSON.stringify(again.findings)).toBe(JSON.stringify(findings));
		const other = run({ seed: 8 });
		expect(JSON.stringify(other.records)).not.toBe(JSON.stringify(records));
		const a = planAgencies(divisions, N, 7)[17]!;
		const alone = agencyReports(a, syntheticOptions({ ...opts, agencies: 1 }));
		expect(alone).toEqual(records.filter((r) => r.agency.id === a.id));
	});
});

describe('rules on synthetic data', () => {
	it('clean reports (every share 0) give no finding at all', () => {
		const { records, findings, opts } = run(CLEAN);
		expect(records).toHaveLength(N * 7);
		expect(findings).toEqual([]);
		// The same over the whole set at once (as the ingest runs it).
		expect(checkSet(records, { asOf: asOfFor(opts) })).toEqual([]);
	});

	/** What else a deliberate error may trip besides its own rule. */
	const SIDE_EFFECTS: Partial<Record<RuleId, RuleId[]>> = { T3_ROW_TOTAL: ['T3_OUTCOME_SUM'] };

	it.each(BREAK_RULES)('a break share for %s produces findings of that rule', (rule) => {
		const { records, findings } = run({ ...CLEAN, breakShare: { ...CLEAN.breakShare, [rule]: 0.2 } });
		const own = findings.filter((f) => f.rule === rule);
		const broken = new Set(own.map((f) => f.recordId));
		// ≈20 % of reports (XY_CARRY only where the previous year exists: 6 of 7 years).
		const expected = records.length * 0.2 * (rule === 'XY_CARRY' ? 6 / 7 : 1);
		expect(broken.size).toBeGreaterThan(expected * 0.75);
		expect(broken.size).toBeLessThan(expected * 1.25);
		const allowed = new Set<RuleId>([rule, ...(SIDE_EFFECTS[rule] ?? [])]);
		for (const r of rulesOf(findings)) expect(allowed.has(r), `${rule} also gave ${r}`).toBe(true);
	});

	it('late and missing shares give TIMELINESS and MISSING findings', () => {
		const { records, findings } = run({ ...CLEAN, lateShare: 0.2, missingShare: 0.1 });
		expect([...rulesOf(findings)].sort()).toEqual(['MISSING', 'TIMELINESS']);
		const late = findings.filter((f) => f.rule === 'TIMELINESS').length / records.length;
		expect(late).toBeGreaterThan(0.15);
		expect(late).toBeLessThan(0.25);
		expect(records.length).toBeLessThan(N * 7 * 0.95);
		for (const f of findings.filter((x) => x.rule === 'MISSING')) {
			expect(records.some((r) => r.agency.id === f.agencyId && r.year === f.year)).toBe(false);
			expect(records.some((r) => r.agency.id === f.agencyId && r.year === f.year - 1)).toBe(true);
		}
	});

	it('old-template and hybrid shares give TEMPLATE findings on 2021+ reports', () => {
		const { records, findings } = run({ ...CLEAN, hybridShare: 0.1, oldTemplateShare: 0.1 });
		expect([...rulesOf(findings)]).toEqual(['TEMPLATE']);
		expect(records.some((r) => r.template === 'hybrid')).toBe(true);
		expect(records.some((r) => r.year >= 2021 && r.template === '2019')).toBe(true);
		for (const f of findings) expect(f.year).toBeGreaterThanOrEqual(2021);
	});
});

describe('Rng', () => {
	it('is deterministic and roughly uniform', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const xs = Array.from({ length: 10_000 }, () => a.next());
		expect(Array.from({ length: 10_000 }, () => b.next())).toEqual(xs);
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
	});

	it('draws Poisson, binomial and multinomial counts with the right means and sums', () => {
		const r = new Rng(1);
		const mean = (f: () => number) => Array.from({ length: 4_000 }, f).reduce((s, x) => s + x, 0) / 4_000;
		expect(mean(() => r.poisson(3))).toBeCloseTo(3, 0);
		expect(mean(() => r.poisson(500)) / 500).toBeCloseTo(1, 1);
		expect(mean(() => r.binomial(10, 0.3))).toBeCloseTo(3, 0);
		expect(mean(() => r.binomial(10_000, 0.5)) / 5_000).toBeCloseTo(1, 1);
		for (const n of [0, 1, 7, 50, 12_345]) {
			const parts = r.multinomial(n, [5, 1, 0.2, 3], [0, 0, 0, 0]);
			expect(parts.reduce((s, x) => s + x, 0)).toBe(n);
			for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
		}
	});
});
