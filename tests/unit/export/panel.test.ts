/** The export menu's pure parts: file names from panel + filters, the embed code, the filter summary, panel specs. */
import { describe, expect, it } from 'vitest';
import { fileName } from '../../../src/lib/export/download';
import { embedCode, exportParts, filterSummary } from '../../../src/lib/export/panel';
import type { QueryFilters } from '../../../src/lib/filters';
import { isOverviewPanel, OVERVIEW_PANEL_IDS, OVERVIEW_PANELS, type PanelRow } from '../../../src/lib/panels/overview';

const F: QueryFilters = {
	yearFrom: 2021,
	yearTo: 2024,
	provinceCode: '350000',
	cityCode: '350100',
	countyCode: null,
	level: null,
	kind: 'department',
	category: null,
	search: '财政 局',
	scope: 'agencies'
};
const OPTIONS = { provinces: [{ code: '350000', name: '福建省', parent: null }], cities: [{ code: '350100', name: '福州市', parent: '350000' }], counties: [] };

describe('panel exports', () => {
	it('names files after the panel and the filters that are set', () => {
		expect(fileName(exportParts('trend', F), 'csv')).toBe('gongkai_trend_2021-2024_350000_350100_department_财政_局.csv');
		expect(fileName(exportParts('kpis', { ...F, yearTo: 2021, provinceCode: null, cityCode: null, kind: null, search: null, scope: 'all' }), 'xlsx')).toBe('gongkai_kpis_2021_all.xlsx');
		expect(fileName(exportParts('kpis', null), 'png')).toBe('gongkai_kpis.png');
	});

	it('writes the embed code with escaped attributes', () => {
		expect(embedCode('https://x.example/gk/embed/trend?a=1&b=<2>', '办理结果 "逐年"', 420)).toBe(
			'<iframe src="https://x.example/gk/embed/trend?a=1&amp;b=&lt;2&gt;" title="办理结果 &quot;逐年&quot;" width="100%" height="420" style="border:0" loading="lazy"></iframe>'
		);
	});

	it('summarises the filters in words, in both languages', () => {
		expect(filterSummary(F, OPTIONS, 'zh')).toEqual(['2021–2024年', '福州市', '部门', '机关: 财政 局']);
		expect(filterSummary({ ...F, cityCode: null, search: null, scope: 'all' }, OPTIONS, 'en')).toEqual(['2021–2024', '福建省', 'Department', 'All reports']);
		expect(filterSummary({ ...F, yearTo: 2021, provinceCode: null, cityCode: null, kind: null, search: null }, OPTIONS, 'zh')).toEqual(['2021年']);
	});

	it('panel specs: kpis ask for the year before and show the selected years only; findings count every report', () => {
		expect(OVERVIEW_PANEL_IDS).toEqual(['kpis', 'trend', 'applicants', 'agencies', 'findings']);
		expect(isOverviewPanel('trend')).toBe(true);
		expect(isOverviewPanel('toString')).toBe(false);
		const range = { min: 2019, max: 2025 };
		expect(OVERVIEW_PANELS.kpis.params(F, range).yearFrom).toBe(2020);
		expect(OVERVIEW_PANELS.kpis.params({ ...F, yearFrom: 2019 }, range).yearFrom).toBe(2019);
		const rows = [2020, 2021, 2024].map((year) => ({ year }) as PanelRow<'kpis'>);
		expect(OVERVIEW_PANELS.kpis.shown!(rows, F).map((r) => r.year)).toEqual([2021, 2024]);
		expect(OVERVIEW_PANELS.kpis.isEmpty!(rows.slice(0, 1), F)).toBe(true);
		expect(OVERVIEW_PANELS.kpis.isEmpty!(rows, F)).toBe(false);
		expect(OVERVIEW_PANELS.findings.params(F, range).scope).toBe('all');
		expect(OVERVIEW_PANELS.agencies.params(F, range).limit).toBe(10);
		expect(OVERVIEW_PANEL_IDS.filter((id) => OVERVIEW_PANELS[id].parquet)).toEqual(['trend', 'applicants', 'agencies', 'findings']);
	});
});
