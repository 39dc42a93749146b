/**
 * The print briefing's pure pieces: the filters in words, the key-figures table (sums, shares from sums, blank as
 * '—'), the findings summary, the refusal-share chart (snapshot), the print adaptation of chart options and the
 * colophon.
 */
import { describe, expect, it } from 'vitest';
import { trendOption, topAgenciesOption, type KpiRow } from '../../../src/lib/charts';
import type { DatasetInfo } from '../../../src/lib/db/catalog';
import { DEFAULT_VIEW, filterOptions, toQueryFilters, type AgencyFacets, type QueryFilters } from '../../../src/lib/filters';
import {
	filtersInWords,
	findingsDigestTable,
	findingsLine,
	findingsTotals,
	forPrint,
	formatDate,
	formatUtc,
	keyFigures,
	keyFiguresTable,
	numbered,
	refusalOption,
	refusalShares,
	refusalTable,
	regionInWords,
	sourceLines,
	wholeCategoryLabels
} from '../../../src/lib/print';
import { AGENCIES, FINDINGS, KPIS, TREND } from '../charts/fixtures';

const facet = (p: Partial<AgencyFacets>): AgencyFacets => ({
	level: 'prefecture',
	kind: 'department',
	category: null,
	province: '福建省',
	province_code: '350000',
	city: '福州市',
	city_code: '350100',
	county: '平潭县',
	county_code: '350128',
	...p
});
const OPTIONS = filterOptions(
	[facet({}), facet({ level: 'county', province: '浙江省', province_code: '330000', city: '宁波市', city_code: '330200', county: '鄞州区', county_code: '330212' })],
	{ min: 2019, max: 2025 }
);
const RANGE = { min: 2019, max: 2025 };
const filters = (v: Partial<typeof DEFAULT_VIEW>): QueryFilters => toQueryFilters({ ...DEFAULT_VIEW, ...v }, RANGE);

describe('filters in words', () => {
	it('the default view: every year, every region, every level, single agencies', () => {
		expect(filtersInWords(filters({}), OPTIONS, 'zh')).toBe('2019–2025年 · 全部地区 · 全部层级 · 各机关（不含区域汇总报告）');
		expect(filtersInWords(filters({}), OPTIONS, 'en')).toBe('2019–2025 · All regions · All levels · Single agencies (no area-wide reports)');
	});

	it('a county names its city and province; one year; a level', () => {
		const f = filters({ yearFrom: 2024, yearTo: 2024, countyCode: '350128', level: 'prefecture' });
		expect(filtersInWords(f, OPTIONS, 'zh')).toBe('2024年 · 福建省福州市平潭县 · 市级 · 各机关（不含区域汇总报告）');
		expect(filtersInWords(f, OPTIONS, 'en')).toBe('2024 · 福建省, 福州市, 平潭县 · Prefecture · Single agencies (no area-wide reports)');
	});

	it('kind, category and agency search appear only when set; every scope has its words', () => {
		const f = filters({ kind: 'township', category: '综合', q: '投资促进', scope: 'all', cityCode: '330200' });
		expect(filtersInWords(f, OPTIONS, 'zh')).toBe('2019–2025年 · 浙江省宁波市 · 全部层级 · 乡镇街道 · 综合 · 机关名称含“投资促进” · 全部报告（含区域汇总报告）');
		expect(filtersInWords(filters({ scope: 'areas' }), OPTIONS, 'en')).toContain('Area-wide reports only');
	});

	it('years out of the data are clamped and ordered (as the queries see them)', () => {
		expect(filtersInWords(filters({ yearFrom: 2030, yearTo: 2010 }), OPTIONS, 'zh')).toMatch(/^2019–2025年 · /);
	});

	it('a region code the dataset does not know is shown as the code, not dropped', () => {
		expect(regionInWords({ provinceCode: '110000', cityCode: null, countyCode: null }, OPTIONS, 'zh')).toBe('110000');
	});

	it('numbers section headings', () => {
		expect(numbered(3, '申请人构成', 'zh')).toBe('三、申请人构成');
		expect(numbered(3, 'Applicants', 'en')).toBe('3. Applicants');
	});
});

describe('key figures', () => {
	it('one row per year in the range, then the total; shares from the sums', () => {
		const fig = keyFigures(KPIS, { yearFrom: 2023, yearTo: 2024 });
		expect(fig.years.map((r) => r.year)).toEqual([2023, 2024]);
		expect(fig.total).toEqual({
			year: null,
			newReceived: 150,
			carriedOver: 3,
			processed: 153,
			disclosedShare: 105 / 153,
			refusedShare: 9 / 153,
			reviews: 7,
			lawsuits: 3,
			corrected: 3
		});
		const table = keyFiguresTable(fig, 'zh');
		expect(table.columns).toEqual(['年度', '新收申请', '上年结转', '办结', '公开占比', '不予公开占比', '行政复议', '行政诉讼', '被纠错']);
		expect(table.rows).toEqual([
			['2023', '60', '2', '61', '73.8%', '4.9%', '3', '1', '1'],
			['2024', '90', '1', '92', '65.2%', '6.5%', '4', '2', '2'],
			['合计', '150', '3', '153', '68.6%', '5.9%', '7', '3', '3']
		]);
	});

	it('blank stays blank: "—", and a blank year does not blank the total', () => {
		const blank: KpiRow = { ...KPIS[0]!, year: 2021, carried_over: null, processed: null, denied: null, reviews: null, review_corrected: null, lawsuit_corrected: null };
		const fig = keyFigures([blank, KPIS[0]!], { yearFrom: 2021, yearTo: 2022 });
		const [y2021, , total] = keyFiguresTable(fig, 'en').rows;
		expect(y2021).toEqual(['2021', '50', '—', '—', '—', '—', '—', '1', '—']);
		expect(total).toEqual(['Total', '100', '2', '50', '50.0%', '10.0%', '2', '2', '0']);
	});

	it('no rows: a total of blanks, not zeros', () => {
		expect(keyFiguresTable(keyFigures([], { yearFrom: 2019, yearTo: 2025 }), 'zh').rows).toEqual([['合计', '—', '—', '—', '—', '—', '—', '—', '—']]);
	});
});

describe('findings summary', () => {
	it('totals per severity and rules, in one line', () => {
		expect(findingsTotals(FINDINGS)).toEqual({ findings: 21, bySeverity: { error: 5, warning: 13, info: 3 }, rules: 3 });
		expect(findingsLine(FINDINGS, 1234, 'zh')).toBe('共 21 条核查结果（错误 5 条、警告 13 条、提示 3 条），涉及 3 条规则；所选范围内共有 1,234 份报告。');
		expect(findingsLine(FINDINGS, null, 'en')).toBe('21 findings (5 errors, 13 warnings, 3 info) from 3 rules; — reports in the selection.');
		expect(findingsLine([], 7, 'zh')).toBe('所选范围内的 7 份报告没有核查结果。');
	});

	it('a table row per rule and severity, in the query order', () => {
		const t = findingsDigestTable(FINDINGS, 'zh');
		expect(t.columns).toEqual(['规则', '严重程度', '条数', '涉及报告']);
		expect(t.rows[0]).toEqual(['收支平衡（T3_BALANCE）', '错误', '5', '4']);
		expect(findingsDigestTable(FINDINGS, 'en').rows[3]).toEqual(['Standard template used (TEMPLATE)', 'Info', '3', '3']);
	});
});

/** JSON with functions dropped and floats rounded (as tests/unit/charts/options.test.ts). */
const stable = (v: unknown) =>
	`${JSON.stringify(v, (_, x: unknown) => (typeof x === 'function' ? undefined : typeof x === 'number' && !Number.isInteger(x) ? Number(x.toPrecision(6)) : x), 2)}\n`;

describe('refusal share chart', () => {
	it('denied / processed per year; null when processed is blank or zero', () => {
		const rows: KpiRow[] = [...KPIS, { ...KPIS[0]!, year: 2025, processed: 0 }, { ...KPIS[0]!, year: 2019, denied: null }];
		expect(refusalShares(rows, { yearFrom: 2019, yearTo: 2025 })).toEqual([
			{ year: 2019, share: null },
			{ year: 2022, share: 0.1 },
			{ year: 2023, share: 3 / 61 },
			{ year: 2024, share: 6 / 92 },
			{ year: 2025, share: null }
		]);
	});

	for (const lang of ['zh', 'en'] as const) {
		it(`option and table (${lang})`, async () => {
			const points = refusalShares(KPIS, { yearFrom: 2022, yearTo: 2024 });
			await expect(stable({ option: refusalOption(points, lang), table: refusalTable(points, lang) })).toMatchFileSnapshot(`./__snapshots__/refusal-${lang}.json`);
		});
	}
});

describe('charts on paper', () => {
	it('no animation, no text under 12 px (9 pt), decals for greyscale; formatters kept, input untouched', () => {
		const input = topAgenciesOption(AGENCIES, { lang: 'zh' });
		const before = stable(input);
		const o = forPrint({ ...input, yAxis: { type: 'category', axisLabel: { fontSize: 10, formatter: (v: string) => v } } }) as Record<string, any>;
		expect(o.animation).toBe(false);
		expect(o.aria).toEqual({ enabled: true, decal: { show: true } });
		expect(o.textStyle.fontSize).toBe(12);
		expect(o.yAxis.axisLabel.fontSize).toBe(12);
		expect(typeof o.yAxis.axisLabel.formatter).toBe('function');
		expect(stable(input)).toBe(before);
		const sizes = [...stable(forPrint(trendOption(TREND, { lang: 'en' }))).matchAll(/"fontSize": (\d+)/g)].map((m) => Number(m[1]));
		expect(sizes.every((s) => s >= 12)).toBe(true);
	});

	it('whole agency names on the category axis (no tooltip on paper)', () => {
		const o = wholeCategoryLabels(topAgenciesOption(AGENCIES, { lang: 'zh' })) as Record<string, any>;
		expect(o.yAxis.axisLabel.formatter).toBeUndefined();
		expect(o.yAxis.data).toContain('某市自然资源和规划局（很长的机关名称用于截断）');
	});
});

describe('colophon', () => {
	const manifest = {
		schemaVersion: 1,
		datasetVersion: 1,
		builtAt: '2026-04-17T00:00:00.000Z',
		synthetic: false,
		counts: { reports: 104, cells: 21210, findings: 262, agencies: 16, byYear: {}, byTemplate: { '2019': 0, '2021': 0, hybrid: 0 } },
		files: [],
		parserVersion: '1.0.0',
		source: 'real reports'
	};
	const ds: Pick<DatasetInfo, 'label' | 'manifest' | 'synthetic' | 'counts'> = { label: '默认数据集', manifest, synthetic: false, counts: { reports: 104, cells: 21210, findings: 262, agencies: 16 } };

	it('dataset, build time, versions, counts and origin', () => {
		expect(sourceLines(ds, 'zh').map((l) => [l.id, l.label, l.value])).toEqual([
			['dataset', '数据集', '默认数据集'],
			['built', '构建时间', '2026-04-17 00:00 UTC'],
			['version', '版本', '数据结构 v1 · 数据集 v1 · 解析器 1.0.0'],
			['counts', '规模', '104 份报告 · 16 个机关 · 21,210 个单元格 · 262 条核查结果'],
			['origin', '来源说明', 'real reports']
		]);
	});

	it('says so when the data is synthetic; says when there is no manifest', () => {
		const lines = sourceLines({ ...ds, synthetic: true, manifest: null }, 'en');
		expect(lines.find((l) => l.id === 'synthetic')?.value).toBe('Synthetic data (for testing, not real reports)');
		expect(lines.find((l) => l.id === 'built')?.value).toBe('no manifest');
		expect(lines.some((l) => l.id === 'version' || l.id === 'origin')).toBe(false);
	});

	it('dates in the language of the page', () => {
		const d = new Date('2026-11-25T23:30:00Z');
		expect(formatDate(d, 'zh', 'UTC')).toBe('2026年11月25日');
		expect(formatDate(d, 'en', 'UTC')).toBe('November 25, 2026');
		expect(formatDate(d, 'zh', 'Asia/Shanghai')).toBe('2026年11月26日');
		expect(formatUtc('not a time')).toBe('not a time');
	});
});
