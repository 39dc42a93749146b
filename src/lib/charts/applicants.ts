/** Applicant mix: new applications per applicant column of table 三, summed over the selected years. */
import type { EChartsOption } from 'echarts';
import type { applicantMix, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { APPLICANT_LABELS, messages } from '../i18n';
import { formatAxis, formatNumber, formatPercent } from './format';
import type { DataTable } from './table';
import { APPLICANT_COLORS, base, MUTED } from './theme';
import { itemTooltip } from './tooltip';

export type ApplicantRow = RowOf<typeof applicantMix>;
export const APPLICANTS = [
	'naturalPerson',
	'legalPerson.commercial',
	'legalPerson.research',
	'legalPerson.social',
	'legalPerson.legal',
	'legalPerson.other'
] as const;

export interface ApplicantOptions {
	lang: Lang;
}

/** Sum per applicant over the years (null when the column is blank in every year). */
export function applicantTotals(rows: ApplicantRow[]): { applicant: ApplicantRow['applicant']; value: number | null }[] {
	return APPLICANTS.map((a) => {
		const vs = rows.filter((r) => r.applicant === a).map((r) => r.new_received);
		return { applicant: a, value: vs.length ? vs.reduce((s, v) => s + v, 0) : null };
	});
}

/** rows of applicant-mix → horizontal bars, template order top to bottom. */
export function applicantOption(rows: ApplicantRow[], opts: ApplicantOptions): EChartsOption {
	const { lang } = opts;
	const t = messages(lang);
	const totals = applicantTotals(rows).reverse(); // category axes run bottom-up
	return {
		...base(lang),
		grid: { left: 8, right: 56, top: 16, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		tooltip: { trigger: 'item', formatter: (p: unknown) => itemTooltip(lang, p) },
		xAxis: { type: 'value', name: t.applications, nameLocation: 'middle', nameGap: 24, nameTextStyle: { color: MUTED }, axisLabel: { formatter: (v: number) => formatAxis(lang, v) } },
		yAxis: { type: 'category', data: totals.map((r) => APPLICANT_LABELS[lang][r.applicant]), axisTick: { show: false }, axisLabel: { interval: 0 } },
		series: [
			{
				type: 'bar',
				name: t.applications,
				barMaxWidth: 22,
				label: { show: true, position: 'right', color: MUTED, formatter: (p: { value?: unknown }) => formatNumber(lang, typeof p.value === 'number' ? p.value : null) },
				data: totals.map((r) => ({ value: r.value, itemStyle: { color: APPLICANT_COLORS[r.applicant] } }))
			}
		]
	};
}

export function applicantTable(rows: ApplicantRow[], opts: ApplicantOptions): DataTable {
	const { lang } = opts;
	const t = messages(lang);
	const totals = applicantTotals(rows);
	const sum = totals.reduce((s, r) => s + (r.value ?? 0), 0);
	return {
		columns: [t.applicant, t.applications, '%'],
		rows: totals.map((r) => [APPLICANT_LABELS[lang][r.applicant], formatNumber(lang, r.value), formatPercent(lang, sum > 0 && r.value !== null ? r.value / sum : null)]),
		numeric: [false, true, true]
	};
}
