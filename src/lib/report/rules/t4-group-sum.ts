/**
 * T4_GROUP_SUM: in table 四, each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (FORMAT.md §6).
 * Skipped when the group's 总计 was used to split glued text (`parse.totalsUsed`) or a cell is blank.
 */
import type { Finding } from '../schema';
import { TABLE4_GROUPS } from '../template';
import { finding, same, sum, values, type RecordRule } from './common';
import { cellLabel, rowLabel } from './labels';

const PARTS = ['upheld', 'corrected', 'other', 'pending'];
/** Per group: its row path, 总计 path and [...four result paths, 总计 path]. */
const PLAN = TABLE4_GROUPS.map((g) => {
	const group = `reviewLitigation.${g.key}`;
	return { group, totalPath: `${group}.total`, paths: [...PARTS.map((k) => `${group}.${k}`), `${group}.total`] };
});

export const t4GroupSum: RecordRule = {
	id: 'T4_GROUP_SUM',
	severity: 'error',
	scope: 'record',
	description: {
		zh: '表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
		en: 'Table 4, each group (review, direct lawsuit, lawsuit after review): total = upheld + corrected + other + pending.'
	},
	check: (record) => {
		const out: Finding[] = [];
		for (const { group, totalPath, paths } of PLAN) {
			if (record.parse.totalsUsed.includes(totalPath)) continue;
			const v = values(record, paths);
			if (!v) continue;
			const total = v[v.length - 1] as number;
			const expected = sum(v.slice(0, -1));
			if (same(expected, total)) continue;
			out.push(
				finding(t4GroupSum, record, {
					paths: [...paths],
					expected,
					actual: total,
					zh: `表四「${rowLabel(group)}」：结果维持、结果纠正、其他结果、尚未审结之和为 ${expected}，但「${cellLabel(totalPath)}」为 ${total}。`,
					en: `Table 4, ${group}: upheld + corrected + other + pending = ${expected}, but the total is ${total}.`
				})
			);
		}
		return out;
	}
};
