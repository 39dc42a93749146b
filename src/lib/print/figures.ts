/**
 * The briefing's table of key figures: one row per selected year from overview-kpis, then the total over the years.
 * Counts are sums (null when every report left the cell blank; a blank year does not make the total blank), shares
 * are of processed requests and are computed from the sums (of the years whose processed total is known), never
 * averaged. Pure.
 */
import { formatNumber, formatPercent, type DataTable, type KpiRow } from '../charts';
import type { Lang } from '../filters';
import { messages } from '../i18n';
import { PRINT_MESSAGES } from '../i18n/print';

export interface KeyFigures {
	/** null for the total row. */
	year: number | null;
	newReceived: number | null;
	carriedOver: number | null;
	processed: number | null;
	/** (granted + partial grant) / processed. */
	disclosedShare: number | null;
	/** denied / processed. */
	refusedShare: number | null;
	reviews: number | null;
	lawsuits: number | null;
	/** Reviews and lawsuits whose decision was corrected. */
	corrected: number | null;
}

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
type Field = Exclude<keyof KpiRow, 'year'>;

function figures(year: number | null, rows: KpiRow[]): KeyFigures {
	const sumOf = (rs: KpiRow[], f: Field) => rs.reduce<number | null>((acc, r) => add(acc, r[f]), null);
	const s = (f: Field) => sumOf(rows, f);
	const processed = s('processed');
	// A share counts only the years whose processed total is known, so a year with a blank denominator does not
	// inflate the numerator.
	const known = rows.filter((r) => r.processed !== null);
	return {
		year,
		newReceived: s('new_received'),
		carriedOver: s('carried_over'),
		processed,
		disclosedShare: ratio(add(sumOf(known, 'granted'), sumOf(known, 'partial_grant')), processed),
		refusedShare: ratio(sumOf(known, 'denied'), processed),
		reviews: s('reviews'),
		lawsuits: s('lawsuits'),
		corrected: add(s('review_corrected'), s('lawsuit_corrected'))
	};
}

/** Rows of overview-kpis (any years) → one row per year in the range (ascending), and the total of those years. */
export function keyFigures(rows: KpiRow[], range: { yearFrom: number; yearTo: number }): { years: KeyFigures[]; total: KeyFigures } {
	const inRange = rows.filter((r) => r.year >= range.yearFrom && r.year <= range.yearTo).sort((a, b) => a.year - b.year);
	return { years: inRange.map((r) => figures(r.year, [r])), total: figures(null, inRange) };
}

/** The key figures as a table for people: years, then the total row; blank as '—'. */
export function keyFiguresTable(fig: { years: KeyFigures[]; total: KeyFigures }, lang: Lang): DataTable {
	const m = PRINT_MESSAGES[lang];
	const n = (v: number | null) => formatNumber(lang, v);
	const p = (v: number | null) => formatPercent(lang, v);
	const row = (f: KeyFigures) => [
		f.year === null ? m.total : String(f.year),
		n(f.newReceived),
		n(f.carriedOver),
		n(f.processed),
		p(f.disclosedShare),
		p(f.refusedShare),
		n(f.reviews),
		n(f.lawsuits),
		n(f.corrected)
	];
	return {
		columns: [messages(lang).year, m.newReceived, m.carriedOver, m.processed, m.disclosedShare, m.refusedShare, m.reviews, m.lawsuits, m.corrected],
		rows: [...fig.years.map(row), row(fig.total)],
		numeric: [false, true, true, true, true, true, true, true, true]
	};
}
