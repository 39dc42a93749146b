/**
 * The KPI cards, computed from overview-kpis' per-year rows: each figure is the total over the selected years; its
 * change compares the last selected year with the year before it (counts: relative change; shares: percentage
 * points). The page queries one year before the range so the first year has a comparison when the data has it.
 */
import type { overviewKpis, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { messages } from '../i18n';
import { formatChange, formatNumber, formatPercent, formatPoints } from './format';
import type { DataTable } from './table';

export type KpiRow = RowOf<typeof overviewKpis>;
type Field = Exclude<keyof KpiRow, 'year'>;

export interface Kpi {
	id: string;
	label: string;
	/** The number shown large. */
	value: string;
	/** A second line (the count behind a share, or a correction rate). */
	detail: string | null;
	/** The change vs the previous year, formatted, or null when there is no previous year. */
	change: string | null;
	/** -1, 0, 1: the sign of the change (for the arrow), null when unknown. */
	direction: -1 | 0 | 1 | null;
	/** Raw total (for tests and the table). */
	raw: number | null;
}

export interface KpiResult {
	kpis: Kpi[];
	/** The year the change is about (the last year of the range with data), or null. */
	year: number | null;
}

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const sumOf = (rows: KpiRow[], f: Field) => rows.reduce<number | null>((s, r) => add(s, r[f]), null);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
const sign = (d: number | null): Kpi['direction'] => (d === null || !Number.isFinite(d) ? null : d > 0 ? 1 : d < 0 ? -1 : 0);

/** Figures of a set of years. */
function figures(rows: KpiRow[]) {
	const s = (f: Field) => sumOf(rows, f);
	const processed = s('processed');
	const appeals = add(s('reviews'), s('lawsuits'));
	return {
		new_received: s('new_received'),
		carried_over: s('carried_over'),
		processed,
		// Shares: numerators over the reports whose 办结 is known (the `_k` sums), so a blank 办结 never inflates them.
		disclosed: ratio(add(s('granted_k'), s('partial_grant_k')), processed),
		disclosedCount: add(s('granted'), s('partial_grant')),
		denied: ratio(s('denied_k'), processed),
		deniedCount: s('denied'),
		unable: ratio(s('unable_k'), processed),
		unableCount: s('unable'),
		not_processed: ratio(s('not_processed_k'), processed),
		notProcessedCount: s('not_processed'),
		carried_forward: s('carried_forward'),
		appeals,
		corrected: ratio(add(s('review_corrected'), s('lawsuit_corrected')), appeals)
	};
}

/** rows (any years) + the selected range → the cards, in display order. */
export function buildKpis(rows: KpiRow[], range: { yearFrom: number; yearTo: number }, lang: Lang): KpiResult {
	const t = messages(lang);
	const inRange = rows.filter((r) => r.year >= range.yearFrom && r.year <= range.yearTo);
	const total = figures(inRange);
	const last = inRange.reduce<KpiRow | null>((m, r) => (m === null || r.year > m.year ? r : m), null);
	const prevRow = last ? rows.find((r) => r.year === last.year - 1) : undefined;
	const cur = last ? figures([last]) : null;
	const prev = prevRow ? figures([prevRow]) : null;

	const count = (id: string, label: string, key: 'new_received' | 'carried_over' | 'processed' | 'carried_forward' | 'appeals', detail: string | null = null): Kpi => {
		const d = cur && prev && cur[key] !== null && prev[key] ? (cur[key] - prev[key]) / prev[key] : null;
		return { id, label, value: formatNumber(lang, total[key]), detail, change: d === null ? null : formatChange(lang, d), direction: sign(d), raw: total[key] };
	};
	const share = (id: string, label: string, key: 'disclosed' | 'denied' | 'unable' | 'not_processed', n: number | null): Kpi => {
		const d = cur && prev && cur[key] !== null && prev[key] !== null ? cur[key] - prev[key] : null;
		return {
			id,
			label,
			value: formatPercent(lang, total[key]),
			detail: `${formatNumber(lang, n)} · ${t.kpiShareOfProcessed}`,
			change: d === null ? null : formatPoints(lang, d),
			direction: sign(d),
			raw: total[key]
		};
	};

	return {
		year: last?.year ?? null,
		kpis: [
			count('new-received', t.kpiNewReceived, 'new_received'),
			count('carried-over', t.kpiCarriedOver, 'carried_over'),
			count('processed', t.kpiProcessed, 'processed'),
			share('disclosed', t.kpiDisclosed, 'disclosed', total.disclosedCount),
			share('denied', t.kpiDenied, 'denied', total.deniedCount),
			share('unable', t.kpiUnable, 'unable', total.unableCount),
			share('not-processed', t.kpiNotProcessed, 'not_processed', total.notProcessedCount),
			count('carried-forward', t.kpiCarriedForward, 'carried_forward'),
			count('appeals', t.kpiReviewsLawsuits, 'appeals', `${t.kpiCorrected} ${formatPercent(lang, total.corrected)}`)
		]
	};
}

/** The cards as a table (metric, total, change). */
export function kpiTable(result: KpiResult, lang: Lang): DataTable {
	const t = messages(lang);
	return {
		columns: [t.kpiMetric, t.kpiTotal, result.year === null ? t.kpiChange : t.kpiVsPrev(result.year)],
		rows: result.kpis.map((k) => [k.label, k.detail ? `${k.value} (${k.detail})` : k.value, k.change ?? '—']),
		numeric: [false, true, true]
	};
}
