import { describe, expect, it } from 'vitest';
import { xyCarry } from '../../../../src/lib/report/rules/xy-carry';
import { missing } from '../../../../src/lib/report/rules/missing';
import { t2Stock2021 } from '../../../../src/lib/report/rules/t2-2021-stock';
import { t2Stock2019 } from '../../../../src/lib/report/rules/t2-2019-stock';
import { checkSet } from '../../../../src/lib/report/rules';
import type { AgencyKind, Finding } from '../../../../src/lib/report/schema';
import { makeRecord } from './fixtures';

const FWD = 'applications.carriedForward';
const OVER = 'applications.carriedOver';
const brief = (fs: Finding[]) => fs.map((f) => [f.recordId, f.year, f.paths, f.expected, f.actual]);

describe('XY_CARRY', () => {
	const y2021 = makeRecord({
		agencyId: 'a',
		year: 2021,
		cells: { [`${FWD}.naturalPerson`]: 2, [`${FWD}.total`]: 2 }
	});

	it('passes when 上年结转(y) = 结转下年度(y−1)', () => {
		const y2022 = makeRecord({
			agencyId: 'a',
			year: 2022,
			cells: { [`${OVER}.naturalPerson`]: 2, [`${OVER}.total`]: 2 }
		});
		expect(xyCarry.check([y2021, y2022], {})).toEqual([]);
	});

	it('reports each differing column on the year-y record, whatever the input order', () => {
		const y2022 = makeRecord({
			agencyId: 'a',
			year: 2022,
			cells: { [`${OVER}.naturalPerson`]: 2, [`${OVER}.total`]: 3 }
		});
		const fs = xyCarry.check([y2022, y2021], {});
		expect(brief(fs)).toEqual([['a-2022', 2022, [`${OVER}.total`], 2, 3]]);
		expect(fs[0]).toMatchObject({ rule: 'XY_CARRY', severity: 'error', agencyId: 'a' });
		expect(fs[0]?.message.zh).toBe(
			'2022 年度「二、上年结转政府信息公开申请数量 · 总计」为 3，但 2021 年度「四、结转下年度继续办理 · 总计」为 2。'
		);
	});

	it('skips blanks, other agencies and non-consecutive years', () => {
		const blank = makeRecord({
			agencyId: 'a',
			year: 2022,
			cells: { [`${OVER}.naturalPerson`]: null, [`${OVER}.total`]: null }
		});
		expect(xyCarry.check([y2021, blank], {})).toEqual([]);
		const other = makeRecord({ agencyId: 'b', year: 2022 });
		expect(xyCarry.check([y2021, other], {})).toEqual([]);
		const later = makeRecord({ agencyId: 'a', year: 2023 });
		expect(xyCarry.check([y2021, later], {})).toEqual([]);
	});
});

describe('MISSING', () => {
	const rec = (agencyId: string, year: number, kind: AgencyKind = 'department') =>
		makeRecord({ agencyId, year, kind, layout: year >= 2021 ? '2021' : '2019' });
	const set = [rec('a', 2021), rec('a', 2022), rec('b', 2021)];

	it('reports an agency with y−1 and no y, up to the latest year of the set', () => {
		const fs = missing.check(set, {});
		expect(brief(fs)).toEqual([['b-2021', 2022, [], null, null]]);
		expect(fs[0]).toMatchObject({ rule: 'MISSING', severity: 'warning', agencyId: 'b' });
		expect(fs[0]?.message.zh).toBe('测试局有 2021 年度报告，但没有 2022 年度报告（应于 2023-01-31 前发布）。');
	});

	it('with asOf, reports the year after the latest once its deadline has passed', () => {
		expect(brief(missing.check(set, { asOf: '2024-01-31' })).map((f) => f.slice(0, 2))).toEqual([
			['b-2021', 2022]
		]);
		expect(brief(missing.check(set, { asOf: '2024-02-01' })).map((f) => f.slice(0, 2))).toEqual([
			['a-2022', 2023],
			['b-2021', 2022]
		]);
	});

	it('with asOf, does not call a report missing before it is due (by kind)', () => {
		expect(missing.check(set, { asOf: '2023-01-31' })).toEqual([]);
		const area = [rec('x', 2022, 'area')];
		expect(missing.check(area, { asOf: '2024-03-31' })).toEqual([]);
		expect(brief(missing.check(area, { asOf: '2024-04-01' }))).toEqual([['x-2022', 2023, [], null, null]]);
	});

	it('reports a gap once, for its first year', () => {
		expect(brief(missing.check([rec('c', 2019), rec('c', 2022)], {})).map((f) => f.slice(0, 2))).toEqual([
			['c-2019', 2020]
		]);
	});

	it('checkSet rejects a malformed asOf', () => {
		expect(() => checkSet(set, { asOf: '2024-2-1' })).toThrow(/asOf/);
	});
});

describe('T2_2021_STOCK', () => {
	const N = 'disclosure.normativeDocuments';
	const prev = makeRecord({ agencyId: 'a', year: 2021, cells: { [`${N}.inForce`]: 10 } });
	const cur = (inForce: number | null) =>
		makeRecord({
			agencyId: 'a',
			year: 2022,
			cells: { [`${N}.issued`]: 3, [`${N}.repealed`]: 1, [`${N}.inForce`]: inForce }
		});

	it('passes when 现行有效(y) = 现行有效(y−1) + 制发 − 废止', () => {
		expect(t2Stock2021.check([prev, cur(12)], {})).toEqual([]);
	});

	it('warns otherwise, on the year-y record', () => {
		const fs = t2Stock2021.check([prev, cur(13)], {});
		expect(brief(fs)).toEqual([['a-2022', 2022, [`${N}.inForce`, `${N}.issued`, `${N}.repealed`], 12, 13]]);
		expect(fs[0]).toMatchObject({ rule: 'T2_2021_STOCK', severity: 'warning' });
	});

	it('skips blanks and a 2019-format table 二', () => {
		expect(t2Stock2021.check([prev, cur(null)], {})).toEqual([]);
		const old = makeRecord({ agencyId: 'a', year: 2021, layout: { table2: '2019', table3: '2021' } });
		expect(t2Stock2021.check([old, cur(13)], {})).toEqual([]);
	});
});

describe('T2_2019_STOCK', () => {
	const L = 'disclosure2019.licensing';
	const F = 'disclosure2019.fees';
	const prev = makeRecord({
		agencyId: 'a',
		year: 2019,
		layout: '2019',
		cells: { [`${L}.previousYearItems`]: 10, [`${L}.changeThisYear`]: -2, [`${F}.previousYearItems`]: 3 }
	});
	const cur = (licensing: number, fees: number) =>
		makeRecord({
			agencyId: 'a',
			year: 2020,
			layout: '2019',
			cells: { [`${L}.previousYearItems`]: licensing, [`${F}.previousYearItems`]: fees }
		});

	it('passes when 上一年项目数量(y) + 本年增/减(y) = 上一年项目数量(y+1)', () => {
		expect(t2Stock2019.check([prev, cur(8, 3)], {})).toEqual([]);
	});

	it('notes (info) each row that does not carry over, on the later record', () => {
		const fs = t2Stock2019.check([prev, cur(9, 4)], {});
		expect(brief(fs)).toEqual([
			['a-2020', 2020, [`${L}.previousYearItems`], 8, 9],
			['a-2020', 2020, [`${F}.previousYearItems`], 3, 4]
		]);
		expect(fs[0]).toMatchObject({ rule: 'T2_2019_STOCK', severity: 'info' });
	});

	it('needs both records in the 2019 format', () => {
		const y2021 = makeRecord({ agencyId: 'a', year: 2020 });
		expect(t2Stock2019.check([prev, y2021], {})).toEqual([]);
	});
});
