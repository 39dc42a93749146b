/**
 * /compare: the selected entities (one colour each, the same in every chart), one small bar chart per rate with the
 * peer median and outlier marks, the table of values, ranks and flags, and the per-year line of one measure.
 * Pure: rows of compare-entities / compare-trend in, options and tables out. Names are dataset text.
 */
import type { EChartsOption } from 'echarts';
import type { CompareMeasure, compareEntities, compareTrend, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { KIND_LABELS, LEVEL_LABELS, messages } from '../i18n';
import { COMPARE_MESSAGES, MEASURE_LABELS } from '../i18n/compare';
import { entityKey, type EntityRef, type Selection } from '../compare/selection';
import { formatAxis, formatNumber, formatPercent } from './format';
import type { DataTable } from './table';
import { base, MUTED, TEXT } from './theme';
import { linesTooltip } from './tooltip';

export type CompareRow = RowOf<typeof compareEntities>;
export type CompareTrendRow = RowOf<typeof compareTrend>;

/** One colour per position in the selection (sober, distinct, readable on white). */
export const ENTITY_COLORS = ['#2f6f9f', '#c0504d', '#4f9a7c', '#e3a33b', '#8a6db1', '#5b6b7a'] as const;

export const MEASURES: readonly CompareMeasure[] = [
	'new_received',
	'processed',
	'disclosed_share',
	'denied_share',
	'unable_share',
	'not_processed_share',
	'reviews_per_100',
	'lawsuits_per_100',
	'correction_rate',
	'errors_per_report',
	'late_share'
];
/** The ratios (charted side by side, flagged as outliers); the two counts are only tabled and ranked. */
export const RATES: readonly CompareMeasure[] = MEASURES.filter((m) => m !== 'new_received' && m !== 'processed');

type Unit = 'count' | 'share' | 'per100' | 'perReport';
const UNIT: Record<CompareMeasure, Unit> = {
	new_received: 'count',
	processed: 'count',
	disclosed_share: 'share',
	denied_share: 'share',
	unable_share: 'share',
	not_processed_share: 'share',
	reviews_per_100: 'per100',
	lawsuits_per_100: 'per100',
	correction_rate: 'share',
	errors_per_report: 'perReport',
	late_share: 'share'
};

const fixed = (lang: Lang, v: number, digits: number) =>
	new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);

/** A measure's value as text in its unit ('—' for blank). */
export function formatMeasure(lang: Lang, measure: CompareMeasure, value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	switch (UNIT[measure]) {
		case 'count':
			return formatNumber(lang, value);
		case 'share':
			return formatPercent(lang, value);
		case 'per100':
			return fixed(lang, value, 1);
		case 'perReport':
			return fixed(lang, value, 2);
	}
}

function formatTick(lang: Lang, measure: CompareMeasure, v: number): string {
	return UNIT[measure] === 'share' ? `${formatAxis(lang, Math.round(v * 1000) / 10)}%` : formatAxis(lang, v);
}

/** An entity of the selection as the page shows it. */
export interface Entity extends EntityRef {
	key: string;
	/** The name from the data, or the id when the data does not know it. */
	name: string;
	known: boolean;
	color: string;
	/** An agency's level / a region's division level; an agency's kind. */
	peerLevel: string | null;
	peerKind: string | null;
}

/** The selection with names and peer groups from the rows (in selection order; colours by position). */
export function entitiesOf(sel: Selection, rows: CompareRow[]): Entity[] {
	return sel.map((e, i) => {
		const row = rows.find((r) => r.entity_type === e.type && r.entity_id === e.id);
		return {
			...e,
			key: entityKey(e),
			name: row?.name ?? e.id,
			known: row !== undefined,
			color: ENTITY_COLORS[i % ENTITY_COLORS.length]!,
			peerLevel: row?.peer_level ?? null,
			peerKind: row?.peer_kind ?? null
		};
	});
}

/**
 * Short axis labels: a name drops the longest prefix (3+ characters) it shares with another selected name
 * (平潭综合实验区财政金融局 next to 平潭综合实验区交通与建设局 → 财政金融局), unless nothing would be left, then is cut
 * to `max` characters.
 */
export function shortLabels(names: string[], max = 8): string[] {
	const chars = names.map((n) => [...n]);
	const common = (a: string[], b: string[]) => {
		let i = 0;
		while (i < a.length && i < b.length && a[i] === b[i]) i++;
		return i;
	};
	return chars.map((c, i) => {
		const shared = Math.max(0, ...chars.map((o, j) => (j === i ? 0 : common(c, o))));
		const rest = shared >= 3 && shared < c.length ? c.slice(shared) : c;
		return rest.length > max ? `${rest.slice(0, max - 1).join('')}…` : rest.join('');
	});
}

export const rowOf = (rows: CompareRow[], e: EntityRef, m: CompareMeasure): CompareRow | undefined =>
	rows.find((r) => r.entity_type === e.type && r.entity_id === e.id && r.measure === m);

/** The peer group in words: "同类：市级部门，共 10 个有报告". */
export function peerText(lang: Lang, e: Entity, rows: CompareRow[]): string {
	const t = COMPARE_MESSAGES[lang];
	const n = rowOf(rows, e, 'new_received')?.group_size ?? 0;
	if (e.type === 'region') return t.peerRegion(t.regionLevels[e.peerLevel ?? ''] ?? e.peerLevel ?? '', n);
	const level = LEVEL_LABELS[lang][e.peerLevel as keyof (typeof LEVEL_LABELS)['zh']] ?? e.peerLevel ?? '';
	const kind = KIND_LABELS[lang][e.peerKind as keyof (typeof KIND_LABELS)['zh']] ?? e.peerKind ?? '';
	return t.peerAgency(level, kind, n);
}

const MARK = { high: ' ▲', low: ' ▼' } as const;

/** One small chart (its title is the page's, in HTML): a bar per entity for one rate, the entity's peer median as ◆, ▲/▼ after an outlier's label. */
export function rateOption(measure: CompareMeasure, entities: Entity[], rows: CompareRow[], lang: Lang): EChartsOption {
	const t = COMPARE_MESSAGES[lang];
	// Narrow columns when many are compared: shorter labels.
	const labels = shortLabels(entities.map((e) => e.name), entities.length <= 3 ? 8 : entities.length <= 4 ? 6 : 5);
	const cells = entities.map((e) => rowOf(rows, e, measure));
	return {
		...base(lang),
		grid: { left: 4, right: 8, top: 22, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const i = (p as { dataIndex?: number }).dataIndex ?? 0;
				const e = entities[i];
				const r = cells[i];
				if (!e) return '';
				const lines = [
					{ color: e.color, label: MEASURE_LABELS[lang][measure], value: formatMeasure(lang, measure, r?.value) },
					{ label: t.rank, value: r?.rank ? t.rankOf(r.rank, r.peers) : '—' },
					{ label: t.median, value: formatMeasure(lang, measure, r?.median) }
				];
				if (r?.outlier) lines.push({ label: '', value: r.outlier === 'high' ? t.outlierHigh : t.outlierLow });
				return linesTooltip(e.name, lines);
			}
		},
		xAxis: {
			type: 'category',
			data: labels,
			axisTick: { show: false },
			axisLabel: { color: MUTED, fontSize: 11, interval: 0, hideOverlap: false }
		},
		yAxis: {
			type: 'value',
			splitNumber: 3,
			axisLabel: { color: MUTED, fontSize: 10, formatter: (v: number) => formatTick(lang, measure, v) },
			splitLine: { lineStyle: { color: '#eef0f2' } }
		},
		series: [
			{
				type: 'bar',
				name: MEASURE_LABELS[lang][measure],
				barMaxWidth: 28,
				cursor: 'pointer',
				data: entities.map((e, i) => ({
					value: cells[i]?.value ?? null,
					itemStyle: { color: e.color, borderColor: cells[i]?.outlier ? TEXT : e.color, borderWidth: cells[i]?.outlier ? 1.5 : 0 }
				})),
				label: {
					show: true,
					position: 'top',
					fontSize: 10,
					color: TEXT,
					formatter: (p: { dataIndex: number }) => {
						const r = cells[p.dataIndex];
						return `${formatMeasure(lang, measure, r?.value)}${r?.outlier ? MARK[r.outlier] : ''}`;
					}
				}
			},
			{
				type: 'scatter',
				name: t.median,
				symbol: 'diamond',
				symbolSize: 9,
				silent: true,
				itemStyle: { color: TEXT },
				tooltip: { show: false },
				data: cells.map((r) => r?.median ?? null)
			}
		]
	};
}

/** The rates as a table (the small charts' twin): one row per rate, one column per entity. */
export function ratesTable(entities: Entity[], rows: CompareRow[], lang: Lang): DataTable {
	const t = COMPARE_MESSAGES[lang];
	return {
		columns: [t.measure, ...entities.map((e) => e.name)],
		rows: RATES.map((m) => [MEASURE_LABELS[lang][m], ...entities.map((e) => formatMeasure(lang, m, rowOf(rows, e, m)?.value))]),
		numeric: [false, ...entities.map(() => true)]
	};
}

/** One cell of the main table: the value, the rank among peers with a value, the peer median, the flag. */
export interface CompareCell {
	value: string;
	rank: string;
	median: string;
	outlier: 'high' | 'low' | null;
	outlierText: string | null;
}

/** The main table: one row per measure, one cell per entity. */
export function compareCells(entities: Entity[], rows: CompareRow[], lang: Lang): { measure: CompareMeasure; label: string; cells: CompareCell[] }[] {
	const t = COMPARE_MESSAGES[lang];
	return MEASURES.map((m) => ({
		measure: m,
		label: MEASURE_LABELS[lang][m],
		cells: entities.map((e) => {
			const r = rowOf(rows, e, m);
			return {
				value: formatMeasure(lang, m, r?.value),
				rank: r?.rank ? t.rankOf(r.rank, r.peers) : '—',
				median: formatMeasure(lang, m, r?.median),
				outlier: r?.outlier ?? null,
				outlierText: r?.outlier ? (r.outlier === 'high' ? t.outlierHigh : t.outlierLow) : null
			};
		})
	}));
}

/** The years of the range as x categories (a year without a report is a gap, so a click on it still works). */
const yearsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

function trendValue(rows: CompareTrendRow[], e: EntityRef, year: number, m: CompareMeasure): number | null {
	return rows.find((r) => r.entity_type === e.type && r.entity_id === e.id && r.year === year && r.measure === m)?.value ?? null;
}

/** One line per entity of one measure over the years; x categories are the years as strings (the click's key). */
export function compareTrendOption(
	rows: CompareTrendRow[],
	entities: Entity[],
	measure: CompareMeasure,
	years: { from: number; to: number },
	lang: Lang
): EChartsOption {
	const ys = yearsOf(years.from, years.to);
	const labels = shortLabels(entities.map((e) => e.name), 14);
	return {
		...base(lang),
		// The legend on top, the axis name below it (they overlapped at top 40).
		grid: { left: 56, right: 24, top: 64, bottom: 32 },
		legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: MUTED }, data: labels },
		tooltip: {
			trigger: 'axis',
			formatter: (p: unknown) => {
				const items = (Array.isArray(p) ? p : [p]) as { dataIndex?: number; seriesIndex?: number }[];
				const i = items[0]?.dataIndex ?? 0;
				const year = ys[i] ?? '';
				return linesTooltip(
					year,
					entities.map((e) => ({ color: e.color, label: e.name, value: formatMeasure(lang, measure, trendValue(rows, e, Number(year), measure)) }))
				);
			}
		},
		xAxis: { type: 'category', data: ys, boundaryGap: true, axisTick: { alignWithLabel: true } },
		yAxis: {
			type: 'value',
			name: MEASURE_LABELS[lang][measure],
			nameGap: 14,
			nameTextStyle: { align: 'left', color: MUTED },
			axisLabel: { color: MUTED, formatter: (v: number) => formatTick(lang, measure, v) },
			splitLine: { lineStyle: { color: '#eef0f2' } }
		},
		series: entities.map((e, i) => ({
			type: 'line' as const,
			name: labels[i]!,
			connectNulls: false,
			symbol: 'circle',
			symbolSize: 7,
			cursor: 'pointer',
			lineStyle: { color: e.color, width: 2 },
			itemStyle: { color: e.color },
			data: ys.map((y) => trendValue(rows, e, Number(y), measure))
		}))
	};
}

/** The per-year values as a table: one row per year, one column per entity. */
export function compareTrendTable(rows: CompareTrendRow[], entities: Entity[], measure: CompareMeasure, years: { from: number; to: number }, lang: Lang): DataTable {
	return {
		columns: [messages(lang).year, ...entities.map((e) => e.name)],
		rows: yearsOf(years.from, years.to).map((y) => [y, ...entities.map((e) => formatMeasure(lang, measure, trendValue(rows, e, Number(y), measure)))]),
		numeric: [false, ...entities.map(() => true)]
	};
}
