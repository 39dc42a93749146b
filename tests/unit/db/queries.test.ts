/**
 * Every named query runs against the bundled dataset (data/default/gongkai.duckdb) in @duckdb/node-api, its rows
 * pass the query's zod schema, and the numbers agree with a direct computation from data/default/records.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { layoutCells } from '../../../src/lib/dataset/columns';
import { filterOptions } from '../../../src/lib/filters';
import { DatasetManifest } from '../../../src/lib/dataset/manifest';
import { probeParams, probeQueries } from '../../../src/lib/db/probe';
import {
	agencyList,
	agencyProfile,
	compileSql,
	defineQuery,
	filterFacets,
	findingsSummary,
	overviewKpis,
	QUERIES,
	reportCells,
	sqlFor,
	topAgencies,
	trendOutcomes,
	withVariants
} from '../../../src/lib/db/queries';
import type { QueryRunner } from '../../../src/lib/db/runner';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import { DEFAULT_DIR, HAS_DEFAULT, openNode } from './helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(join(DEFAULT_DIR, name), 'utf8')) as T;

describe('named queries: definitions', () => {
	it('compile every $name to a position, leaving no named parameter behind', () => {
		for (const q of Object.values(QUERIES)) {
			expect(q.sql, q.name).not.toMatch(/\$[A-Za-z_]/);
			expect(q.sql, q.name).not.toMatch(/^\s*--/m);
			const positions = new Set([...q.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
			expect([...positions].sort((a, b) => a - b), q.name).toEqual(q.paramNames.map((_, i) => i + 1));
		}
	});

	it('run a variant of their SQL when its condition holds, with the same parameters', () => {
		const q = defineQuery({ name: 'v', title: 'v', sql: 'SELECT * FROM rows_of($a, $b) UNION ALL SELECT * FROM rows_of($a, 1)', params: z.object({ a: z.number(), b: z.number().nullable() }), row: z.object({}) });
		const v = withVariants(q, 'rows_of', [
			{ macro: 'fast_rows', when: (p) => p.b === null },
			{ macro: 'other_rows', when: () => true }
		]);
		expect(sqlFor(q, [1, null])).toBe(q.sql);
		expect(sqlFor(v, [1, null])).toBe('SELECT * FROM fast_rows($1, $2) UNION ALL SELECT * FROM fast_rows($1, 1)');
		expect(sqlFor(v, [1, 2])).toBe('SELECT * FROM other_rows($1, $2) UNION ALL SELECT * FROM other_rows($1, 1)');
		expect(() => withVariants(q, 'my_rows_of', [])).toThrow(/my_rows_of\(…\) is not in its SQL/);
	});

	it('reject unknown and unused parameters when defined', () => {
		expect(() => compileSql('q', 'SELECT $a', [])).toThrow(/\$a is not one of its parameters/);
		expect(() => compileSql('q', 'SELECT 1', ['a'])).toThrow(/parameter a is not used/);
		expect(compileSql('q', '-- uses $b in a comment\nSELECT $b + $b', ['b'])).toBe('SELECT $1 + $1');
	});
});

describe.skipIf(!HAS_DEFAULT)('named queries on the bundled dataset (@duckdb/node-api)', () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	let runner: QueryRunner;
	const records = HAS_DEFAULT ? read<AnnualReport[]>('records.json') : [];
	const findings = HAS_DEFAULT ? read<Finding[]>('findings.json') : [];

	beforeAll(async () => {
		node = await openNode();
		runner = node.runner;
	});
	afterAll(() => node?.close());

	it('runs every named query with representative parameters; rows match their schemas', { timeout: 60_000 }, async () => {
		const results = await probeQueries(runner);
		expect(results.map((r) => r.name)).toEqual(Object.keys(QUERIES));
		for (const r of results) {
			expect(r.error, r.name).toBeNull();
			expect(r.rows, r.name).toBeGreaterThan(0);
		}
	});

	it('filter-facets gives the filter bar the same choices as the full agency list', async () => {
		const years = { min: 2019, max: 2025 };
		const facets = await runner.query(filterFacets, {});
		const list = await runner.query(agencyList, { yearFrom: 2019, yearTo: 2025 });
		expect(facets.length).toBeLessThan(list.length);
		expect(filterOptions(facets, years)).toEqual(filterOptions(list, years));
	});

	it('scope: single agencies, area-wide reports or all; the parts add up to all (no report lost or counted twice)', async () => {
		const total = (rows: { new_received: number | null; reports: number }[]) => ({
			reports: rows.reduce((s, r) => s + r.reports, 0),
			new: rows.reduce((s, r) => s + (r.new_received ?? 0), 0)
		});
		const base = { yearFrom: 2019, yearTo: 2025 };
		const all = total(await runner.query(overviewKpis, { ...base, scope: 'all' }));
		const agencies = total(await runner.query(overviewKpis, { ...base, scope: 'agencies' }));
		const areas = total(await runner.query(overviewKpis, { ...base, scope: 'areas' }));
		const isArea = (r: AnnualReport) => r.agency.kind === 'area';
		const newOf = (rs: AnnualReport[]) => rs.reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);
		expect(areas.reports).toBe(records.filter(isArea).length);
		expect(areas.reports).toBeGreaterThan(0);
		expect(agencies.reports).toBe(records.filter((r) => !isArea(r)).length);
		expect(agencies.new).toBe(newOf(records.filter((r) => !isArea(r))));
		expect(areas.new).toBe(newOf(records.filter(isArea)));
		expect(agencies.reports + areas.reports).toBe(all.reports);
		expect(agencies.new + areas.new).toBe(all.new);
	});

	it('search: text in the name or a registry alias, case-insensitive, in reports and findings alike', async () => {
		const base = { yearFrom: 2019, yearTo: 2025, search: '投资促进' };
		const rows = await runner.query(overviewKpis, base);
		// 国有资产管理局 was renamed 投资促进局: the registry gives both one id, so the alias finds every year.
		const id = records.find((r) => r.agency.name.includes('投资促进'))!.agency.id;
		expect(rows.reduce((s, r) => s + r.reports, 0)).toBe(records.filter((r) => r.agency.id === id).length);
		const f = await runner.query(findingsSummary, base);
		expect(f.reduce((s, r) => s + r.findings, 0)).toBe(findings.filter((x) => x.agencyId === id).length);
		expect(await runner.query(overviewKpis, { ...base, search: '不存在的机关' })).toEqual([]);
	});

	it('overview-kpis: sums and counts per year equal records.json', async () => {
		const rows = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025 });
		const manifest = DatasetManifest.parse(read('manifest.json'));
		expect(Object.fromEntries(rows.map((r) => [String(r.year), r.reports]))).toEqual(manifest.counts.byYear);
		const y2024 = records.filter((r) => r.year === 2024);
		const sum = (get: (r: AnnualReport) => number | null | undefined) => y2024.reduce((s, r) => s + (get(r) ?? 0), 0);
		const row = rows.find((r) => r.year === 2024)!;
		expect(row.new_received).toBe(sum((r) => r.applications.newReceived.total.value));
		expect(row.carried_forward).toBe(sum((r) => r.applications.carriedForward.total.value));
		expect(row.reviews).toBe(sum((r) => r.reviewLitigation.review.total.value));
		expect(row.agencies).toBe(new Set(y2024.map((r) => r.agency.id)).size);
		// Share numerators: only reports whose 办结 is printed.
		for (const r of rows) {
			const ys = records.filter((x) => x.year === r.year && x.applications.results.totalProcessed.total.value !== null);
			const granted = ys.reduce<number | null>((s, x) => (x.applications.results.granted.total.value === null ? s : (s ?? 0) + x.applications.results.granted.total.value), null);
			expect(r.granted_k, String(r.year)).toBe(granted);
		}
	});

	it('filters bind as parameters: region, agency, level', async () => {
		const all = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025 });
		const province = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025, provinceCode: '350000' });
		const expected = records.filter((r) => r.agency.region.province?.code === '350000').length;
		expect(province.reduce((n, r) => n + r.reports, 0)).toBe(expected);
		expect(all.reduce((n, r) => n + r.reports, 0)).toBe(records.length);
		const one = records[0]!;
		const agency = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025, agencyId: one.agency.id });
		expect(agency.reduce((n, r) => n + r.reports, 0)).toBe(records.filter((r) => r.agency.id === one.agency.id).length);
		const none = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025, level: 'national' });
		expect(none).toEqual([]);
	});

	it('trend-outcomes: granted per year equals records.json', async () => {
		const rows = await runner.query(trendOutcomes, { yearFrom: 2021, yearTo: 2021 });
		const granted = records.filter((r) => r.year === 2021).reduce((s, r) => s + (r.applications.results.granted.total.value ?? 0), 0);
		expect(rows.find((r) => r.outcome === 'granted')?.value).toBe(granted);
		expect(rows.map((r) => r.outcome)).toEqual(['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'other']);
	});

	it('top-agencies honours its limit and orders by new applications', async () => {
		const rows = await runner.query(topAgencies, { yearFrom: 2019, yearTo: 2025, limit: 3 });
		expect(rows).toHaveLength(3);
		expect(rows.map((r) => r.new_received ?? -1)).toEqual([...rows.map((r) => r.new_received ?? -1)].sort((a, b) => b - a));
	});

	it('findings-summary counts every finding once', async () => {
		const rows = await runner.query(findingsSummary, { yearFrom: 1990, yearTo: 2100 });
		expect(rows.reduce((n, r) => n + r.findings, 0)).toBe(findings.length);
	});

	it('agency-profile and report-cells: one row per report, one per template cell', async () => {
		const one = records.find((r) => r.template === '2021')!;
		const profile = await runner.query(agencyProfile, { agencyId: one.agency.id });
		expect(profile.map((r) => r.id)).toEqual(records.filter((r) => r.agency.id === one.agency.id).map((r) => r.id).sort());
		const cells = await runner.query(reportCells, { reportId: one.id });
		expect(cells.map((c) => c.path)).toEqual(layoutCells(one.layout).map((c) => c.path));
		expect(cells.find((c) => c.path === 'applications.newReceived.total')?.value).toBe(one.applications.newReceived.total.value);
	});

	it('agency-list: search finds a name or an alias, also of an agency without aliases', async () => {
		const noAliases = await runner.query(agencyList, { yearFrom: 2019, yearTo: 2025, search: '海坛' });
		expect(noAliases.map((a) => [a.id, a.aliases])).toEqual([['fj-pingtan-haitan', []]]);
		const alias = await runner.query(agencyList, { yearFrom: 2019, yearTo: 2025, search: '国有资产管理局' });
		expect(alias.map((a) => a.id)).toEqual(['fj-pingtan-touzicujin']);
		const all = await runner.query(agencyList, { yearFrom: 2019, yearTo: 2025 });
		expect(all).toHaveLength(16);
		expect(all[0]!.series.map((p) => p.year)).toEqual([...all[0]!.series.map((p) => p.year)].sort());
	});

	it('rejects invalid parameters before running anything', async () => {
		await expect(runner.query(overviewKpis, { yearFrom: 'x' as never, yearTo: 2020 })).rejects.toThrow(/overview-kpis: invalid parameters/);
		await expect(runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2020, provinceCode: "35' OR 1=1" })).rejects.toThrow(/invalid parameters/);
	});

	it('rejects rows with a bigint or a HUGEINT string', async () => {
		const q = (sql: string) => defineQuery({ name: 'bad', title: 'bad', sql, params: z.object({}), row: z.object({ n: z.number() }) });
		await expect(runner.query(q('SELECT 1::BIGINT AS n'), {})).rejects.toThrow(/row 0 does not match its schema/);
		await expect(runner.query(q('SELECT sum(year)::VARCHAR AS n FROM reports'), {})).rejects.toThrow(/does not match/);
	});

	it('probe parameters come from the data', async () => {
		const p = await probeParams(runner);
		expect(p['overview-kpis']).toEqual({ yearFrom: 2019, yearTo: 2025 });
		expect(records.some((r) => r.id === p['report-cells'].reportId)).toBe(true);
	});
});
