import { describe, expect, it } from 'vitest';
import { t4GroupSum } from '../../../../src/lib/report/rules/t4-group-sum';
import { makeRecord } from './fixtures';

const V = 'reviewLitigation.review';
const L = 'reviewLitigation.litigationAfterReview';

describe('T4_GROUP_SUM', () => {
	it('passes when 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
		const r = makeRecord({
			cells: { [`${V}.upheld`]: 72, [`${V}.corrected`]: 64, [`${V}.other`]: 178, [`${V}.pending`]: 37, [`${V}.total`]: 351 }
		});
		expect(t4GroupSum.check(r)).toEqual([]);
	});

	it('reports a group whose total differs', () => {
		const r = makeRecord({ cells: { [`${L}.upheld`]: 1, [`${L}.pending`]: 1, [`${L}.total`]: 3 } });
		const [f, ...rest] = t4GroupSum.check(r);
		expect(rest).toEqual([]);
		expect(f).toMatchObject({
			rule: 'T4_GROUP_SUM',
			severity: 'error',
			paths: [`${L}.upheld`, `${L}.corrected`, `${L}.other`, `${L}.pending`, `${L}.total`],
			expected: 2,
			actual: 3
		});
		expect(f?.message.zh).toContain('「行政诉讼 复议后起诉 · 总计」为 3');
	});

	it('skips a group whose total was used to split, or with a blank cell', () => {
		const used = makeRecord({ cells: { [`${V}.total`]: 3 }, parse: { totalsUsed: [`${V}.total`] } });
		expect(t4GroupSum.check(used)).toEqual([]);
		const blank = makeRecord({ cells: { [`${V}.total`]: 3, [`${V}.other`]: null } });
		expect(t4GroupSum.check(blank)).toEqual([]);
	});
});
