/**
 * The overview's panels as data, shared by the page (live, DuckDB-wasm) and its build-time first paint (node-api in
 * +page.server.ts): which named query each panel runs with which parameters, and each chart's height. One
 * definition, so the prerendered panels are exactly what the live page computes for the default view.
 * Pure: no DOM, no DuckDB, no echarts runtime.
 */
import type { applicantMix, findingsSummary, overviewKpis, RowOf, topAgencies, trendOutcomes } from '../db/queries';
import { OVERVIEW_PANELS } from '../panels/overview';
import { DEFAULT_VIEW, toQueryFilters, type Lang, type QueryFilters, type View } from '../filters';

/** The panel ids of the overview, in page order. */
export const CHART_PANELS = ['trend', 'applicants', 'agencies', 'findings'] as const;
export type ChartPanel = (typeof CHART_PANELS)[number];

export interface OverviewRows {
	kpis: RowOf<typeof overviewKpis>[];
	trend: RowOf<typeof trendOutcomes>[];
	applicants: RowOf<typeof applicantMix>[];
	agencies: RowOf<typeof topAgencies>[];
	findings: RowOf<typeof findingsSummary>[];
}

/** Each panel's query parameters for a set of filters and the years the dataset covers (the panel registry's). */
export function overviewParams(f: QueryFilters, range: { min: number; max: number }) {
	const P = OVERVIEW_PANELS;
	return {
		kpis: P.kpis.params(f, range),
		trend: P.trend.params(f, range),
		applicants: P.applicants.params(f, range),
		agencies: P.agencies.params(f, range),
		findings: P.findings.params(f, range)
	};
}

/** The KPI panel has data when a year of the selected range has a row (the extra earlier year does not count). */
export const kpisEmpty = (rows: OverviewRows['kpis'], f: QueryFilters): boolean => OVERVIEW_PANELS.kpis.isEmpty!(rows, f);

/** Each chart's height in CSS pixels for its rows (the prerendered SVG and the live chart use the same). */
export function chartHeight(panel: ChartPanel, rows: OverviewRows): number {
	switch (panel) {
		case 'trend':
			return 300;
		case 'applicants':
			return 260;
		case 'agencies':
			return Math.max(180, rows.agencies.length * 26 + 40);
		case 'findings':
			return Math.max(160, new Set(rows.findings.map((r) => r.rule)).size * 24 + 60);
	}
}

/** The filters of the default view (no URL parameters) over a dataset's years. */
export const defaultFilters = (range: { min: number; max: number }): QueryFilters => toQueryFilters(DEFAULT_VIEW, range);

/** True when a view asks for the same data as the default view (e.g. `?scope=agencies` does; the language may differ). */
export function isDefaultView(view: View, range: { min: number; max: number }): boolean {
	return JSON.stringify(toQueryFilters(view, range)) === JSON.stringify(defaultFilters(range));
}

/**
 * The overview's default view computed at build time (DESIGN.md §5): the rows of every panel. The page's hydration
 * data carries these; the charts themselves, rendered to SVG by ECharts on the server, are written into the HTML by
 * hooks.server.ts (never into the hydration data: that doubled the page) and served as static files for the other
 * language (src/routes/first-paint/[lang]/[chart].svg, fetched by PrerenderedChart).
 */
export interface FirstPaint {
	/** The years the bundled dataset covers. */
	range: { min: number; max: number };
	rows: OverviewRows;
}

/** The language the prerendered page is in: prerendering sees no `?lang=`, so the default view's. */
export const FIRST_PAINT_LANG: Lang = DEFAULT_VIEW.lang;
