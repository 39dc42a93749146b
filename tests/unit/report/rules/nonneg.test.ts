import { describe, expect, it } from 'vitest';
import { nonneg } from '../../../../src/lib/report/rules/nonneg';
import { cell, makeRecord } from './fixtures';

const brief = (fs: ReturnType<typeof nonneg.check>) => fs.map((f) => [f.paths, f.expected, f.actual]);

describe('NONNEG', () => {
	it('passes zeros, decimal amounts and negative 本年增/减', () => {
		expect(nonneg.check(makeRecord({ cells: { 'disclosure.fees.amountWan': 9116.36 } }))).toEqual([]);
		const r2019 = makeRecord({
			layout: '2019',
			cells: {
				'disclosure2019.punishment.changeThisYear': cell(-18, '-18'),
				'disclosure2019.procurement.totalAmount': cell(394432.52, '394432.52元')
			}
		});
		expect(nonneg.check(r2019)).toEqual([]);
	});

	it('reports negative counts, fractional counts and negative amounts', () => {
		const r = makeRecord({
			cells: {
				'applications.newReceived.naturalPerson': -1,
				'disclosure.licensing.decisions': 1.5,
				'reviewLitigation.review.pending': -1.5,
				'disclosure.fees.amountWan': -2
			}
		});
		expect(brief(nonneg.check(r))).toEqual([
			[['disclosure.licensing.decisions'], 'integer', 1.5],
			[['disclosure.fees.amountWan'], '>= 0', -2],
			[['applications.newReceived.naturalPerson'], '>= 0', -1],
			[['reviewLitigation.review.pending'], 'integer >= 0', -1.5]
		]);
		expect(nonneg.check(r)[2]?.message.zh).toBe(
			'表三「一、本年新收政府信息公开申请数量 · 自然人」为负数（-1），件数应为非负整数。'
		);
	});

	it('wants integers in 本年增/减 and skips the derived 2021 （六） subtotal', () => {
		const r2019 = makeRecord({ layout: '2019', cells: { 'disclosure2019.fees.changeThisYear': 0.5 } });
		expect(brief(nonneg.check(r2019))).toEqual([[['disclosure2019.fees.changeThisYear'], 'integer', 0.5]]);
		const r = makeRecord({ cells: { 'applications.results.other.otherReasons.naturalPerson': -1 } });
		expect(r.applications.results.other.total.naturalPerson.value).toBe(-1);
		expect(brief(nonneg.check(r))).toEqual([
			[['applications.results.other.otherReasons.naturalPerson'], '>= 0', -1]
		]);
	});
});
