/**
 * The filters of a briefing in words, for the printed page (a reader of paper cannot open the filter bar):
 * years · region · level · [kind] · [category] · [agency search] · scope. Region names come from the dataset's
 * places (a set county implies its city and province); a code the dataset does not know is shown as the code.
 * Pure.
 */
import type { FilterOptions, Place, QueryFilters } from '../filters';
import type { Lang } from '../filters';
import { KIND_LABELS, LEVEL_LABELS } from '../i18n';
import { PRINT_MESSAGES } from '../i18n/print';

/** The chain of place names from the province down to the most specific set code ('福建省福州市平潭县'). */
export function regionInWords(filters: Pick<QueryFilters, 'provinceCode' | 'cityCode' | 'countyCode'>, options: Pick<FilterOptions, 'provinces' | 'cities' | 'counties'>, lang: Lang): string {
	const all: Place[] = [...options.provinces, ...options.cities, ...options.counties];
	const byCode = new Map(all.map((p) => [p.code, p]));
	const start = filters.countyCode ?? filters.cityCode ?? filters.provinceCode;
	if (start === null) return PRINT_MESSAGES[lang].allRegions;
	const names: string[] = [];
	const seen = new Set<string>();
	let code: string | null = start;
	while (code !== null && !seen.has(code)) {
		seen.add(code);
		const place = byCode.get(code);
		names.unshift(place?.name ?? code);
		code = place?.parent ?? null;
	}
	return names.join(lang === 'zh' ? '' : ', ');
}

/** The parts of the filters in words, in a fixed order (unset kind, category and search are left out). */
export function filtersInWordsParts(filters: QueryFilters, options: Pick<FilterOptions, 'provinces' | 'cities' | 'counties'>, lang: Lang): string[] {
	const m = PRINT_MESSAGES[lang];
	const parts = [m.years(filters.yearFrom, filters.yearTo), regionInWords(filters, options, lang), filters.level ? LEVEL_LABELS[lang][filters.level] : m.allLevels];
	if (filters.kind) parts.push(KIND_LABELS[lang][filters.kind]);
	if (filters.category) parts.push(filters.category);
	if (filters.search) parts.push(m.searchFor(filters.search));
	parts.push(filters.scope === 'agencies' ? m.scopeAgencies : filters.scope === 'areas' ? m.scopeAreas : m.scopeAll);
	return parts;
}

/** '2019–2025年 · 福建省福州市平潭县 · 全部层级 · 各机关（不含区域汇总报告）'. */
export function filtersInWords(filters: QueryFilters, options: Pick<FilterOptions, 'provinces' | 'cities' | 'counties'>, lang: Lang): string {
	return filtersInWordsParts(filters, options, lang).join(PRINT_MESSAGES[lang].separator);
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A section heading with its number: '一、主要指标' / '1. Key figures'. */
export function numbered(n: number, title: string, lang: Lang): string {
	return lang === 'zh' ? `${ZH_NUMERALS[n - 1] ?? String(n)}、${title}` : `${n}. ${title}`;
}
