/**
 * Tooltip formatters. ECharts renders tooltips as HTML, so every piece of text that reaches one goes through
 * escapeHtml (series names and category labels can be dataset text, e.g. agency names).
 */
import type { Lang } from '../filters';
import { escapeHtml, formatNumber } from './format';

interface Item {
	seriesName?: string;
	name?: string;
	value?: unknown;
	marker?: unknown;
	color?: unknown;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : Array.isArray(v) && typeof v[0] === 'number' ? v[0] : null);

/** A colour swatch (colours come from our theme, but are escaped all the same). */
function swatch(color: unknown): string {
	const c = typeof color === 'string' ? escapeHtml(color) : '#999';
	return `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${c}"></span>`;
}

/** Axis tooltip: the category, then one line per series with a non-null value (`format`: a count by default). */
export function axisTooltip(lang: Lang, params: unknown, format: (lang: Lang, n: number | null) => string = formatNumber): string {
	const items = (Array.isArray(params) ? params : [params]) as Item[];
	const head = escapeHtml(items[0]?.name ?? '');
	const lines = items
		.filter((i) => num(i.value) !== null)
		.map((i) => `${swatch(i.color)}${escapeHtml(i.seriesName ?? '')}: <b>${escapeHtml(format(lang, num(i.value)))}</b>`);
	return [`<b>${head}</b>`, ...lines].join('<br/>');
}

/** Item tooltip: category (and series when several), value. */
export function itemTooltip(lang: Lang, params: unknown): string {
	const i = (Array.isArray(params) ? params[0] : params) as Item | undefined;
	if (!i) return '';
	return `<b>${escapeHtml(i.name ?? '')}</b><br/>${swatch(i.color)}${escapeHtml(i.seriesName ?? '')}: <b>${escapeHtml(formatNumber(lang, num(i.value)))}</b>`;
}

/** One line of {@link linesTooltip}: an optional colour swatch, a label and a value (both plain text). */
export interface TooltipLine {
	color?: string;
	label: string;
	value: string;
}

/** A tooltip from already formatted text: a bold head, then `label: value` lines; every piece escaped. */
export function linesTooltip(head: string, lines: TooltipLine[]): string {
	const body = lines.map((l) => `${l.color ? swatch(l.color) : ''}${escapeHtml(l.label)}: <b>${escapeHtml(l.value)}</b>`);
	return [`<b>${escapeHtml(head)}</b>`, ...body].join('<br/>');
}
