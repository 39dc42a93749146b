/**
 * The overview's panels as data (pure): for each, the named query and its parameters from the filters, when its
 * answer counts as empty, which rows it shows (what its downloads contain), their columns, and how it embeds. Used
 * by the overview (/), the embed page (/embed/[panel]) and the tests, so all three run exactly the same query.
 */
import { applicantMix, findingsSummary, overviewKpis, topAgencies, trendOutcomes, type NamedQuery, type ParamsOf, type RowOf } from '../db/queries';
import type { QueryFilters } from '../filters';
import type { MessageKey } from '../i18n';
import { APPLICANT_COLUMNS, FINDING_COLUMNS, KPI_COLUMNS, TOP_AGENCY_COLUMNS, TREND_COLUMNS, type ExportColumns } from '../export/tables';

export interface PanelSpec<Q extends NamedQuery> {
	/** The panel's title (a site label). */
	title: MessageKey;
	query: Q;
	params(f: QueryFilters, range: { min: number; max: number }): ParamsOf<Q>;
	/** Whether the answer leaves nothing to show (default: no rows). */
	isEmpty?(rows: RowOf<Q>[], f: QueryFilters): boolean;
	/** The rows the panel shows, i.e. what its CSV / XLSX / Parquet contain (default: all of them). */
	shown?(rows: RowOf<Q>[], f: QueryFilters): RowOf<Q>[];
	columns: ExportColumns<RowOf<Q>>;
	/** Offer a Parquet download (tabular panels). */
	parquet: boolean;
	/** Suggested iframe height (px) in the embed code. */
	embedHeight: number;
}

const spec = <Q extends NamedQuery>(s: PanelSpec<Q>) => s;
const inRange = (f: QueryFilters) => (r: { year: number }) => r.year >= f.yearFrom && r.year <= f.yearTo;

export const OVERVIEW_PANELS = {
	kpis: spec({
		title: 'kpis',
		query: overviewKpis,
		// One year before the range, so the first selected year has a previous year to compare with.
		params: (f, range) => ({ ...f, yearFrom: Math.max(range.min, f.yearFrom - 1) }),
		isEmpty: (rows, f) => !rows.some(inRange(f)),
		// The cards are totals over the selected years: the files hold those years' rows, not the comparison year.
		shown: (rows, f) => rows.filter(inRange(f)),
		columns: KPI_COLUMNS,
		parquet: false,
		embedHeight: 300
	}),
	trend: spec({ title: 'trend', query: trendOutcomes, params: (f) => f, columns: TREND_COLUMNS, parquet: true, embedHeight: 420 }),
	applicants: spec({ title: 'applicantMix', query: applicantMix, params: (f) => f, columns: APPLICANT_COLUMNS, parquet: true, embedHeight: 380 }),
	agencies: spec({ title: 'topAgencies', query: topAgencies, params: (f) => ({ ...f, limit: 10 }), columns: TOP_AGENCY_COLUMNS, parquet: true, embedHeight: 440 }),
	// Findings are counted per report, so every report counts whatever the scope of the sums.
	findings: spec({ title: 'findings', query: findingsSummary, params: (f) => ({ ...f, scope: 'all' as const }), columns: FINDING_COLUMNS, parquet: true, embedHeight: 400 })
} as const;

export type OverviewPanelId = keyof typeof OVERVIEW_PANELS;
export const OVERVIEW_PANEL_IDS = Object.keys(OVERVIEW_PANELS) as OverviewPanelId[];
export type PanelRow<K extends OverviewPanelId> = RowOf<(typeof OVERVIEW_PANELS)[K]['query']>;

export const isOverviewPanel = (id: string): id is OverviewPanelId => Object.hasOwn(OVERVIEW_PANELS, id);

/** A panel's spec with its row type erased (for code that handles any panel the same way). */
export const panelSpec = (id: OverviewPanelId): PanelSpec<NamedQuery> => OVERVIEW_PANELS[id] as unknown as PanelSpec<NamedQuery>;
