import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, latestOf, nextSort, parseSort, regionText, sortAgencies, sortParams, type AgencyListRow } from '../../../src/lib/dashboard/agency-list';

const row = (id: string, name: string, over: Partial<AgencyListRow> = {}): AgencyListRow => ({
	id,
	name,
	aliases: [],
	province: '福建省',
	province_code: '350000',
	city: '福州市',
	city_code: '350100',
	county: null,
	county_code: null,
	level: 'county',
	kind: 'department',
	category: null,
	reports: 0,
	series: [],
	findings: 0,
	errors: 0,
	...over
});

const ROWS = [
	row('a', '平潭综合实验区财政金融局', { reports: 3, findings: 2, category: '财政', series: [{ year: 2024, new_received: 10, findings: 0, errors: 0 }] }),
	row('b', '安徽某局', { reports: 5, findings: 0, level: 'provincial', series: [{ year: 2024, new_received: null, findings: 0, errors: 0 }] }),
	row('c', '北京某局', { reports: 5, findings: 7, kind: 'area', category: '综合', series: [{ year: 2023, new_received: 3, findings: 1, errors: 1 }, { year: 2025, new_received: 40, findings: 0, errors: 0 }] }),
	row('d', '重庆某局', { reports: 0 })
];
const ids = (rows: AgencyListRow[]) => rows.map((r) => r.id);

describe('agency list order', () => {
	it('parses the URL leniently and writes nothing for the default', () => {
		expect(parseSort(null, null)).toEqual(DEFAULT_SORT);
		expect(parseSort('name', null)).toEqual({ key: 'name', dir: 'asc' });
		expect(parseSort('latest', 'asc')).toEqual({ key: 'latest', dir: 'asc' });
		expect(parseSort('drop table', 'sideways')).toEqual(DEFAULT_SORT);
		expect(sortParams(DEFAULT_SORT)).toEqual({ sort: null, dir: null });
		expect(sortParams({ key: 'name', dir: 'desc' })).toEqual({ sort: 'name', dir: 'desc' });
	});

	it('flips the same column, starts another at its natural direction', () => {
		expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
		expect(nextSort({ key: 'name', dir: 'asc' }, 'findings')).toEqual({ key: 'findings', dir: 'desc' });
		expect(nextSort(DEFAULT_SORT, 'region')).toEqual({ key: 'region', dir: 'asc' });
	});

	it('sorts numbers both ways with ties by name; blanks last in either direction', () => {
		expect(ids(sortAgencies(ROWS, { key: 'reports', dir: 'desc' }, 'zh'))).toEqual(['b', 'c', 'a', 'd']);
		expect(ids(sortAgencies(ROWS, { key: 'reports', dir: 'asc' }, 'zh'))).toEqual(['d', 'a', 'b', 'c']);
		expect(ids(sortAgencies(ROWS, { key: 'latest', dir: 'desc' }, 'zh'))).toEqual(['c', 'a', 'b', 'd']);
		expect(ids(sortAgencies(ROWS, { key: 'latest', dir: 'asc' }, 'zh'))).toEqual(['a', 'c', 'b', 'd']);
		expect(ids(sortAgencies(ROWS, { key: 'category', dir: 'desc' }, 'zh')).slice(2).sort()).toEqual(['b', 'd']);
		expect(ids(sortAgencies(ROWS, { key: 'findings', dir: 'desc' }, 'zh'))).toEqual(['c', 'a', 'b', 'd']);
	});

	it('sorts Chinese names by pinyin in zh; level and kind by their rank, not their label', () => {
		expect(ids(sortAgencies(ROWS, { key: 'name', dir: 'asc' }, 'zh'))).toEqual(['b', 'c', 'd', 'a']);
		expect(ids(sortAgencies(ROWS, { key: 'level', dir: 'asc' }, 'zh'))[0]).toBe('b');
		expect(ids(sortAgencies(ROWS, { key: 'kind', dir: 'asc' }, 'zh'))[0]).toBe('c');
	});

	it('does not change its input', () => {
		const copy = [...ROWS];
		sortAgencies(ROWS, { key: 'name', dir: 'desc' }, 'en');
		expect(ROWS).toEqual(copy);
	});
});

describe('agency list cells', () => {
	it('latest year is the last year with a report; its blank stays null', () => {
		expect(latestOf(ROWS[2]!)).toEqual({ year: 2025, value: 40 });
		expect(latestOf(ROWS[1]!)).toEqual({ year: 2024, value: null });
		expect(latestOf(ROWS[3]!)).toBeNull();
	});

	it('names each region level once', () => {
		expect(regionText({ province: '福建省', city: '福州市', county: '平潭县' })).toBe('福建省 福州市 平潭县');
		expect(regionText({ province: '北京市', city: '北京市', county: null })).toBe('北京市');
		expect(regionText({ province: null, city: null, county: null })).toBe('');
	});
});
