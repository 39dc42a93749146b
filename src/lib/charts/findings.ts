/** Findings per rule, stacked by severity (error, warning, info): horizontal bars, most findings on top. */
import type { EChartsOption } from 'echarts';
import type { findingsSummary, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { messages, ruleLabel, SEVERITY_LABELS } from '../i18n';
import { formatNumber } from './format';
import type { DataTable } from './table';
import { base, MUTED, SEVERITY_COLORS } from './theme';
import { axisTooltip } from './tooltip';

export type FindingRow = RowOf<typeof findingsSummary>;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export interface FindingsOptions {
	lang: Lang;
}

/** Rules ordered by total findings, descending, ties by id. */
function rules(rows: FindingRow[]): string[] {
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.rule, (totals.get(r.rule) ?? 0) + r.findings);
	return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule]) => rule);
}

const countOf = (rows: FindingRow[], rule: string, s: FindingRow['severity']) => rows.find((r) => r.rule === rule && r.severity === s)?.findings ?? null;

export function findingsOption(rows: FindingRow[], opts: FindingsOptions): EChartsOption {
	const { lang } = opts;
	const t = messages(lang);
	const rs = rules(rows).reverse();
	return {
		...base(lang),
		grid: { left: 8, right: 24, top: 32, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: MUTED } },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: unknown) => axisTooltip(lang, p) },
		xAxis: { type: 'value', name: t.count, nameLocation: 'middle', nameGap: 24, nameTextStyle: { color: MUTED }, minInterval: 1 },
		yAxis: { type: 'category', data: rs, axisTick: { show: false }, axisLabel: { interval: 0, fontSize: 11, formatter: (id: string) => ruleLabel(lang, id as FindingRow['rule']) } },
		series: SEVERITIES.map((s) => ({
			type: 'bar' as const,
			name: SEVERITY_LABELS[lang][s],
			stack: 'severity',
			barMaxWidth: 16,
			itemStyle: { color: SEVERITY_COLORS[s] },
			data: rs.map((r) => countOf(rows, r, s))
		}))
	};
}

export function findingsTable(rows: FindingRow[], opts: FindingsOptions): DataTable {
	const { lang } = opts;
	const t = messages(lang);
	return {
		columns: [t.rule, t.severity, t.count, t.findingsReports],
		rows: rows.map((r) => [`${ruleLabel(lang, r.rule)} (${r.rule})`, SEVERITY_LABELS[lang][r.severity], formatNumber(lang, r.findings), formatNumber(lang, r.reports)]),
		numeric: [false, false, true, true]
	};
}
