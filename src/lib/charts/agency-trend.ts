/**
 * An agency's key measures by year (from agency-profile: one row per report): new requests, processed, reviews +
 * lawsuits, and the shares of processed requests disclosed (fully or in part) and refused. Two charts: counts
 * (bars, with appeals as a line on their own axis, since they are a few where requests are hundreds) and shares (lines,
 * 0–100%). The x axis has every year from the first report to the last, so a year without a report is a gap. The
 * selected year (the tables shown below the charts) is drawn full-strength, the others lighter.
 */
import type { EChartsOption } from 'echarts';
import type { agencyProfile, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { AGENCY_MESSAGES } from '../i18n/agencies';
import { formatAxis, formatNumber, formatPercent } from './format';
import type { DataTable } from './table';
import { base, MUTED, OUTCOME_COLORS } from './theme';
import { axisTooltip } from './tooltip';

export type ProfileRow = RowOf<typeof agencyProfile>;

export interface AgencyTrendOptions {
	lang: Lang;
	/** The year whose tables are shown (highlighted), or null. */
	selected: number | null;
}

/** One year's measures; null where the report leaves the cells blank (or there is no report). */
export interface YearMeasures {
	year: number;
	reports: number;
	new_received: number | null;
	processed: number | null;
	reviews: number | null;
	lawsuits: number | null;
	appeals: number | null;
	disclosed: number | null;
	refused: number | null;
}

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

/** Every year from the first report to the last, with its measures (summed if an agency has two reports a year). */
export function agencyMeasures(rows: readonly ProfileRow[]): YearMeasures[] {
	if (rows.length === 0) return [];
	const years = rows.map((r) => r.year);
	const out: YearMeasures[] = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++) {
		const mine = rows.filter((r) => r.year === year);
		const s = (f: 'new_received' | 'processed' | 'granted' | 'partial_grant' | 'denied' | 'reviews' | 'lawsuits') =>
			mine.reduce<number | null>((acc, r) => add(acc, r[f]), null);
		const processed = s('processed');
		out.push({
			year,
			reports: mine.length,
			new_received: s('new_received'),
			processed,
			reviews: s('reviews'),
			lawsuits: s('lawsuits'),
			appeals: add(s('reviews'), s('lawsuits')),
			disclosed: ratio(add(s('granted'), s('partial_grant')), processed),
			refused: ratio(s('denied'), processed)
		});
	}
	return out;
}

const LIGHT = 0.45;
const COLORS = { new_received: '#2f6f9f', processed: '#7fb0d6', appeals: '#c0504d', disclosed: OUTCOME_COLORS.granted, refused: OUTCOME_COLORS.denied } as const;

function xAxis(ms: YearMeasures[], selected: number | null, name: string) {
	return {
		type: 'category' as const,
		name,
		nameLocation: 'middle' as const,
		nameGap: 26,
		data: ms.map((m) => String(m.year)),
		axisTick: { alignWithLabel: true },
		axisLabel: {
			// Every year labelled (the selected one in bold): a year is what a click on the chart picks.
			interval: 0,
			formatter: (v: string) => (String(selected) === v ? `{sel|${v}}` : v),
			rich: { sel: { fontWeight: 'bold' as const, color: '#1f2328' } }
		}
	};
}

const point = (value: number | null, year: number, selected: number | null, color: string) => ({
	value,
	itemStyle: { color, opacity: selected === null || selected === year ? 1 : LIGHT }
});

export const GRID = { left: 52, right: 52, top: 52, bottom: 40 } as const;

/** New requests and processed (bars), reviews + lawsuits (a line on the right axis). */
export function agencyVolumeOption(rows: readonly ProfileRow[], opts: AgencyTrendOptions): EChartsOption {
	const { lang, selected } = opts;
	const t = AGENCY_MESSAGES[lang];
	const ms = agencyMeasures(rows);
	const bar = (key: 'new_received' | 'processed') => ({
		type: 'bar' as const,
		name: key === 'new_received' ? t.newReceived : t.processed,
		barMaxWidth: 28,
		cursor: 'pointer',
		itemStyle: { color: COLORS[key] },
		emphasis: { focus: 'none' as const },
		data: ms.map((m) => point(m[key], m.year, selected, COLORS[key]))
	});
	return {
		...base(lang),
		grid: { ...GRID },
		legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: MUTED } },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: unknown) => axisTooltip(lang, p) },
		xAxis: xAxis(ms, selected, t.year),
		yAxis: [
			{ type: 'value', name: t.count, nameTextStyle: { align: 'left', color: MUTED }, minInterval: 1, axisLabel: { formatter: (v: number) => formatAxis(lang, v) } },
			{ type: 'value', name: t.appeals, nameTextStyle: { align: 'right', color: MUTED }, minInterval: 1, splitLine: { show: false }, axisLabel: { formatter: (v: number) => formatAxis(lang, v) } }
		],
		series: [
			bar('new_received'),
			bar('processed'),
			{
				type: 'line',
				name: t.appeals,
				yAxisIndex: 1,
				connectNulls: false,
				symbolSize: 7,
				itemStyle: { color: COLORS.appeals },
				lineStyle: { color: COLORS.appeals, width: 2 },
				data: ms.map((m) => point(m.appeals, m.year, selected, COLORS.appeals))
			}
		]
	};
}

/** Shares of processed requests: disclosed fully or in part, refused (lines, 0–100%). */
export function agencyShareOption(rows: readonly ProfileRow[], opts: AgencyTrendOptions): EChartsOption {
	const { lang, selected } = opts;
	const t = AGENCY_MESSAGES[lang];
	const ms = agencyMeasures(rows);
	const line = (key: 'disclosed' | 'refused') => ({
		type: 'line' as const,
		name: key === 'disclosed' ? t.disclosedShare : t.refusedShare,
		connectNulls: false,
		symbolSize: 7,
		itemStyle: { color: COLORS[key] },
		lineStyle: { color: COLORS[key], width: 2 },
		data: ms.map((m) => point(m[key], m.year, selected, COLORS[key]))
	});
	return {
		...base(lang),
		grid: { ...GRID },
		legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: MUTED } },
		tooltip: { trigger: 'axis', formatter: (p: unknown) => axisTooltip(lang, p, formatPercent) },
		xAxis: xAxis(ms, selected, t.year),
		yAxis: { type: 'value', name: t.share, min: 0, max: 1, nameTextStyle: { align: 'left', color: MUTED }, axisLabel: { formatter: (v: number) => formatPercent(lang, v).replace(/\.0(?=%)/, '') } },
		series: [line('disclosed'), line('refused')]
	};
}

/** The measures as a table (the charts' twin): one row per year. */
export function agencyTrendTable(rows: readonly ProfileRow[], lang: Lang): DataTable {
	const t = AGENCY_MESSAGES[lang];
	const ms = agencyMeasures(rows);
	const n = (v: number | null) => formatNumber(lang, v);
	return {
		columns: [t.year, t.newReceived, t.processed, t.disclosedShare, t.refusedShare, t.reviews, t.lawsuits],
		rows: ms.map((m) => [String(m.year), n(m.new_received), n(m.processed), formatPercent(lang, m.disclosed), formatPercent(lang, m.refused), n(m.reviews), n(m.lawsuits)]),
		numeric: [false, true, true, true, true, true, true]
	};
}
