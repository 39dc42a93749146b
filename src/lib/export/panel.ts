/**
 * What a panel's export menu needs (Panel.svelte's one `exports` prop): its rows and their columns, whether Parquet
 * makes sense, the filters for file names, and the path of its embed page if it has one. Pure helpers: file names
 * from panel + filters, the embed code.
 */
import { escapeHtml } from '../charts/format';
import type { FilterOptions, Lang, Place, QueryFilters } from '../filters';
import { KIND_LABELS, LEVEL_LABELS, messages, yearsText } from '../i18n';
import type { ExportColumns } from './tables';

export interface PanelExport<Row = Record<string, unknown>> {
	/** The panel's id: first part of file names. */
	name: string;
	/** The panel's title: the XLSX sheet name and the iframe's title. */
	title: string;
	rows: readonly Row[];
	columns: ExportColumns<Row>;
	parquet: boolean;
	lang: Lang;
	filters: QueryFilters | null;
	/** The embed page of this view (path with search, as the app resolves it), or null: no embed code. */
	embed: { path: string; height: number } | null;
}

/** Erases a panel's row type, for the menu (which only reads rows through their columns). */
export const panelExport = <Row>(e: PanelExport<Row>): PanelExport => e as unknown as PanelExport;

/** File-name parts: gongkai, the panel, the years, then every filter that is set. */
export function exportParts(name: string, f: QueryFilters | null): (string | number | null)[] {
	if (!f) return ['gongkai', name];
	const years = f.yearFrom === f.yearTo ? String(f.yearFrom) : `${f.yearFrom}-${f.yearTo}`;
	return ['gongkai', name, years, f.provinceCode, f.cityCode, f.countyCode, f.level, f.kind, f.category, f.search, f.scope === 'agencies' ? null : f.scope];
}

/** The HTML a site owner pastes: an iframe on the absolute URL of the embed page. */
export function embedCode(src: string, title: string, height: number): string {
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * The filters of a view in words, for a panel shown outside the site (the embed page's source line): the years, the
 * region, level, kind, category, agency search and a scope other than the default.
 */
export function filterSummary(f: QueryFilters, options: Pick<FilterOptions, 'provinces' | 'cities' | 'counties'>, lang: Lang): string[] {
	const t = messages(lang);
	const place = (list: readonly Place[], code: string | null) => (code === null ? null : (list.find((p) => p.code === code)?.name ?? code));
	const region = place(options.counties, f.countyCode) ?? place(options.cities, f.cityCode) ?? place(options.provinces, f.provinceCode);
	return [
		yearsText(lang, f),
		region,
		f.level && LEVEL_LABELS[lang][f.level],
		f.kind && KIND_LABELS[lang][f.kind],
		f.category,
		f.search && `${t.search}: ${f.search}`,
		f.scope === 'areas' ? t.scopeAreas : f.scope === 'all' ? t.scopeAll : null
	].filter((x): x is string => typeof x === 'string' && x !== '');
}
