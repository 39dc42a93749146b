import { describe, expect, it } from 'vitest';
import { blankCellsRule } from '../../../../src/lib/report/rules/blank-cells';
import { cell, COLS, makeRecord } from './fixtures';

const A = 'applications';
const ADMIN = `${A}.results.denied.adminQuery`;

describe('BLANK_CELLS', () => {
	it('passes a fully filled record', () => {
		expect(blankCellsRule.check(makeRecord())).toEqual([]);
		expect(blankCellsRule.check(makeRecord({ layout: '2019' }))).toEqual([]);
	});

	it('lists blank, "/", unprinted-row and unreadable cells per table, but not unresolved split cells', () => {
		const r = makeRecord({
			cells: {
				'disclosure.fees.amountWan': null,
				[`${A}.newReceived.total`]: null,
				[`${A}.carriedOver.naturalPerson`]: null,
				[`${A}.carriedOver.total`]: cell(null, '若干'),
				[`${A}.results.granted.total`]: cell(null, '/'),
				...Object.fromEntries(COLS.map((c) => [`${ADMIN}.${c}`, null])),
				'reviewLitigation.review.total': cell(null, '—')
			},
			parse: {
				splits: [
					{
						row: `${A}.carriedOver`,
						raw: '1234',
						reason: 'ambiguous',
						candidates: 2,
						unresolved: [`${A}.carriedOver.naturalPerson`]
					}
				],
				unreadable: [`${A}.carriedOver.total`],
				missingRows: [ADMIN]
			}
		});
		const fs = blankCellsRule.check(r);
		expect(fs.map((f) => [f.paths, f.expected, f.actual])).toEqual([
			[['disclosure.fees.amountWan'], 0, 1],
			[
				[
					`${A}.newReceived.total`,
					`${A}.carriedOver.total`,
					`${A}.results.granted.total`,
					...COLS.map((c) => `${ADMIN}.${c}`)
				],
				0,
				10
			],
			[['reviewLitigation.review.total'], 0, 1]
		]);
		expect(fs[0]).toMatchObject({ rule: 'BLANK_CELLS', severity: 'warning' });
		expect(fs[1]?.message.zh).toBe(
			'表三有 10 个单元格没有数字（空白 1 个，“/”“—”等符号 1 个，所在行未印出 7 个，无法识别为数字 1 个）；空白或“/”不等于 0。'
		);
	});

	it('does not list the derived （六） subtotal left null by a blank sub-row', () => {
		const r = makeRecord({ cells: { [`${A}.results.other.overdueFee.naturalPerson`]: null } });
		expect(r.applications.results.other.total.naturalPerson.value).toBeNull();
		expect(blankCellsRule.check(r).map((f) => f.paths)).toEqual([
			[`${A}.results.other.overdueFee.naturalPerson`]
		]);
	});
});
