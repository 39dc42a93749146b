/** T3_BALANCE: the identity printed in table 三's corner, per column (FORMAT.md §6, confirmed). */
import type { Finding } from '../schema';
import { APPLICANT_COLS } from '../template';
import { finding, same, sum, values, type RecordRule } from './common';
import { colLabel, rowLabel } from './labels';

const ROWS = ['newReceived', 'carriedOver', 'results.totalProcessed', 'carriedForward'].map(
	(r) => `applications.${r}`
);
const [L_NR, L_CO, L_TP, L_CF] = ROWS.map(rowLabel) as [string, string, string, string];
/** Per column: the four cell paths, in the order of ROWS. */
const PLAN = APPLICANT_COLS.map((col) => ({ col: col.key, paths: ROWS.map((r) => `${r}.${col.key}`) }));

export const t3Balance: RecordRule = {
	id: 'T3_BALANCE',
	severity: 'error',
	scope: 'record',
	description: {
		zh: '表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（表头注明的勾稽关系）。',
		en: 'Table 3, every column: new requests + carried over = total processed + carried forward (the identity printed in the table header).'
	},
	check: (record) => {
		const out: Finding[] = [];
		for (const { col, paths } of PLAN) {
			const v = values(record, paths);
			if (!v) continue;
			const [nr, co, tp, cf] = v as [number, number, number, number];
			const lhs = sum([nr, co]);
			const rhs = sum([tp, cf]);
			if (same(lhs, rhs)) continue;
			out.push(
				finding(t3Balance, record, {
					paths: [...paths],
					expected: lhs,
					actual: rhs,
					zh: `表三「${colLabel(col)}」列不平衡：${L_NR}（${nr}）+ ${L_CO}（${co}）= ${lhs}，但${L_TP}（${tp}）+ ${L_CF}（${cf}）= ${rhs}。`,
					en: `Table 3, column ${col}: newReceived (${nr}) + carriedOver (${co}) = ${lhs}, but totalProcessed (${tp}) + carriedForward (${cf}) = ${rhs}.`
				})
			);
		}
		return out;
	}
};
