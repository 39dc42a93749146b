/** Number and text formatting shared by axes, tooltips, KPI cards and tables (Intl, per language). */
import type { Lang } from '../filters';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

function fmt(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const k = `${lang}|${key}`;
	let f = cache.get(k);
	if (!f) {
		f = new Intl.NumberFormat(LOCALES[lang], options);
		cache.set(k, f);
	}
	return f;
}

/** An integer-ish count with grouping; '—' for null. */
export function formatNumber(lang: Lang, n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '—';
	return fmt(lang, 'n', { maximumFractionDigits: 1 }).format(n);
}

/** A share 0..1 as a percentage with one decimal; '—' for null. */
export function formatPercent(lang: Lang, share: number | null | undefined): string {
	if (share === null || share === undefined || !Number.isFinite(share)) return '—';
	return fmt(lang, 'p', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** A signed relative change (0.12 → +12.0%). */
export function formatChange(lang: Lang, change: number | null): string {
	if (change === null || !Number.isFinite(change)) return '—';
	return fmt(lang, 'c', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

/** A signed difference of shares in percentage points (0.012 → +1.2 pp / +1.2个百分点). */
export function formatPoints(lang: Lang, diff: number | null): string {
	if (diff === null || !Number.isFinite(diff)) return '—';
	const n = fmt(lang, 'pp', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(diff * 100);
	return lang === 'zh' ? `${n}个百分点` : `${n} pp`;
}

/** A compact axis label (12,000 → 1.2万 / 12K). */
export function formatAxis(lang: Lang, n: number): string {
	return fmt(lang, 'axis', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for ECharts' HTML tooltips: dataset text is untrusted (DESIGN.md §8). */
export function escapeHtml(text: unknown): string {
	return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
