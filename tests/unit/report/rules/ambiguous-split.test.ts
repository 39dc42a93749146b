import { describe, expect, it } from 'vitest';
import { ambiguousSplit } from '../../../../src/lib/report/rules/ambiguous-split';
import { makeRecord } from './fixtures';

describe('AMBIGUOUS_SPLIT', () => {
	it('passes a record without split notes', () => {
		expect(ambiguousSplit.check(makeRecord())).toEqual([]);
	});

	it('reports one finding per split note, with its unresolved cells and raw text', () => {
		const unresolved = ['disclosure2019.punishment.changeThisYear', 'disclosure2019.punishment.decisions'];
		const r = makeRecord({
			layout: '2019',
			cells: Object.fromEntries(unresolved.map((p) => [p, null])),
			parse: {
				splits: [
					{ row: 'disclosure2019.punishment', raw: '2648-18538', reason: 'ambiguous', candidates: 3, unresolved },
					{ row: 'reviewLitigation', raw: '1234567', reason: 'none', candidates: 0, unresolved: [] }
				]
			}
		});
		const fs = ambiguousSplit.check(r);
		expect(fs).toMatchObject([
			{ rule: 'AMBIGUOUS_SPLIT', severity: 'warning', paths: unresolved, expected: null, actual: '2648-18538' },
			{ paths: [], expected: null, actual: '1234567' }
		]);
		expect(fs[0]?.message.zh).toBe(
			'表二「行政处罚」的数字粘连为“2648-18538”，有 3 种拆分都符合模板，无法确定；2 个单元格留空。'
		);
		expect(fs[1]?.message.zh).toContain('没有一种拆分符合模板的单元格数');
		expect(fs[1]?.message.en).toContain("no split of the glued text");
	});
});
