/**
 * The overview's first paint (DESIGN.md §5, §6), computed at build time: the same named queries the page runs, with
 * the default view's filters, over the bundled dataset in @duckdb/node-api; the charts rendered to SVG by ECharts on
 * the server from the same option builders, in both languages. +page.server.ts returns it; the page shows it until
 * DuckDB-wasm is ready in the browser.
 */
import { applicantOption, findingsOption, topAgenciesOption, trendOption } from '../../charts';
import { CHART_PANELS, chartHeight, defaultFilters, overviewParams, type ChartPanel, type FirstPaint, type OverviewRows } from '../../dashboard/overview';
import { applicantMix, datasetSummary, findingsSummary, overviewKpis, topAgencies, trendOutcomes } from '../../db/queries';
import type { QueryRunner } from '../../db/runner';
import type { Lang } from '../../filters';
import { openNode } from '../query/node-runner';
import { renderSvg } from './render-svg';

export { assertSafeSvg, renderSvg } from './render-svg';

/**
 * The width each chart is laid out at: its panel's inner width on a wide screen (the page's 80rem column; wide
 * panels span both grid columns). Narrower screens scale the SVG down; its height never changes.
 */
export const CHART_WIDTHS: Record<ChartPanel, number> = { trend: 1246, applicants: 600, agencies: 600, findings: 1246 };

const OPTIONS = {
	trend: (rows, lang) => trendOption(rows.trend, { lang }),
	applicants: (rows, lang) => applicantOption(rows.applicants, { lang }),
	agencies: (rows, lang) => topAgenciesOption(rows.agencies, { lang }),
	findings: (rows, lang) => findingsOption(rows.findings, { lang })
} satisfies Record<ChartPanel, (rows: OverviewRows, lang: Lang) => unknown>;

/** The default view's rows, queried like the page queries them. */
export async function overviewRows(runner: QueryRunner): Promise<{ range: FirstPaint['range']; rows: OverviewRows }> {
	const [summary] = await runner.query(datasetSummary, {});
	if (!summary || summary.year_min === null || summary.year_max === null) throw new Error('first paint: the dataset has no reports');
	const range = { min: summary.year_min, max: summary.year_max };
	const p = overviewParams(defaultFilters(range), range);
	// One after the other: a node-api connection runs one prepared statement at a time.
	const kpis = await runner.query(overviewKpis, p.kpis);
	const trend = await runner.query(trendOutcomes, p.trend);
	const applicants = await runner.query(applicantMix, p.applicants);
	const agencies = await runner.query(topAgencies, p.agencies);
	const findings = await runner.query(findingsSummary, p.findings);
	return { range, rows: { kpis, trend, applicants, agencies, findings } };
}

/** Every chart of the overview as SVG, for both languages. */
export function renderCharts(rows: OverviewRows): FirstPaint['svg'] {
	const one = (lang: Lang) =>
		Object.fromEntries(CHART_PANELS.map((c) => [c, renderSvg(OPTIONS[c](rows, lang), CHART_WIDTHS[c], chartHeight(c, rows))])) as Record<ChartPanel, string>;
	return { zh: one('zh'), en: one('en') };
}

/** The first paint of the overview from a dataset file (a gongkai.duckdb). */
export async function buildFirstPaint(file: string): Promise<FirstPaint> {
	const db = await openNode(file);
	try {
		const { range, rows } = await overviewRows(db.runner);
		return { range, rows, svg: renderCharts(rows), widths: CHART_WIDTHS };
	} finally {
		db.close();
	}
}
