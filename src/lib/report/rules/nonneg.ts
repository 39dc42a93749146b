/**
 * NONNEG: counts are non-negative integers (FORMAT.md §6). Exceptions, from the template's column types:
 * 本年增/减 (`disclosure2019.*.changeThisYear`, type `signed`) may be negative; money columns
 * (`disclosure.fees.amountWan`, `disclosure2019.procurement.totalAmount`, type `amount`) may be decimal.
 * Derived cells are skipped: their printed inputs are checked.
 */
import type { Finding } from '../schema';
import { cellOf, finding, recordCellPaths, type RecordRule } from './common';
import { cellLabel, colType, tableOf, TABLE_EN } from './labels';

export const nonneg: RecordRule = {
	id: 'NONNEG',
	severity: 'error',
	scope: 'record',
	description: {
		zh: '件数不能为负数或小数（“本年增/减”可为负，收费金额、采购总金额可为小数）。',
		en: 'Counts are non-negative integers (本年增/减 may be negative; fee and procurement amounts may be decimal).'
	},
	check: (record) => {
		const out: Finding[] = [];
		for (const path of recordCellPaths(record)) {
			const cell = cellOf(record, path);
			if (!cell || cell.value === null || cell.derived) continue;
			const v = cell.value;
			const type = colType(path);
			const negative = type !== 'signed' && v < 0;
			const fractional = type !== 'amount' && !Number.isInteger(v);
			if (!negative && !fractional) continue;
			const expected = negative && fractional ? 'integer >= 0' : negative ? '>= 0' : 'integer';
			const zhWhat = negative && fractional ? '负数且非整数' : negative ? '负数' : '非整数';
			out.push(
				finding(nonneg, record, {
					paths: [path],
					expected,
					actual: v,
					zh: `表${tableOf(path)}「${cellLabel(path)}」为${zhWhat}（${cell.raw}），件数应为非负整数。`,
					en: `${TABLE_EN[tableOf(path)]}, ${path} is ${v} (raw "${cell.raw}"); expected ${expected}.`
				})
			);
		}
		return out;
	}
};
