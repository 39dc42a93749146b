import { describe, expect, it } from 'vitest';
import { narrativeMatch } from '../../../../src/lib/report/rules/narrative-match';
import { makeRecord, type RecordOptions } from './fixtures';

const A = 'applications';
const table = {
	[`${A}.newReceived.total`]: 74,
	[`${A}.carriedOver.total`]: 1,
	[`${A}.results.totalProcessed.total`]: 70,
	[`${A}.carriedForward.total`]: 5,
	'reviewLitigation.review.total': 2,
	'reviewLitigation.litigationDirect.total': 1,
	'reviewLitigation.litigationAfterReview.total': 2
};
const check = (narrative: RecordOptions['narrative'], cells: RecordOptions['cells'] = table) =>
	narrativeMatch.check(makeRecord({ cells, narrative }));
const brief = (fs: ReturnType<typeof narrativeMatch.check>) => fs.map((f) => [f.paths, f.expected, f.actual]);

describe('NARRATIVE_MATCH', () => {
	it('passes figures that match the tables', () => {
		expect(
			check({
				applicationsNew: 74,
				applicationsCarriedOver: 1,
				applicationsCarriedForward: 5,
				applicationsConcluded: 70,
				reviews: 2,
				lawsuits: 3
			})
		).toEqual([]);
	});

	it('accepts 收到 as 新收 or as 新收 + 上年结转', () => {
		expect(check({ applicationsReceived: 74 })).toEqual([]);
		expect(check({ applicationsReceived: 75 })).toEqual([]);
		expect(brief(check({ applicationsReceived: 80 }))).toEqual([
			[[`${A}.newReceived.total`, `${A}.carriedOver.total`], 74, 80]
		]);
	});

	it('reports each figure that differs, the table value as expected', () => {
		const fs = check({
			applicationsNew: 75,
			applicationsCarriedOver: 2,
			applicationsCarriedForward: 4,
			applicationsConcluded: 71,
			reviews: 7,
			lawsuits: 9
		});
		expect(brief(fs)).toEqual([
			[[`${A}.newReceived.total`], 74, 75],
			[[`${A}.carriedOver.total`], 1, 2],
			[[`${A}.carriedForward.total`], 5, 4],
			[[`${A}.results.totalProcessed.total`], 70, 71],
			[['reviewLitigation.review.total'], 2, 7],
			[['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'], 3, 9]
		]);
		expect(fs.every((f) => f.rule === 'NARRATIVE_MATCH' && f.severity === 'warning')).toBe(true);
		expect(fs[5]?.message.zh).toBe(
			'正文称行政诉讼 9 件，但表格中「行政诉讼 未经复议直接起诉 · 总计」+「行政诉讼 复议后起诉 · 总计」为 3。'
		);
	});

	it('compares only when both sides are known', () => {
		expect(check({})).toEqual([]);
		const blanks = { ...table, [`${A}.carriedOver.total`]: null, 'reviewLitigation.litigationDirect.total': null };
		expect(check({ applicationsReceived: 80, lawsuits: 9 }, blanks)).toEqual([]);
	});
});
