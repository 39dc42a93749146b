/**
 * /compare's named queries (compare-entities, compare-trend, compare-search) on the bundled dataset in
 * @duckdb/node-api, checked against an independent recomputation from records.json and findings.json: sums,
 * ratios, peer ranks, peer medians and outlier flags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareEntities, compareSearch, compareTrend } from '../../../src/lib/db/queries';
import type { QueryRunner } from '../../../src/lib/db/runner';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import { MEASURE_LIST, referenceEntities, referenceStats, type RefEntity, type Scope } from './compare-reference';
import { DEFAULT_DIR, HAS_DEFAULT, openNode } from './helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(join(DEFAULT_DIR, name), 'utf8')) as T;
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

describe.skipIf(!HAS_DEFAULT)('compare queries on the bundled dataset', { timeout: 60_000 }, () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	let runner: QueryRunner;
	const records = HAS_DEFAULT ? read<AnnualReport[]>('records.json') : [];
	const findings = HAS_DEFAULT ? read<Finding[]>('findings.json') : [];
	const years = records.map((r) => r.year);
	const MIN = Math.min(...years);
	const MAX = Math.max(...years);

	beforeAll(async () => {
		node = await openNode();
		runner = node.runner;
	});
	afterAll(() => node?.close());

	/** Runs compare-entities for `entities` and checks every row against the reference. Returns the rows. */
	async function check(entities: RefEntity[], ref: RefEntity[], from: number, to: number, scope: Scope) {
		const ids = entities.filter((e) => e.type === 'agency').map((e) => e.id);
		const regions = entities.filter((e) => e.type === 'region').map((e) => e.id);
		const rows = await runner.query(compareEntities, { yearFrom: from, yearTo: to, scope, ids: ids.join(','), regions: regions.join(',') });
		expect(rows).toHaveLength(entities.length * MEASURE_LIST.length);
		for (const e of entities) {
			for (const m of MEASURE_LIST) {
				const row = rows.find((r) => r.entity_type === e.type && r.entity_id === e.id && r.measure === m);
				const want = referenceStats(ref, e, m);
				const where = `${e.type} ${e.id} ${m} ${from}-${to} ${scope}`;
				expect(row, where).toBeDefined();
				expect(close(row!.value, want.value), `${where}: value ${row!.value} vs ${want.value}`).toBe(true);
				expect(row!.rank, `${where}: rank`).toBe(want.rank);
				expect(row!.peers, `${where}: peers`).toBe(want.peers);
				expect(row!.group_size, `${where}: group`).toBe(want.groupSize);
				expect(close(row!.median, want.median), `${where}: median ${row!.median} vs ${want.median}`).toBe(true);
				expect(row!.outlier, `${where}: outlier`).toBe(want.outlier);
			}
		}
		return rows;
	}

	it('every agency: sums, ratios, rank among same level and kind, peer median and outlier flag equal the recomputation', async () => {
		const ref = referenceEntities(records, findings, MIN, MAX, 'agencies');
		const agencies = ref.filter((e) => e.type === 'agency');
		expect(agencies.length).toBeGreaterThan(10);
		// Six at a time, the page's maximum; every agency once.
		const rows = [];
		for (let i = 0; i < agencies.length; i += 6) rows.push(...(await check(agencies.slice(i, i + 6), ref, MIN, MAX, 'agencies')));
		// The bundled data has outliers both ways, and blank ratios (a zero denominator is blank, never 0).
		expect(rows.some((r) => r.outlier === 'high')).toBe(true);
		expect(rows.some((r) => r.value === null && r.den === 0)).toBe(true);
		expect(rows.filter((r) => r.value === 0).length).toBeGreaterThan(0);
	});

	it('regions of every level, in each scope, and a narrower year range', async () => {
		for (const scope of ['agencies', 'areas', 'all'] as Scope[]) {
			const ref = referenceEntities(records, findings, MIN, MAX, scope);
			const regions = ref.filter((e) => e.type === 'region');
			expect(new Set(regions.map((r) => r.peerGroup))).toEqual(new Set(['province', 'city', 'county']));
			for (let i = 0; i < regions.length; i += 6) await check(regions.slice(i, i + 6), ref, MIN, MAX, scope);
		}
		const ref = referenceEntities(records, findings, 2022, 2023, 'agencies');
		await check(ref.filter((e) => e.type === 'agency').slice(0, 4).concat(ref.filter((e) => e.type === 'region').slice(0, 2)), ref, 2022, 2023, 'agencies');
	});

	it('a region sums single agencies by default: its area-wide report is left out of the sums but counted in reports', async () => {
		const county = records.find((r) => r.agency.kind === 'area')!.agency.region.county!.code!;
		const query = (scope: Scope) => runner.query(compareEntities, { yearFrom: MIN, yearTo: MAX, scope, ids: '', regions: county });
		const agencies = await query('agencies');
		const all = await query('all');
		const of = (rows: typeof agencies, m: string) => rows.find((r) => r.measure === m)!;
		expect(of(all, 'new_received').value).toBeGreaterThan(of(agencies, 'new_received').value!);
		expect(of(all, 'errors_per_report').den).toBe(of(agencies, 'errors_per_report').den);
		expect(of(agencies, 'errors_per_report').den).toBe(records.filter((r) => r.agency.region.county?.code === county).length);
	});

	it('an unknown id or a region outside the data gives no rows; nothing selected gives none', async () => {
		const base = { yearFrom: MIN, yearTo: MAX, scope: 'agencies' as const };
		expect(await runner.query(compareEntities, { ...base, ids: 'no-such-agency', regions: '110000' })).toEqual([]);
		expect(await runner.query(compareEntities, { ...base, ids: '', regions: '' })).toEqual([]);
		expect(() => compareEntities.params.parse({ ...base, ids: '', regions: '35012' })).toThrow();
	});

	it('per year: compare-trend gives the same measures for each single year as compare-entities over that year', async () => {
		const agency = records.find((r) => r.agency.kind === 'department')!.agency.id;
		const county = records[0]!.agency.region.county!.code!;
		const trend = await runner.query(compareTrend, { yearFrom: MIN, yearTo: MAX, scope: 'agencies', ids: agency, regions: county });
		for (const year of [MIN, 2022, MAX]) {
			const ref = referenceEntities(records, findings, year, year, 'agencies');
			for (const e of ref.filter((x) => (x.type === 'agency' && x.id === agency) || (x.type === 'region' && x.id === county))) {
				for (const m of MEASURE_LIST) {
					const row = trend.find((r) => r.entity_type === e.type && r.entity_id === e.id && r.year === year && r.measure === m);
					expect(close(row?.value ?? null, e.values[m]), `${e.id} ${year} ${m}`).toBe(true);
				}
			}
		}
	});

	it('compare-search finds agencies by a former name (registry alias) and regions by name', async () => {
		const renamed = records.find((r) => r.agency.name.includes('投资促进'))!.agency.id;
		const agencies = await runner.query(compareSearch, { q: '国有资产', limit: 12 });
		expect(agencies.map((h) => h.entity_id)).toContain(renamed);
		const regions = await runner.query(compareSearch, { q: '平潭', limit: 50 });
		expect(regions[0]).toMatchObject({ entity_type: 'region', entity_id: '350128', peer_level: 'county' });
		expect(regions.filter((h) => h.entity_type === 'agency').length).toBeGreaterThan(10);
		expect(await runner.query(compareSearch, { q: 'zzzz-nothing', limit: 5 })).toEqual([]);
	});
});
