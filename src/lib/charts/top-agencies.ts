/** The agencies with the most new applications: horizontal bars, largest on top. Names are dataset text. */
import type { EChartsOption } from 'echarts';
import type { RowOf, topAgencies } from '../db/queries';
import type { Lang } from '../filters';
import { messages } from '../i18n';
import { formatAxis, formatNumber } from './format';
import type { DataTable } from './table';
import { ACCENT, base, MUTED } from './theme';
import { itemTooltip } from './tooltip';

export type AgencyRow = RowOf<typeof topAgencies>;

export interface TopAgenciesOptions {
	lang: Lang;
}

/** Long names are cut on the axis (the tooltip and the table show them whole). */
export function shortName(name: string, max = 14): string {
	const chars = [...name];
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}

export function topAgenciesOption(rows: AgencyRow[], opts: TopAgenciesOptions): EChartsOption {
	const { lang } = opts;
	const t = messages(lang);
	const ordered = [...rows].reverse();
	return {
		...base(lang),
		grid: { left: 8, right: 56, top: 16, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		tooltip: { trigger: 'item', formatter: (p: unknown) => itemTooltip(lang, p) },
		xAxis: { type: 'value', name: t.applications, nameLocation: 'middle', nameGap: 24, nameTextStyle: { color: MUTED }, axisLabel: { formatter: (v: number) => formatAxis(lang, v) } },
		yAxis: {
			type: 'category',
			data: ordered.map((r) => r.name),
			axisTick: { show: false },
			axisLabel: { interval: 0, formatter: (v: string) => shortName(v) }
		},
		series: [
			{
				type: 'bar',
				name: t.applications,
				barMaxWidth: 18,
				itemStyle: { color: ACCENT },
				label: { show: true, position: 'right', color: MUTED, formatter: (p: { value?: unknown }) => formatNumber(lang, typeof p.value === 'number' ? p.value : null) },
				data: ordered.map((r) => r.new_received)
			}
		]
	};
}

export function topAgenciesTable(rows: AgencyRow[], opts: TopAgenciesOptions): DataTable {
	const { lang } = opts;
	const t = messages(lang);
	return {
		columns: [t.agency, t.applications, t.processed, t.granted, t.reports],
		rows: rows.map((r) => [r.name, formatNumber(lang, r.new_received), formatNumber(lang, r.processed), formatNumber(lang, r.granted), formatNumber(lang, r.reports)]),
		numeric: [false, true, true, true, true]
	};
}
