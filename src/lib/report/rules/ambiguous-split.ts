/**
 * AMBIGUOUS_SPLIT: a row of crawler-glued text (e.g. "2648-18538") that the template's structure could not split
 * with certainty; the parser left its unresolved cells null and kept the raw text (DESIGN.md §3).
 */
import type { Finding } from '../schema';
import { finding, type RecordRule } from './common';
import { rowLabel, tableOf, TABLE_EN } from './labels';

export const ambiguousSplit: RecordRule = {
	id: 'AMBIGUOUS_SPLIT',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '网页转存时单元格粘连成一串数字，按模板无法唯一拆分（多种拆分都成立，或没有一种成立），相关单元格留空。',
		en: 'A row whose cells were glued into one string of digits cannot be split with certainty (several splits fit, or none fits the template); its cells stay empty.'
	},
	check: (record) =>
		record.parse.splits.map((s): Finding => {
			const where = `表${tableOf(s.row)}「${rowLabel(s.row)}」`;
			const n = s.unresolved.length;
			return finding(ambiguousSplit, record, {
				paths: s.unresolved,
				expected: null,
				actual: s.raw,
				zh: {
					ambiguous: `${where}的数字粘连为“${s.raw}”，有 ${s.candidates} 种拆分都符合模板，无法确定；${n} 个单元格留空。`,
					none: `${where}的数字粘连为“${s.raw}”，没有一种拆分符合模板的单元格数；${n} 个单元格留空。`,
					inconsistent: `${where}的数字粘连为“${s.raw}”，有 ${s.candidates} 种拆分符合单元格数，但没有一种与本行“总计”相符（报告本身数字不平）；各拆分不一致的 ${n} 个单元格留空。`
				}[s.reason],
				en: {
					ambiguous: `${TABLE_EN[tableOf(s.row)]}, row ${s.row}: glued text "${s.raw}" has ${s.candidates} splits that fit the template; ${n} cells left empty.`,
					none: `${TABLE_EN[tableOf(s.row)]}, row ${s.row}: no split of the glued text "${s.raw}" fits the template's cell count; ${n} cells left empty.`,
					inconsistent: `${TABLE_EN[tableOf(s.row)]}, row ${s.row}: glued text "${s.raw}" has ${s.candidates} splits with the right cell count but none agrees with the row's own total (the report does not add up); ${n} cells on which they differ left empty.`
				}[s.reason]
			});
		})
};
