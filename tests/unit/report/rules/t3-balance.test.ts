import { describe, expect, it } from 'vitest';
import { t3Balance } from '../../../../src/lib/report/rules/t3-balance';
import { makeRecord } from './fixtures';

const A = 'applications';

describe('T3_BALANCE', () => {
	it('passes when 新收 + 结转 = 总计 + 结转下年度 in every column', () => {
		const r = makeRecord({
			cells: {
				[`${A}.newReceived.naturalPerson`]: 5,
				[`${A}.carriedOver.naturalPerson`]: 1,
				[`${A}.results.totalProcessed.naturalPerson`]: 4,
				[`${A}.carriedForward.naturalPerson`]: 2
			}
		});
		expect(t3Balance.check(r)).toEqual([]);
	});

	it('reports an unbalanced column with the four cells', () => {
		const r = makeRecord({
			cells: {
				[`${A}.newReceived.naturalPerson`]: 5,
				[`${A}.carriedOver.naturalPerson`]: 1,
				[`${A}.results.totalProcessed.naturalPerson`]: 4,
				[`${A}.carriedForward.naturalPerson`]: 1
			}
		});
		const [f, ...rest] = t3Balance.check(r);
		expect(rest).toEqual([]);
		expect(f).toMatchObject({
			rule: 'T3_BALANCE',
			severity: 'error',
			recordId: 'test-agency-2021',
			agencyId: 'test-agency',
			year: 2021,
			paths: [
				`${A}.newReceived.naturalPerson`,
				`${A}.carriedOver.naturalPerson`,
				`${A}.results.totalProcessed.naturalPerson`,
				`${A}.carriedForward.naturalPerson`
			],
			expected: 6,
			actual: 5
		});
		expect(f?.message.zh).toContain('表三「自然人」列');
		expect(f?.message.zh).toContain('（七）总计（4）');
	});

	it('checks the 2019 layout too', () => {
		const r = makeRecord({ layout: '2019', cells: { [`${A}.carriedForward.total`]: 3 } });
		expect(t3Balance.check(r).map((f) => [f.paths[3], f.expected, f.actual])).toEqual([
			[`${A}.carriedForward.total`, 0, 3]
		]);
	});

	it('skips a column with a blank cell', () => {
		const r = makeRecord({
			cells: { [`${A}.newReceived.naturalPerson`]: null, [`${A}.carriedForward.naturalPerson`]: 9 }
		});
		expect(t3Balance.check(r)).toEqual([]);
	});
});
