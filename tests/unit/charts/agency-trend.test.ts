/** The agency profile's trend charts on fixed rows, compared with committed JSON snapshots; the measures checked by hand. */
import { describe, expect, it } from 'vitest';
import { agencyMeasures, agencyShareOption, agencyTrendTable, agencyVolumeOption, type ProfileRow } from '../../../src/lib/charts';
import type { Lang } from '../../../src/lib/filters';

const row = (year: number, over: Partial<ProfileRow> = {}): ProfileRow => ({
	id: `x-${year}`,
	year,
	agency_name: '平潭综合实验区某局',
	template: '2021',
	published_at: `${year + 1}-01-20`,
	source_file: `${year}.txt`,
	source_url: null,
	new_received: 10,
	carried_over: 0,
	processed: 10,
	granted: 6,
	partial_grant: 2,
	denied: 1,
	unable: 1,
	not_processed: 0,
	other: 0,
	carried_forward: 0,
	reviews: 1,
	lawsuits: null,
	findings: 0,
	errors: 0,
	...over
});

// 2021 has no report (a gap); 2022's processed is blank (no shares); 2023 has 0 processed (no shares, not 0%).
export const PROFILE: ProfileRow[] = [
	row(2019, { new_received: 12, processed: 12, granted: 9, partial_grant: 1, denied: 2, reviews: 0, lawsuits: 0 }),
	row(2020, { new_received: 20, processed: 18, granted: 10, partial_grant: 4, denied: 0, reviews: null, lawsuits: 2 }),
	row(2022, { new_received: 7, processed: null, granted: 5, partial_grant: null }),
	row(2023, { new_received: 0, processed: 0, granted: 0, partial_grant: 0, denied: 0, reviews: null, lawsuits: null })
];

function stable(value: unknown): string {
	return `${JSON.stringify(
		value,
		(_, v: unknown) => (typeof v === 'function' ? undefined : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
		2
	)}\n`;
}

describe('agency trend', () => {
	it('has every year from the first report to the last; a year without a report is all blank', () => {
		const ms = agencyMeasures(PROFILE);
		expect(ms.map((m) => m.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
		expect(ms[2]).toEqual({ year: 2021, reports: 0, new_received: null, processed: null, reviews: null, lawsuits: null, appeals: null, disclosed: null, refused: null });
		expect(ms[0]!.disclosed).toBeCloseTo(10 / 12);
		expect(ms[0]!.refused).toBeCloseTo(2 / 12);
		expect(ms[1]!.appeals).toBe(2);
		expect([ms[3]!.disclosed, ms[4]!.disclosed, ms[4]!.refused, ms[4]!.appeals]).toEqual([null, null, null, null]);
		expect(agencyMeasures([])).toEqual([]);
	});

	for (const lang of ['zh', 'en'] as Lang[]) {
		it(`options and table (${lang})`, async () => {
			const volume = agencyVolumeOption(PROFILE, { lang, selected: 2020 });
			const share = agencyShareOption(PROFILE, { lang, selected: 2020 });
			await expect(stable({ volume, share, table: agencyTrendTable(PROFILE, lang) })).toMatchFileSnapshot(`./__snapshots__/agency-trend-${lang}.json`);
		});
	}

	it('highlights the selected year only', () => {
		const opacities = (selected: number | null) =>
			((agencyVolumeOption(PROFILE, { lang: 'zh', selected }).series as { data: { itemStyle: { opacity: number } }[] }[])[0]!.data).map((d) => d.itemStyle.opacity);
		expect(opacities(2020)).toEqual([0.45, 1, 0.45, 0.45, 0.45]);
		expect(opacities(null)).toEqual([1, 1, 1, 1, 1]);
	});
});
