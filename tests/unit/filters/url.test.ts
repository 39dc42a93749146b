/** The view ↔ URL round trip (fast-check) and lenient parsing of hand-edited or stale links. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, scopeOf, serializeView, toQueryFilters, viewSearch, withFilter, type View } from '../../../src/lib/filters';
import { AgencyKind, AgencyLevel } from '../../../src/lib/report/schema';

const code = fc.stringMatching(/^\d{6}$/);
const arbView: fc.Arbitrary<View> = fc.record({
	yearFrom: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
	yearTo: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
	level: fc.option(fc.constantFrom(...AgencyLevel.options), { nil: null }),
	kind: fc.option(fc.constantFrom(...AgencyKind.options), { nil: null }),
	category: fc.option(
		fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0 && [...s].length <= 40 && s.length <= 40),
		{ nil: null }
	),
	provinceCode: fc.option(code, { nil: null }),
	cityCode: fc.option(code, { nil: null }),
	countyCode: fc.option(code, { nil: null }),
	q: fc.option(
		fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0 && s.length <= 100),
		{ nil: null }
	),
	scope: fc.option(fc.constantFrom('agencies' as const, 'areas' as const, 'all' as const), { nil: null }),
	lang: fc.constantFrom('zh' as const, 'en' as const)
});

describe('view in the URL', () => {
	it('parse(serialise(view)) is the view, also through a URL string', () => {
		fc.assert(
			fc.property(arbView, (view) => {
				expect(parseView(serializeView(view))).toEqual(view);
				const url = new URL(`https://example.org/${viewSearch(view)}`);
				expect(parseView(url.searchParams)).toEqual(view);
			}),
			{ numRuns: 500 }
		);
	});

	it('serialises the default view to nothing and keeps a fixed parameter order', () => {
		expect(viewSearch(DEFAULT_VIEW)).toBe('');
		expect(viewSearch({ ...DEFAULT_VIEW, lang: 'en', level: 'county', yearTo: 2024, yearFrom: 2020 })).toBe('?yearFrom=2020&yearTo=2024&level=county&lang=en');
	});

	it('drops invalid values (defaults) and ignores unknown parameters', () => {
		const view = parseView(
			new URLSearchParams(
				'yearFrom=abc&yearTo=1800&level=galactic&kind=%3Cscript%3E&category=&provinceCode=12&cityCode=3501000&countyCode=35012x&lang=fr&evil=1'
			)
		);
		expect(view).toEqual(DEFAULT_VIEW);
		expect(parseView(new URLSearchParams('yearFrom=2020.5&yearTo=2021')).yearFrom).toBeNull();
		expect(parseView(new URLSearchParams(`category=${'长'.repeat(41)}`)).category).toBeNull();
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('yearFrom', 'yearTo', 'level', 'kind', 'category', 'provinceCode', 'cityCode', 'countyCode', 'lang', 'x'), fc.string()), (d) => {
				const view = parseView(new URLSearchParams(d));
				expect(['zh', 'en']).toContain(view.lang);
			})
		);
	});

	it('resolves years against the dataset: defaults, clamps and orders', () => {
		const range = { min: 2019, max: 2025 };
		expect(toQueryFilters(DEFAULT_VIEW, range)).toMatchObject({ yearFrom: 2019, yearTo: 2025, level: null, scope: 'agencies', search: null });
		expect(scopeOf({ ...DEFAULT_VIEW, scope: 'all' })).toBe('all');
		expect(toQueryFilters({ ...DEFAULT_VIEW, yearFrom: 2024, yearTo: 2020 }, range)).toMatchObject({ yearFrom: 2020, yearTo: 2024 });
		expect(toQueryFilters({ ...DEFAULT_VIEW, yearFrom: 2000, yearTo: 2099 }, range)).toMatchObject({ yearFrom: 2019, yearTo: 2025 });
	});

	it('changing a region clears the regions below it', () => {
		const v = { ...DEFAULT_VIEW, provinceCode: '350000', cityCode: '350100', countyCode: '350128' };
		expect(withFilter(v, 'provinceCode', '330000')).toMatchObject({ provinceCode: '330000', cityCode: null, countyCode: null });
		expect(withFilter(v, 'cityCode', null)).toMatchObject({ provinceCode: '350000', cityCode: null, countyCode: null });
		expect(withFilter(v, 'level', 'county')).toMatchObject({ countyCode: '350128', level: 'county' });
	});
});
