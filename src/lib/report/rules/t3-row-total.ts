/**
 * T3_ROW_TOTAL: in every table-三 row, 总计 = 自然人 + the five 法人或其他组织 columns (FORMAT.md §6).
 *
 * Skipped: the 2021 （六） subtotal (derived by gongkai, never printed); rows whose 总计 cell the parser used to
 * choose how to split crawler-glued text (`parse.totalsUsed`), since the split was chosen to satisfy this very sum;
 * rows with a blank cell.
 */
import type { Finding, Layout } from '../schema';
import { APPLICANT_COLS, table3Rows } from '../template';
import { cellOf, finding, perLayout, same, sum, values, type RecordRule } from './common';
import { cellLabel, rowLabel } from './labels';

const PARTS = APPLICANT_COLS.filter((c) => c.key !== 'total');

/** Per printed row: its 总计 path and [...six applicant cell paths, 总计 path]. */
const plan = perLayout((layout: Layout) =>
	table3Rows(layout).map((row) => ({
		row: row.path,
		totalPath: `${row.path}.total`,
		paths: [...PARTS.map((c) => `${row.path}.${c.key}`), `${row.path}.total`]
	}))
);

export const t3RowTotal: RecordRule = {
	id: 'T3_ROW_TOTAL',
	severity: 'error',
	scope: 'record',
	description: {
		zh: '表三每一行：总计 = 自然人 + 法人或其他组织五列之和。',
		en: 'Table 3, every row: total = natural persons + the five legal-person columns.'
	},
	check: (record) => {
		const out: Finding[] = [];
		const used = record.parse.totalsUsed;
		for (const { row, totalPath, paths } of plan(record.layout.table3)) {
			if (used.includes(totalPath) || cellOf(record, totalPath)?.derived) continue;
			const v = values(record, paths);
			if (!v) continue;
			const total = v[v.length - 1] as number;
			const expected = sum(v.slice(0, -1));
			if (same(expected, total)) continue;
			out.push(
				finding(t3RowTotal, record, {
					paths: [...paths],
					expected,
					actual: total,
					zh: `表三「${rowLabel(row)}」一行：自然人与法人或其他组织各列之和为 ${expected}，但「${cellLabel(totalPath)}」为 ${total}。`,
					en: `Table 3, row ${row}: the six applicant columns sum to ${expected}, but the total is ${total}.`
				})
			);
		}
		return out;
	}
};
