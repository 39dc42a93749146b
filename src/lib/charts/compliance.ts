/**
 * The compliance page's views of the compliance-matrix rows (findings per rule × year × region): the rule × year
 * heat table (a model the page renders as an HTML table of buttons, so a cell is clickable and readable as text)
 * and the ranked bars per region, stacked by severity.
 */
import type { EChartsOption } from 'echarts';
import type { complianceMatrix, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { ruleLabel, SEVERITY_LABELS } from '../i18n';
import type { RuleId, Severity } from '../report/schema';
import { formatNumber } from './format';
import type { DataTable } from './table';
import { base, MUTED, SEVERITY_COLORS } from './theme';
import { axisTooltip } from './tooltip';

export type MatrixRow = RowOf<typeof complianceMatrix>;
const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

export interface HeatCell {
	year: number;
	findings: number;
	errors: number;
	warnings: number;
	infos: number;
	/** The most severe severity among the cell's findings (null: none). */
	severity: Severity | null;
	/** Background and text colours (null: no findings). */
	background: string | null;
	color: string | null;
}

export interface HeatRule {
	rule: RuleId;
	label: string;
	severity: Severity | null;
	total: number;
	cells: HeatCell[];
}

export interface HeatModel {
	years: number[];
	rules: HeatRule[];
	yearTotals: number[];
	total: number;
}

const worst = (c: { errors: number; warnings: number; infos: number }): Severity | null =>
	c.errors > 0 ? 'error' : c.warnings > 0 ? 'warning' : c.infos > 0 ? 'info' : null;

/** `#rrggbb` mixed with white: share 0 = white, 1 = the colour. */
function tint(hex: string, share: number): string {
	const n = parseInt(hex.slice(1), 16);
	const mix = (c: number) => Math.round(255 + (c - 255) * share).toString(16).padStart(2, '0');
	return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** A cell's colours: the severity's colour, deeper with more findings (square root, so small counts still show). */
export function heatColors(severity: Severity, findings: number, max: number): { background: string; color: string } {
	const share = 0.18 + 0.82 * Math.sqrt(findings / Math.max(1, max));
	// White text only on the deep red; amber and grey keep dark text (contrast).
	return { background: tint(SEVERITY_COLORS[severity], share), color: severity === 'error' && share > 0.6 ? '#ffffff' : '#1f2328' };
}

/** A matrix row's counts, or only one severity's (the others 0) when the page filters by severity. */
function counted(r: MatrixRow, severity: Severity | null): { findings: number; errors: number; warnings: number; infos: number } {
	if (severity === null) return { findings: r.findings, errors: r.errors, warnings: r.warnings, infos: r.infos };
	const one = { errors: severity === 'error' ? r.errors : 0, warnings: severity === 'warning' ? r.warnings : 0, infos: severity === 'info' ? r.infos : 0 };
	return { findings: one.errors + one.warnings + one.infos, ...one };
}

/**
 * Rule × year counts summed over regions (of one severity when given); rules with most findings first, rules with
 * none left out; every year of the range a column.
 */
export function heatModel(rows: readonly MatrixRow[], years: { from: number; to: number }, lang: Lang, severity: Severity | null = null): HeatModel {
	const yearList = Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i);
	const byRule = new Map<RuleId, Map<number, { findings: number; errors: number; warnings: number; infos: number }>>();
	for (const row of rows) {
		const r = { ...row, ...counted(row, severity) };
		if (r.findings === 0) continue;
		const m = byRule.get(r.rule) ?? new Map();
		const c = m.get(r.year) ?? { findings: 0, errors: 0, warnings: 0, infos: 0 };
		c.findings += r.findings;
		c.errors += r.errors;
		c.warnings += r.warnings;
		c.infos += r.infos;
		m.set(r.year, c);
		byRule.set(r.rule, m);
	}
	let max = 0;
	for (const m of byRule.values()) for (const c of m.values()) max = Math.max(max, c.findings);
	const rules: HeatRule[] = [...byRule].map(([rule, m]) => {
		const cells = yearList.map((year): HeatCell => {
			const c = m.get(year) ?? { findings: 0, errors: 0, warnings: 0, infos: 0 };
			const severity = worst(c);
			const colors = severity ? heatColors(severity, c.findings, max) : null;
			return { year, ...c, severity, background: colors?.background ?? null, color: colors?.color ?? null };
		});
		const sum = (k: 'errors' | 'warnings' | 'infos') => cells.reduce((s, c) => s + c[k], 0);
		return {
			rule,
			label: ruleLabel(lang, rule),
			severity: worst({ errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos') }),
			total: cells.reduce((s, c) => s + c.findings, 0),
			cells
		};
	});
	rules.sort((a, b) => b.total - a.total || (a.rule < b.rule ? -1 : 1));
	const yearTotals = yearList.map((_, i) => rules.reduce((s, r) => s + r.cells[i]!.findings, 0));
	return { years: yearList, rules, yearTotals, total: yearTotals.reduce((s, n) => s + n, 0) };
}

export interface RegionCount {
	code: string | null;
	name: string | null;
	findings: number;
	errors: number;
	warnings: number;
	infos: number;
}

/** Findings per region (of one rule and/or severity, or all), most first; ties by code, the unknown region last. */
export function regionCounts(rows: readonly MatrixRow[], rule: RuleId | null, severity: Severity | null = null): RegionCount[] {
	const by = new Map<string | null, RegionCount>();
	for (const row of rows) {
		if (rule !== null && row.rule !== rule) continue;
		const r = { ...row, ...counted(row, severity) };
		if (r.findings === 0) continue;
		const c = by.get(r.region_code) ?? { code: r.region_code, name: r.region, findings: 0, errors: 0, warnings: 0, infos: 0 };
		c.findings += r.findings;
		c.errors += r.errors;
		c.warnings += r.warnings;
		c.infos += r.infos;
		by.set(r.region_code, c);
	}
	const key = (c: RegionCount) => c.code ?? '~';
	return [...by.values()].sort((a, b) => b.findings - a.findings || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The regions drawn as bars (the table twin lists them all). */
export const REGION_BARS = 15;

export interface RegionOptions {
	lang: Lang;
	/** The label of agencies without a region code. */
	unknown: string;
}

const regionName = (c: RegionCount, unknown: string) => c.name ?? unknown;

/** Horizontal bars stacked by severity, the region with most findings on top (first {@link REGION_BARS}). */
export function regionOption(counts: readonly RegionCount[], opts: RegionOptions): EChartsOption {
	const { lang } = opts;
	const shown = counts.slice(0, REGION_BARS).reverse();
	const key = { error: 'errors', warning: 'warnings', info: 'infos' } as const;
	return {
		...base(lang),
		grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: MUTED } },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: unknown) => axisTooltip(lang, p) },
		xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED } },
		yAxis: {
			type: 'category',
			data: shown.map((c) => regionName(c, opts.unknown)),
			axisTick: { show: false },
			axisLabel: { fontSize: 11, width: 150, overflow: 'truncate' }
		},
		series: SEVERITY_ORDER.map((s) => ({
			type: 'bar' as const,
			name: SEVERITY_LABELS[lang][s],
			stack: 'severity',
			barMaxWidth: 16,
			itemStyle: { color: SEVERITY_COLORS[s] },
			data: shown.map((c) => (c[key[s]] > 0 ? c[key[s]] : null))
		}))
	};
}

export function regionTable(counts: readonly RegionCount[], opts: RegionOptions & { regionHeader: string; findingsHeader: string }): DataTable {
	const { lang } = opts;
	const L = SEVERITY_LABELS[lang];
	return {
		columns: [opts.regionHeader, opts.findingsHeader, L.error, L.warning, L.info],
		rows: counts.map((c) => [
			regionName(c, opts.unknown),
			formatNumber(lang, c.findings),
			formatNumber(lang, c.errors),
			formatNumber(lang, c.warnings),
			formatNumber(lang, c.infos)
		]),
		numeric: [false, true, true, true, true]
	};
}
