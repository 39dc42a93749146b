import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/lib/charts/sparkline';

describe('sparkline', () => {
	const opts = { from: 2019, to: 2023, width: 104, height: 24, pad: 2 };

	it('draws consecutive years as one line, scaled from 0 to the maximum', () => {
		const s = sparkline(
			[
				{ year: 2019, value: 0 },
				{ year: 2020, value: 50 },
				{ year: 2021, value: 100 }
			],
			opts
		);
		expect(s.path).toBe('M2 22 L27 12 L52 2');
		expect(s.dots).toEqual([]);
		expect(s.last).toEqual({ x: 52, y: 2, year: 2021, value: 100 });
	});

	it('leaves a gap for a year without a value (no report, or a blank cell): never a 0', () => {
		const s = sparkline(
			[
				{ year: 2019, value: 10 },
				{ year: 2020, value: 20 },
				{ year: 2021, value: null },
				{ year: 2022, value: 20 },
				{ year: 2023, value: 10 }
			],
			opts
		);
		expect(s.path).toBe('M2 12 L27 2 M77 2 L102 12');
		expect(s.path).not.toContain('52');
	});

	it('returns a lone point as a dot, and nothing when every year is blank', () => {
		const s = sparkline(
			[
				{ year: 2019, value: 5 },
				{ year: 2021, value: 10 },
				{ year: 2022, value: null }
			],
			opts
		);
		expect(s.path).toBe('');
		expect(s.dots).toEqual([
			{ x: 2, y: 12, year: 2019 },
			{ x: 52, y: 2, year: 2021 }
		]);
		expect(s.last?.year).toBe(2021);
		const none = sparkline([{ year: 2020, value: null }], opts);
		expect([none.path, none.dots, none.last]).toEqual(['', [], null]);
	});

	it('puts all-zero values on the baseline, ignores years outside the range, centres a one-year range', () => {
		expect(sparkline([{ year: 2019, value: 0 }, { year: 2020, value: 0 }, { year: 2030, value: 99 }], opts).path).toBe('M2 22 L27 22');
		expect(sparkline([{ year: 2020, value: 3 }], { ...opts, from: 2020, to: 2020 }).dots).toEqual([{ x: 52, y: 2, year: 2020 }]);
	});
});
