/**
 * The overview's per-year sums are written against overview_rows (derived.sql): cells of overview_cube,
 * pre-aggregated when a dataset is loaded, for the broad views; the reports themselves when a city, county, agency or
 * search is set. The named queries run one half or the other, chosen by their parameters (cubeAnswers). All must
 * give exactly the sums over the matching reports (report_measures, i.e. filtered_reports), blanks included, for
 * every filter the dashboard has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { applicantMix, cubeAnswers, overviewKpis, sqlFor, trendOutcomes } from '../../../src/lib/db/queries';
import { HAS_DEFAULT, openNode } from './helpers';

const MEASURES = [
	'new_received', 'carried_over', 'processed', 'granted', 'partial_grant', 'denied', 'unable', 'not_processed', 'other',
	'carried_forward', 'reviews', 'lawsuits', 'review_corrected', 'lawsuit_corrected', 'granted_k', 'partial_grant_k',
	'denied_k', 'unable_k', 'not_processed_k', 'natural_person', 'legal_commercial', 'legal_research', 'legal_social',
	'legal_legal', 'legal_other'
];
const PARAMS = ['yearFrom', 'yearTo', 'provinceCode', 'cityCode', 'countyCode', 'level', 'kind', 'category', 'agencyId', 'search', 'scope'] as const;
type Filters = Record<(typeof PARAMS)[number], string | number | null>;

const perYear = (source: string) =>
	`SELECT year, sum(reports)::INTEGER AS reports, ${MEASURES.map((m) => `sum(${m}) AS ${m}`).join(', ')}
	FROM ${source}(${PARAMS.map((_, i) => `$${i + 1}`).join(', ')}) GROUP BY year ORDER BY year`;

async function sums(conn: DuckDBConnection, source: 'overview_rows' | 'overview_cells' | 'report_measures', f: Filters) {
	const stmt = await conn.prepare(perYear(source));
	stmt.bind(PARAMS.map((p) => f[p]) as never);
	return (await stmt.runAndReadAll()).getRowObjectsJS();
}

describe.skipIf(!HAS_DEFAULT)('overview sums on the bundled dataset: overview_rows = the matching reports', () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	let combos: Filters[] = [];

	beforeAll(async () => {
		node = await openNode();
		const distinct = async (col: string) =>
			(await node.conn.runAndReadAll(`SELECT DISTINCT ${col} AS v FROM reports WHERE ${col} IS NOT NULL ORDER BY 1`)).getRowObjectsJS().map((r) => r.v as string);
		const first = async <T>(sql: string) => (await node.conn.runAndReadAll(sql)).getRowObjectsJS()[0] as T;
		const { lo, hi } = await first<{ lo: number; hi: number }>('SELECT min(year) AS lo, max(year) AS hi FROM reports');
		const { id } = await first<{ id: string }>('SELECT min(agency_id) AS id FROM reports');
		const one: Partial<Filters>[] = [{}, { search: '局' }, { search: '没有这个机关' }, { agencyId: id }];
		for (const [param, col] of [
			['provinceCode', 'province_code'], ['cityCode', 'city_code'], ['countyCode', 'county_code'],
			['level', 'level'], ['kind', 'kind'], ['category', 'category']
		] as const) {
			for (const v of await distinct(col)) one.push({ [param]: v });
		}
		one.push({ level: 'no-such-level' });
		const none: Filters = { yearFrom: lo, yearTo: hi, provinceCode: null, cityCode: null, countyCode: null, level: null, kind: null, category: null, agencyId: null, search: null, scope: 'agencies' };
		for (const scope of ['agencies', 'areas', 'all']) {
			for (const years of [{ yearFrom: lo, yearTo: hi }, { yearFrom: hi - 1, yearTo: hi - 1 }]) {
				for (const f of one) combos.push({ ...none, ...years, scope, ...f });
			}
		}
	});
	afterAll(() => node?.close());

	it('every filter, every scope, all years and one year: the same sums, blanks as blanks', async () => {
		expect(combos.length).toBeGreaterThan(60);
		let nonEmpty = 0;
		let blank = 0;
		for (const f of combos) {
			const want = await sums(node.conn, 'report_measures', f);
			expect(await sums(node.conn, 'overview_rows', f), JSON.stringify(f)).toEqual(want);
			if (cubeAnswers(f)) expect(await sums(node.conn, 'overview_cells', f), JSON.stringify(f)).toEqual(want);
			else await expect(sums(node.conn, 'overview_cells', f), JSON.stringify(f)).rejects.toThrow(/overview_cells: no city, county, agency or search/);
			if (want.length) nonEmpty++;
			if (want.some((r) => MEASURES.some((m) => r[m] === null))) blank++;
		}
		// The comparison is not vacuous: most views have reports, and in some a sum is blank (null), not 0.
		expect(nonEmpty).toBeGreaterThan(combos.length / 2);
		expect(blank).toBeGreaterThan(0);
	});

	it('the named queries run the cube for the broad views and the reports for the narrow ones', () => {
		const broad = combos.find((f) => cubeAnswers(f))!;
		const narrow = combos.filter((f) => !cubeAnswers(f));
		expect(narrow.length).toBeGreaterThan(10);
		for (const q of [overviewKpis, trendOutcomes, applicantMix]) {
			const values = (f: Filters) => q.paramNames.map((p) => f[p as keyof Filters]);
			expect(q.sql, q.name).toMatch(/\boverview_rows\(/);
			expect(sqlFor(q, values(broad)), q.name).toMatch(/\boverview_cells\(/);
			expect(sqlFor(q, values(broad)), q.name).not.toMatch(/\b(overview_rows|report_measures)\(/);
			for (const f of narrow) {
				expect(sqlFor(q, values(f)), q.name).toMatch(/\breport_measures\(/);
				expect(sqlFor(q, values(f)), q.name).not.toMatch(/\b(overview_rows|overview_cells)\(/);
			}
		}
	});

	it('the broad views read the pre-aggregated cells, the narrow ones the reports', async () => {
		const cells = Number((await node.conn.runAndReadAll('SELECT count(*) AS n FROM overview_cube')).getRowObjectsJS()[0]!.n);
		const reports = Number((await node.conn.runAndReadAll('SELECT count(*) AS n FROM reports')).getRowObjectsJS()[0]!.n);
		expect(cells).toBeGreaterThan(0);
		expect(cells).toBeLessThanOrEqual(reports);
		const broad = combos.find((f) => f.cityCode === null && f.countyCode === null && f.search === null && f.agencyId === null && f.scope === 'all')!;
		const narrow = combos.find((f) => f.cityCode !== null && f.scope === 'all')!;
		const narrowBefore = await sums(node.conn, 'overview_rows', narrow);
		expect((await sums(node.conn, 'overview_rows', broad)).length).toBeGreaterThan(0);
		// Emptied cells: the broad view has nothing left to sum, the narrow one is untouched.
		await node.conn.run('DELETE FROM overview_cube');
		expect(await sums(node.conn, 'overview_rows', broad)).toEqual([]);
		expect(await sums(node.conn, 'overview_rows', narrow)).toEqual(narrowBefore);
	});
});
