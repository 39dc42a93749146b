import { describe, expect, it } from 'vitest';
import { filterOptions, type AgencyFacets } from '../../../src/lib/filters';

const a = (over: Partial<AgencyFacets>): AgencyFacets => ({
	level: 'prefecture',
	kind: 'department',
	category: '财政',
	province: '福建省',
	province_code: '350000',
	city: '福州市',
	city_code: '350100',
	county: null,
	county_code: null,
	...over
});

describe('filter options', () => {
	it('are the distinct values, in a stable order, with each place pointing at its parent', () => {
		const o = filterOptions(
			[a({}), a({ level: 'township', kind: 'township', category: '乡镇街道', county: '平潭县', county_code: '350128' }), a({ province: '浙江省', province_code: '330000', city: '宁波市', city_code: '330200', category: null, level: 'county' })],
			{ min: 2019, max: 2021 }
		);
		expect(o.years).toEqual([2019, 2020, 2021]);
		expect(o.levels).toEqual(['prefecture', 'county', 'township']);
		expect(o.kinds).toEqual(['department', 'township']);
		expect(o.categories).toHaveLength(2);
		expect(o.provinces.map((p) => p.code)).toEqual(['330000', '350000']);
		expect(o.cities).toEqual([
			{ code: '330200', name: '宁波市', parent: '330000' },
			{ code: '350100', name: '福州市', parent: '350000' }
		]);
		expect(o.counties).toEqual([{ code: '350128', name: '平潭县', parent: '350100' }]);
	});

	it('are empty without data', () => {
		expect(filterOptions([], null)).toEqual({ years: [], levels: [], kinds: [], categories: [], provinces: [], cities: [], counties: [] });
	});
});
