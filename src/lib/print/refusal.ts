/** Refusals (不予公开) as a share of processed requests, per year: bars labelled with the percentage. Pure. */
import type { EChartsOption } from 'echarts';
import { formatPercent, OUTCOME_COLORS, type DataTable, type KpiRow } from '../charts';
import { base, MUTED } from '../charts/theme';
import type { Lang } from '../filters';
import { messages } from '../i18n';
import { PRINT_MESSAGES } from '../i18n/print';

export interface RefusalPoint {
	year: number;
	/** denied / processed; null when either is blank or nothing was processed. */
	share: number | null;
}

/** overview-kpis rows in the range → one point per year, ascending. */
export function refusalShares(rows: KpiRow[], range: { yearFrom: number; yearTo: number }): RefusalPoint[] {
	return rows
		.filter((r) => r.year >= range.yearFrom && r.year <= range.yearTo)
		.sort((a, b) => a.year - b.year)
		.map((r) => ({ year: r.year, share: r.denied === null || r.processed === null || r.processed === 0 ? null : r.denied / r.processed }));
}

export function refusalOption(points: RefusalPoint[], lang: Lang): EChartsOption {
	const m = PRINT_MESSAGES[lang];
	return {
		...base(lang),
		grid: { left: 56, right: 16, top: 36, bottom: 40 },
		xAxis: { type: 'category', name: messages(lang).year, nameLocation: 'middle', nameGap: 26, data: points.map((p) => String(p.year)), axisTick: { alignWithLabel: true } },
		yAxis: {
			type: 'value',
			name: m.refusalAxis,
			min: 0,
			nameTextStyle: { align: 'left', color: MUTED },
			axisLabel: { formatter: (v: number) => formatPercent(lang, v).replace(/\.0%$/, '%') }
		},
		series: [
			{
				type: 'bar',
				name: m.refusalTrend,
				barMaxWidth: 40,
				itemStyle: { color: OUTCOME_COLORS.denied },
				label: { show: true, position: 'top', color: MUTED, formatter: (p: { value?: unknown }) => formatPercent(lang, typeof p.value === 'number' ? p.value : null) },
				data: points.map((p) => p.share)
			}
		]
	};
}

export function refusalTable(points: RefusalPoint[], lang: Lang): DataTable {
	return {
		columns: [messages(lang).year, PRINT_MESSAGES[lang].refusedShare],
		rows: points.map((p) => [String(p.year), formatPercent(lang, p.share)]),
		numeric: [false, true]
	};
}
