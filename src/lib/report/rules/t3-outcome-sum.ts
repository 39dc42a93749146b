/**
 * T3_OUTCOME_SUM: （七）总计 closes the outcome rows （一）–（六） in every column (FORMAT.md §6).
 *
 * （六）其他处理 counts as the printed row in the 2019 layout and as its three printed sub-rows in the 2021 layout.
 *
 * T3_OTHER_SUM (2021: （六） subtotal = 1 + 2 + 3) is deliberately not a rule that runs: the 2021 template prints
 * no （六） subtotal, so `applications.results.other.total` is derived by gongkai as exactly that sum (null when a
 * sub-row is null). Checking it would compare a number with itself; it would never fail and would only inflate
 * the passed checks. The sub-rows enter this rule directly instead.
 */
import type { Finding, Layout } from '../schema';
import { APPLICANT_COLS, table3Rows } from '../template';
import { finding, perLayout, same, sum, values, type RecordRule } from './common';
import { cellLabel, colLabel } from './labels';

const TOTAL = 'applications.results.totalProcessed';

/** Per column: [...outcome cell paths, （七）总计 path] for a table-三 layout. */
const plan = perLayout((layout: Layout) => {
	const outcomeRows = table3Rows(layout)
		.map((r) => r.path)
		.filter((p) => p.startsWith('applications.results.') && p !== TOTAL);
	return APPLICANT_COLS.map((col) => ({
		col: col.key,
		paths: [...outcomeRows.map((r) => `${r}.${col.key}`), `${TOTAL}.${col.key}`]
	}));
});

export const t3OutcomeSum: RecordRule = {
	id: 'T3_OUTCOME_SUM',
	severity: 'error',
	scope: 'record',
	description: {
		zh: '表三每一列：（七）总计 =（一）予以公开 +（二）部分公开 +（三）至（六）各项之和（2021 年格式的（六）按三个子项计）。',
		en: 'Table 3, every column: total processed = granted + partially granted + every row of (3)–(6) (in the 2021 layout, the three sub-rows of (6)).'
	},
	check: (record) => {
		const out: Finding[] = [];
		for (const { col, paths } of plan(record.layout.table3)) {
			const v = values(record, paths);
			if (!v) continue;
			const total = v[v.length - 1] as number;
			const expected = sum(v.slice(0, -1));
			if (same(expected, total)) continue;
			const totalPath = paths[paths.length - 1] as string;
			out.push(
				finding(t3OutcomeSum, record, {
					paths: [...paths],
					expected,
					actual: total,
					zh: `表三「${colLabel(col)}」列：（一）至（六）各项之和为 ${expected}，但「${cellLabel(totalPath)}」为 ${total}。`,
					en: `Table 3, column ${col}: the outcome rows (1)–(6) sum to ${expected}, but ${totalPath} is ${total}.`
				})
			);
		}
		return out;
	}
};
