/**
 * The arithmetic of the console's virtual results grid (pure): which rows are in the DOM for a scroll position,
 * and how a value is written in a cell. NULL, '' and 0 look different.
 */
import type { Lang } from '../filters';

export interface RowWindow {
	/** First row index in the DOM. */
	start: number;
	/** One past the last row index in the DOM. */
	end: number;
	/** Offset (px) of the first DOM row from the top of the scrolled content. */
	offset: number;
}

/**
 * The rows to render for a viewport of `height` px scrolled to `scrollTop`, rows of `rowHeight` px, plus `overscan`
 * rows above and below.
 */
export function rowWindow(scrollTop: number, height: number, rowHeight: number, total: number, overscan = 8): RowWindow {
	if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0 };
	const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
	const visible = Math.ceil(Math.max(0, height) / rowHeight) + 1;
	const start = Math.min(Math.max(0, first - overscan), Math.max(0, total - 1));
	const end = Math.min(total, first + visible + overscan);
	return { start, end: Math.max(start, end), offset: start * rowHeight };
}

export type CellKind = 'null' | 'empty' | 'number' | 'boolean' | 'text';

/** How a value shows in a cell: its text and kind (NULL and the empty string get their own look). */
export function cellText(v: string | number | boolean | null, lang: Lang, labels: { nullValue: string; emptyString: string }): { text: string; kind: CellKind } {
	if (v === null) return { text: labels.nullValue, kind: 'null' };
	if (typeof v === 'number') return { text: formatNumber(v, lang), kind: 'number' };
	if (typeof v === 'boolean') return { text: String(v), kind: 'boolean' };
	if (v === '') return { text: labels.emptyString, kind: 'empty' };
	return { text: v, kind: 'text' };
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/** A number as written in the grid: no digit grouping (years and codes are numbers too), up to 6 decimals. */
export function formatNumber(v: number, lang: Lang): string {
	if (!Number.isFinite(v)) return String(v);
	let f = FORMATS.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6, useGrouping: false });
		FORMATS.set(lang, f);
	}
	return f.format(v);
}
