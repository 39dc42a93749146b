/**
 * The compliance page's views of compliance-matrix rows: the rule × year heat model and the ranked region bars,
 * snapshotted on fixture rows (STYLE.md §4.3), plus the properties a snapshot does not show.
 */
import { describe, expect, it } from 'vitest';
import { heatColors, heatModel, regionCounts, regionOption, regionTable, REGION_BARS, type RegionCount } from '../../../src/lib/charts';
import type { MatrixRow } from '../../../src/lib/charts/compliance';
import type { Lang } from '../../../src/lib/filters';

const row = (rule: MatrixRow['rule'], year: number, region_code: string | null, region: string | null, errors: number, warnings: number, infos: number): MatrixRow => ({
	rule,
	year,
	region_code,
	region,
	findings: errors + warnings + infos,
	errors,
	warnings,
	infos,
	reports: 10
});

/** Two provinces and agencies without a region; three rules over 2020–2022 (2021 has nothing). */
const MATRIX: MatrixRow[] = [
	row('T3_BALANCE', 2020, '350000', '福建省', 3, 0, 0),
	row('T3_BALANCE', 2020, '330000', '浙江省', 1, 0, 0),
	row('T3_BALANCE', 2022, '350000', '福建省', 2, 0, 0),
	row('AMBIGUOUS_SPLIT', 2020, '350000', '福建省', 0, 5, 0),
	row('AMBIGUOUS_SPLIT', 2022, null, null, 0, 4, 0),
	row('TIMELINESS', 2022, '330000', '浙江省', 0, 0, 1)
];

function stable(value: unknown): string {
	return `${JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? undefined : v), 2)}\n`;
}

describe('compliance views', () => {
	for (const lang of ['zh', 'en'] as Lang[]) {
		it(`heat model and region bars (${lang})`, async () => {
			const counts = regionCounts(MATRIX, null);
			const opts = { lang, unknown: lang === 'zh' ? '（未识别地区）' : '(region unknown)' };
			await expect(
				stable({
					heat: heatModel(MATRIX, { from: 2020, to: 2022 }, lang),
					option: regionOption(counts, opts),
					table: regionTable(counts, { ...opts, regionHeader: 'R', findingsHeader: 'F' })
				})
			).toMatchFileSnapshot(`./__snapshots__/compliance-${lang}.json`);
		});
	}

	it('heat model: totals equal the rows, every year a column, most findings first', () => {
		const m = heatModel(MATRIX, { from: 2020, to: 2022 }, 'zh');
		expect(m.years).toEqual([2020, 2021, 2022]);
		expect(m.total).toBe(MATRIX.reduce((s, r) => s + r.findings, 0));
		expect(m.rules.map((r) => [r.rule, r.total])).toEqual([
			['AMBIGUOUS_SPLIT', 9],
			['T3_BALANCE', 6],
			['TIMELINESS', 1]
		]);
		expect(m.yearTotals).toEqual([9, 0, 7]);
		const balance = m.rules[1]!;
		expect(balance.cells[0]).toMatchObject({ year: 2020, findings: 4, errors: 4, severity: 'error' });
		expect(balance.cells[1]).toMatchObject({ year: 2021, findings: 0, severity: null, background: null });
	});

	it('one severity: only its findings, rules without any left out', () => {
		const m = heatModel(MATRIX, { from: 2020, to: 2022 }, 'en', 'warning');
		expect(m.rules.map((r) => [r.rule, r.total])).toEqual([['AMBIGUOUS_SPLIT', 9]]);
		expect(m.total).toBe(9);
		expect(regionCounts(MATRIX, null, 'error').map((c) => [c.code, c.findings])).toEqual([
			['350000', 5],
			['330000', 1]
		]);
	});

	it('heat colours deepen with the count and keep text readable', () => {
		const light = heatColors('error', 1, 100);
		const dark = heatColors('error', 100, 100);
		expect(dark.background).toBe('#c0504d');
		expect(light.background).not.toBe(dark.background);
		expect(light.color).toBe('#1f2328');
		expect(dark.color).toBe('#ffffff');
	});

	it('region counts: one rule or all, unknown region kept, most first', () => {
		const all = regionCounts(MATRIX, null);
		expect(all.map((c) => [c.code, c.findings])).toEqual([
			['350000', 10],
			[null, 4],
			['330000', 2]
		]);
		expect(regionCounts(MATRIX, 'T3_BALANCE').map((c) => [c.name, c.errors])).toEqual([
			['福建省', 5],
			['浙江省', 1]
		]);
		expect(regionCounts(MATRIX, 'XY_CARRY')).toEqual([]);
	});

	it('region bars: at most REGION_BARS regions, the largest on top; blank stays null', () => {
		const many: RegionCount[] = Array.from({ length: 40 }, (_, i) => ({ code: String(100000 + i), name: `R${i}`, findings: 40 - i, errors: 40 - i, warnings: 0, infos: 0 }));
		const o = regionOption(many, { lang: 'zh', unknown: '?' }) as { yAxis: { data: string[] }; series: { data: (number | null)[] }[] };
		expect(o.yAxis.data).toHaveLength(REGION_BARS);
		expect(o.yAxis.data.at(-1)).toBe('R0');
		expect(o.series[1]!.data.every((v) => v === null)).toBe(true);
	});
});
