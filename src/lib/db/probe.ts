/**
 * Runs every named query once with parameters taken from the loaded data (its years, its most-reporting agency and
 * that agency's latest report), some with filters set, so that both the null and the bound form of each filter are
 * exercised. The /data page shows the row counts; the tests compare them across engines.
 */
import type { QueryRunner } from './runner';
import { agencyList, agencyProfile, complianceReports, datasetSummary, QUERIES, type QueryName } from './queries';

export interface ProbeResult {
	name: QueryName;
	params: Record<string, unknown>;
	/** Row count, or null when the query failed. */
	rows: number | null;
	ms: number;
	error: string | null;
	/** The rows themselves when asked for (`keepRows`). */
	result?: unknown[];
}

/** Representative parameters of every named query for the data `runner` sees. */
export async function probeParams(runner: QueryRunner): Promise<Record<QueryName, Record<string, unknown>>> {
	const [summary] = await runner.query(datasetSummary, {});
	const yearTo = summary?.year_max ?? 2024;
	const yearFrom = summary?.year_min ?? yearTo;
	const years = { yearFrom, yearTo };
	const [agency] = await runner.query(agencyList, years);
	const agencyId = agency?.id ?? 'none';
	const reports = await runner.query(agencyProfile, { agencyId });
	const reportId = reports.at(-1)?.id ?? 'none';
	const reportWithFindings = reports.findLast((r) => r.findings > 0)?.id ?? reportId;
	// The report with most errors (any report with findings, so that its drill-in has rows).
	const [failing] = await runner.query(complianceReports, { ...years, limit: 1 });
	const region = { provinceCode: agency?.province_code ?? null, cityCode: agency?.city_code ?? null };
	return {
		'dataset-summary': {},
		'overview-kpis': years,
		'trend-outcomes': { ...years, ...region },
		'applicant-mix': { ...years, level: agency?.level ?? null },
		'top-agencies': { ...years, limit: 10 },
		'findings-summary': years,
		'compliance-matrix': { ...years, regionLevel: 'county' },
		'filter-facets': {},
		'agency-list': { ...years, search: agency ? agency.name.slice(0, 2) : null },
		'agency-profile': { agencyId },
		'agency-detail': { agencyId },
		'report-cells': { reportId },
		'report-record': { reportId },
		'report-findings': { reportId: reportWithFindings },
		'late-missing': { ...years, countyCode: agency?.county_code ?? null },
		'compare-entities': { ...years, scope: 'agencies', ids: agencyId, regions: agency?.county_code ?? '' },
		'compare-trend': { ...years, scope: 'agencies', ids: agencyId, regions: agency?.city_code ?? '' },
		'compare-search': { q: agency ? agency.name.slice(0, 2) : 'a', limit: 12 },
		'compliance-summary': { ...years, severity: 'error' },
		'compliance-reports': { ...years, sort: 'agency', desc: false, limit: 20 },
		'compliance-findings': { reportId: failing?.report_id ?? reportId, year: failing?.year ?? yearTo },
		'compliance-export': { ...years, severity: 'warning' }
	};
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Runs every named query with {@link probeParams}; a failing query is reported, not thrown. */
export async function probeQueries(runner: QueryRunner, opts: { keepRows?: boolean } = {}): Promise<ProbeResult[]> {
	const params = await probeParams(runner);
	const out: ProbeResult[] = [];
	for (const name of Object.keys(QUERIES) as QueryName[]) {
		const p = params[name];
		const t0 = now();
		try {
			const rows: unknown[] = await runner.query(QUERIES[name], p as never);
			out.push({ name, params: p, rows: rows.length, ms: now() - t0, error: null, ...(opts.keepRows ? { result: rows } : {}) });
		} catch (e) {
			out.push({ name, params: p, rows: null, ms: now() - t0, error: e instanceof Error ? e.message : String(e) });
		}
	}
	return out;
}
