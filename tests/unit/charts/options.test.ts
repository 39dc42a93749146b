/**
 * Option builders on fixed fixture rows, compared with committed JSON snapshots (STYLE.md §4.3): functions
 * (formatters) are stripped and numbers rounded, so a snapshot changes only when the option does.
 */
import { describe, expect, it } from 'vitest';
import {
	applicantOption,
	applicantTable,
	buildKpis,
	findingsOption,
	findingsTable,
	kpiTable,
	topAgenciesOption,
	topAgenciesTable,
	trendOption,
	trendTable
} from '../../../src/lib/charts';
import type { Lang } from '../../../src/lib/filters';
import { AGENCIES, APPLICANTS, FINDINGS, KPIS, TREND } from './fixtures';

/** JSON with functions dropped and floats rounded to 6 significant digits. */
function stable(value: unknown): string {
	return `${JSON.stringify(
		value,
		(_, v: unknown) => (typeof v === 'function' ? undefined : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
		2
	)}\n`;
}

const LANGS: Lang[] = ['zh', 'en'];
const snap = (name: string) => `./__snapshots__/${name}.json`;

describe('chart option builders', () => {
	for (const lang of LANGS) {
		it(`trend (${lang})`, async () => {
			await expect(stable({ option: trendOption(TREND, { lang }), table: trendTable(TREND, { lang }) })).toMatchFileSnapshot(snap(`trend-${lang}`));
		});
		it(`applicant mix (${lang})`, async () => {
			await expect(stable({ option: applicantOption(APPLICANTS, { lang }), table: applicantTable(APPLICANTS, { lang }) })).toMatchFileSnapshot(snap(`applicants-${lang}`));
		});
		it(`top agencies (${lang})`, async () => {
			await expect(stable({ option: topAgenciesOption(AGENCIES, { lang }), table: topAgenciesTable(AGENCIES, { lang }) })).toMatchFileSnapshot(snap(`top-agencies-${lang}`));
		});
		it(`findings (${lang})`, async () => {
			await expect(stable({ option: findingsOption(FINDINGS, { lang }), table: findingsTable(FINDINGS, { lang }) })).toMatchFileSnapshot(snap(`findings-${lang}`));
		});
		it(`kpis (${lang})`, async () => {
			const result = buildKpis(KPIS, { yearFrom: 2023, yearTo: 2024 }, lang);
			await expect(stable({ result, table: kpiTable(result, lang) })).toMatchFileSnapshot(snap(`kpis-${lang}`));
		});
	}

	it('is deterministic', () => {
		expect(stable(trendOption(TREND, { lang: 'zh' }))).toBe(stable(trendOption([...TREND], { lang: 'zh' })));
	});

	it('keeps the same colour per outcome whatever outcomes are present', () => {
		const colours = (rows: typeof TREND) =>
			Object.fromEntries(
				(trendOption(rows, { lang: 'en' }).series as { name: string; itemStyle: { color: string } }[]).map((s) => [s.name, s.itemStyle.color])
			);
		expect(colours(TREND.filter((r) => r.outcome !== 'granted'))).toEqual(colours(TREND));
	});

	it('handles no rows', () => {
		expect(trendTable([], { lang: 'zh' }).rows).toEqual([]);
		expect(buildKpis([], { yearFrom: 2020, yearTo: 2021 }, 'zh').year).toBeNull();
	});
});
