/** /compare's option builders on fixed rows, compared with committed JSON snapshots (like options.test.ts). */
import { describe, expect, it } from 'vitest';
import {
	compareCells,
	compareTrendOption,
	compareTrendTable,
	ENTITY_COLORS,
	entitiesOf,
	formatMeasure,
	RATES,
	rateOption,
	ratesTable,
	shortLabels,
	type CompareRow,
	type CompareTrendRow
} from '../../../src/lib/charts/compare';
import { parseSelection } from '../../../src/lib/compare/selection';
import type { Lang } from '../../../src/lib/filters';

function stable(value: unknown): string {
	return `${JSON.stringify(
		value,
		(_, v: unknown) => (typeof v === 'function' ? undefined : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
		2
	)}\n`;
}
const snap = (name: string) => `./__snapshots__/${name}.json`;

const row = (entity_type: 'agency' | 'region', entity_id: string, name: string, measure: CompareRow['measure'], value: number | null, extra: Partial<CompareRow> = {}): CompareRow => ({
	entity_type,
	entity_id,
	name,
	peer_level: entity_type === 'agency' ? 'prefecture' : 'county',
	peer_kind: entity_type === 'agency' ? 'department' : null,
	measure,
	num: value,
	den: value === null ? 0 : 1,
	value,
	rank: value === null ? null : 2,
	group_size: 12,
	peers: 10,
	median: 0.2,
	spread: 0.05,
	outlier: null,
	...extra
});

const SEL = parseSelection('fj-a,fj-b', '350128');
const ROWS: CompareRow[] = [
	row('agency', 'fj-a', '平潭综合实验区财政金融局', 'new_received', 120, { median: 40, rank: 1 }),
	row('agency', 'fj-a', '平潭综合实验区财政金融局', 'disclosed_share', 0.6),
	row('agency', 'fj-a', '平潭综合实验区财政金融局', 'denied_share', 0.5, { outlier: 'high', rank: 1 }),
	row('agency', 'fj-a', '平潭综合实验区财政金融局', 'reviews_per_100', 12.5),
	row('agency', 'fj-b', '平潭综合实验区交通与建设局', 'new_received', 30, { median: 40 }),
	row('agency', 'fj-b', '平潭综合实验区交通与建设局', 'disclosed_share', null),
	row('agency', 'fj-b', '平潭综合实验区交通与建设局', 'denied_share', 0, { outlier: 'low', rank: 10 }),
	row('agency', 'fj-b', '平潭综合实验区交通与建设局', 'errors_per_report', 1.25),
	row('region', '350128', '平潭县', 'disclosed_share', 0.48, { median: 0.3, peers: 2, group_size: 2 }),
	row('region', '350128', '平潭县', 'late_share', 0.01, { median: 0.01, peers: 1, group_size: 2 })
];
const TREND: CompareTrendRow[] = [
	{ entity_type: 'agency', entity_id: 'fj-a', year: 2022, measure: 'disclosed_share', value: 0.5 },
	{ entity_type: 'agency', entity_id: 'fj-a', year: 2024, measure: 'disclosed_share', value: 0.7 },
	{ entity_type: 'agency', entity_id: 'fj-b', year: 2023, measure: 'disclosed_share', value: null },
	{ entity_type: 'region', entity_id: '350128', year: 2023, measure: 'disclosed_share', value: 0.45 }
];

describe('compare option builders', () => {
	for (const lang of ['zh', 'en'] as Lang[]) {
		it(`rates, table and trend (${lang})`, async () => {
			const entities = entitiesOf(SEL, ROWS);
			await expect(
				stable({
					rates: RATES.map((m) => rateOption(m, entities, ROWS, lang)),
					ratesTable: ratesTable(entities, ROWS, lang),
					cells: compareCells(entities, ROWS, lang),
					trend: compareTrendOption(TREND, entities, 'disclosed_share', { from: 2022, to: 2024 }, lang),
					trendTable: compareTrendTable(TREND, entities, 'disclosed_share', { from: 2022, to: 2024 }, lang)
				})
			).toMatchFileSnapshot(snap(`compare-${lang}`));
		});
	}

	it('gives each entity the colour of its position, the same in every chart', () => {
		const entities = entitiesOf(SEL, ROWS);
		expect(entities.map((e) => e.color)).toEqual(ENTITY_COLORS.slice(0, 3));
		const barColours = (m: (typeof RATES)[number]) =>
			((rateOption(m, entities, ROWS, 'zh').series as { data: { itemStyle: { color: string } }[] }[])[0]!.data).map((d) => d.itemStyle.color);
		expect(barColours('denied_share')).toEqual(barColours('late_share'));
		const lineColours = (compareTrendOption(TREND, entities, 'disclosed_share', { from: 2022, to: 2024 }, 'zh').series as { lineStyle: { color: string } }[]).map((s) => s.lineStyle.color);
		expect(lineColours).toEqual(barColours('denied_share'));
	});

	it('keeps blanks blank: a null value is "—", never 0, and has no bar', () => {
		const entities = entitiesOf(SEL, ROWS);
		const cells = compareCells(entities, ROWS, 'zh').find((r) => r.measure === 'disclosed_share')!.cells;
		expect(cells.map((c) => c.value)).toEqual(['60.0%', '—', '48.0%']);
		const bars = (rateOption('disclosed_share', entities, ROWS, 'zh').series as { data: { value: number | null }[] }[])[0]!.data;
		expect(bars.map((b) => b.value)).toEqual([0.6, null, 0.48]);
		expect(formatMeasure('en', 'reviews_per_100', null)).toBe('—');
		expect(formatMeasure('en', 'denied_share', 0)).toBe('0.0%');
	});

	it('flags outliers in words, not colour alone, and shows the rank among peers with a value', () => {
		const entities = entitiesOf(SEL, ROWS);
		const denied = compareCells(entities, ROWS, 'en').find((r) => r.measure === 'denied_share')!.cells;
		expect(denied.map((c) => c.outlierText)).toEqual(['Outlier: high', 'Outlier: low', null]);
		expect(denied.map((c) => c.rank)).toEqual(['1 / 10', '10 / 10', '—']);
	});

	it('shortens names that share a long prefix, and marks an entity the data does not know', () => {
		expect(shortLabels(['平潭综合实验区财政金融局', '平潭综合实验区交通与建设局'])).toEqual(['财政金融局', '交通与建设局']);
		expect(shortLabels(['平潭县', '鄞州区'])).toEqual(['平潭县', '鄞州区']);
		expect(shortLabels(['ab', 'ac'])).toEqual(['ab', 'ac']);
		expect(shortLabels(['平潭综合实验区财政金融局', '平潭综合实验区交通与建设局', '平潭县'])).toEqual(['财政金融局', '交通与建设局', '平潭县']);
		expect(shortLabels(['平潭综合实验区', '平潭综合实验区财政金融局'])).toEqual(['平潭综合实验区', '财政金融局']);
		expect(shortLabels(['宁波市鄞州区科学技术局（科协）'], 6)).toEqual(['宁波市鄞州…']);
		const [unknown] = entitiesOf(parseSelection('nope', null), ROWS);
		expect(unknown).toMatchObject({ name: 'nope', known: false });
	});
});
