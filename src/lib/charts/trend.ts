/** Outcomes by year: stacked bars, one series per outcome group of table 三 (colours from theme.ts). */
import type { EChartsOption } from 'echarts';
import type { RowOf, trendOutcomes } from '../db/queries';
import type { Lang } from '../filters';
import { messages, OUTCOME_LABELS } from '../i18n';
import { formatAxis, formatNumber } from './format';
import type { DataTable } from './table';
import { base, MUTED, OUTCOME_COLORS } from './theme';
import { axisTooltip } from './tooltip';

export type TrendRow = RowOf<typeof trendOutcomes>;
export const OUTCOMES = ['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'other'] as const;

export interface TrendOptions {
	lang: Lang;
}

function years(rows: TrendRow[]): number[] {
	return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

function valueOf(rows: TrendRow[], year: number, outcome: TrendRow['outcome']): number | null {
	return rows.find((r) => r.year === year && r.outcome === outcome)?.value ?? null;
}

/** rows of trend-outcomes → a stacked bar option; x categories are the years as strings (the click handler's key). */
export function trendOption(rows: TrendRow[], opts: TrendOptions): EChartsOption {
	const { lang } = opts;
	const t = messages(lang);
	const ys = years(rows);
	return {
		...base(lang),
		grid: { left: 56, right: 16, top: 56, bottom: 40 },
		legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: MUTED } },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: unknown) => axisTooltip(lang, p) },
		xAxis: { type: 'category', name: t.year, nameLocation: 'middle', nameGap: 26, data: ys.map(String), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0 } },
		yAxis: {
			type: 'value',
			name: t.applications,
			nameTextStyle: { align: 'left', color: MUTED },
			axisLabel: { formatter: (v: number) => formatAxis(lang, v) }
		},
		series: OUTCOMES.map((o) => ({
			type: 'bar' as const,
			name: OUTCOME_LABELS[lang][o],
			stack: 'outcomes',
			barMaxWidth: 48,
			cursor: 'pointer',
			itemStyle: { color: OUTCOME_COLORS[o] },
			emphasis: { focus: 'none' as const },
			data: ys.map((y) => valueOf(rows, y, o))
		}))
	};
}

/** The same rows as a table: one row per year, one column per outcome. */
export function trendTable(rows: TrendRow[], opts: TrendOptions): DataTable {
	const { lang } = opts;
	return {
		columns: [messages(lang).year, ...OUTCOMES.map((o) => OUTCOME_LABELS[lang][o])],
		rows: years(rows).map((y) => [String(y), ...OUTCOMES.map((o) => formatNumber(lang, valueOf(rows, y, o)))]),
		numeric: [false, ...OUTCOMES.map(() => true)]
	};
}
