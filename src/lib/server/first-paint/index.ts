/**
 * The overview's first paint (DESIGN.md §5, §6), computed at build time: the same named queries the page runs, with
 * the default view's filters, over the bundled dataset in @duckdb/node-api; the charts rendered to SVG by ECharts on
 * the server from the same option builders, in both languages. +page.server.ts returns the rows; hooks.server.ts writes
 * the default language's charts into the page's HTML (`injectCharts`); /first-paint/[lang]/[chart].svg serves each
 * chart as a file (the other language). The page shows them until DuckDB-wasm is ready in the browser.
 */
import { resolve } from 'node:path';
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

/** Chart SVG markup per language and panel (escaped by ECharts' SSR renderer, checked by assertSafeSvg). */
export type FirstPaintSvg = Record<Lang, Record<ChartPanel, string>>;

/** The first paint with its charts: what the build computes (the page's data is the `FirstPaint` part). */
export interface ServerFirstPaint extends FirstPaint {
	svg: FirstPaintSvg;
}

/**
 * Marks a chart's first text for the Element Timing API (`elementtiming`): the browser then reports when that text,
 * painted with the chart, reached the screen. bench/first-paint.ts measures the first chart with it.
 */
function timed(svg: string, chart: ChartPanel): string {
	if (!svg.includes('<text ')) throw new Error(`first paint: the ${chart} chart has no text to time`);
	return svg.replace('<text ', `<text elementtiming="chart-${chart}" `);
}

/** Every chart of the overview as SVG, for both languages. */
export function renderCharts(rows: OverviewRows): FirstPaintSvg {
	const one = (lang: Lang) =>
		Object.fromEntries(CHART_PANELS.map((c) => [c, timed(renderSvg(OPTIONS[c](rows, lang), CHART_WIDTHS[c], chartHeight(c, rows)), c)])) as Record<ChartPanel, string>;
	return { zh: one('zh'), en: one('en') };
}

/** The first paint of the overview from a dataset file (a gongkai.duckdb). */
export async function buildFirstPaint(file: string): Promise<ServerFirstPaint> {
	const db = await openNode(file);
	try {
		const { range, rows } = await overviewRows(db.runner);
		return { range, rows, svg: renderCharts(rows) };
	} finally {
		db.close();
	}
}

let bundled: Promise<ServerFirstPaint> | undefined;

/**
 * The bundled dataset's first paint, computed once per process: the prerender (and `vite dev`) asks for it from the
 * page's load, the hook that writes the charts into the HTML and the SVG files. A failure is not cached.
 */
export function defaultFirstPaint(): Promise<ServerFirstPaint> {
	return (bundled ??= buildFirstPaint(resolve('data/default/gongkai.duckdb')).catch((e: unknown) => {
		bundled = undefined;
		throw e;
	}));
}

/** The empty chart boxes PrerenderedChart leaves for the server's markup: `<div … data-first-paint="trend" …></div>`. */
const SLOT = /(<div\b[^>]*\sdata-first-paint="([^"]*)"[^>]*>)(<\/div>)/g;

/**
 * Writes each chart's SVG into its empty box in a page's HTML (SvelteKit's transformPageChunk). The markup reaches
 * the browser once, in the HTML, instead of also as a string in the hydration data; the page keeps the boxes'
 * content until its live charts replace them. Throws on a box for a chart it has no SVG for (a build error).
 */
export function injectCharts(html: string, svg: Record<ChartPanel, string>): string {
	return html.replace(SLOT, (_, open: string, chart: string, close: string) => {
		const markup = (svg as Record<string, string | undefined>)[chart];
		if (markup === undefined) throw new Error(`first paint: no SVG for the chart box "${chart}"`);
		return open + markup + close;
	});
}
