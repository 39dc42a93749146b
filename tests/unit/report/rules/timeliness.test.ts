import { describe, expect, it } from 'vitest';
import { deadline, timeliness } from '../../../../src/lib/report/rules/timeliness';
import type { AgencyKind } from '../../../../src/lib/report/schema';
import { makeRecord } from './fixtures';

const at = (kind: AgencyKind, publishedAt: string | null, year = 2021) =>
	timeliness.check(makeRecord({ kind, publishedAt, year, layout: year >= 2021 ? '2021' : '2019' }));

describe('TIMELINESS', () => {
	it('knows the deadline per kind (条例第四十九条) and before 2019 (3月31日 for all)', () => {
		expect(deadline(2021, 'department')).toBe('2022-01-31');
		expect(deadline(2021, 'office')).toBe('2022-01-31');
		expect(deadline(2021, 'area')).toBe('2022-03-31');
		expect(deadline(2021, 'township')).toBe('2022-03-31');
		expect(deadline(2019, 'department')).toBe('2020-01-31');
		expect(deadline(2018, 'department')).toBe('2019-03-31');
	});

	it.each(['department', 'office'] as const)('%s: on time up to 1月31日, late the day after', (kind) => {
		expect(at(kind, '2022-01-31')).toEqual([]);
		const fs = at(kind, '2022-02-01');
		expect(fs).toMatchObject([
			{ rule: 'TIMELINESS', severity: 'warning', paths: [], expected: '2022-01-31', actual: '2022-02-01' }
		]);
		expect(fs[0]?.message.zh).toContain('第四十九条');
	});

	it.each(['area', 'township'] as const)('%s: on time up to 3月31日, late the day after', (kind) => {
		expect(at(kind, '2022-02-15')).toEqual([]);
		expect(at(kind, '2022-03-31')).toEqual([]);
		expect(at(kind, '2022-04-01')).toMatchObject([{ expected: '2022-03-31', actual: '2022-04-01' }]);
	});

	it('applies 3月31日 to a 2018 department report (2007 条例)', () => {
		expect(at('department', '2019-03-31', 2018)).toEqual([]);
		expect(at('department', '2019-04-01', 2018)[0]?.message.zh).toContain('第三十一条');
	});

	it('notes (info) an unknown publication date', () => {
		expect(at('area', null)).toMatchObject([{ severity: 'info', expected: '2022-03-31', actual: null }]);
	});
});
