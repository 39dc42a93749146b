/**
 * TIMELINESS: published after the legal deadline (FORMAT.md §0).
 * 条例第四十九条 (2019): 县级以上人民政府部门 publish last year's report by 1月31日; the 主管部门 publishes the
 * government's own (area-wide) report by 3月31日. So: `department` and `office` (a government's 办公室/办公厅 is one
 * of its 部门) → y+1-01-31; `area` → y+1-03-31.
 * 乡镇/街道 (`township`) are not named in 第四十九条 and local rules differ (怀化: 02-20); to stay simple and never
 * flag a township that any rule would accept, townships are checked against 3月31日.
 * Reports for 2018 and earlier fell under the 2007 条例 (第三十一条): 3月31日 for every agency.
 * The deadline day itself is on time. An unknown publication date gives an info finding.
 */
import type { AgencyKind } from '../schema';
import { finding, type RecordRule } from './common';

/** The last on-time publication day (YYYY-MM-DD) of the report for `year` by an agency of `kind`. */
export function deadline(year: number, kind: AgencyKind): string {
	const early = year >= 2019 && (kind === 'department' || kind === 'office');
	return `${year + 1}-${early ? '01-31' : '03-31'}`;
}

const KIND_ZH: Record<AgencyKind, string> = {
	department: '政府部门',
	office: '政府办公室（厅）',
	area: '本级政府（全区域）报告',
	township: '乡镇/街道（条例未规定，按 3月31日 检查）'
};

export const timeliness: RecordRule = {
	id: 'TIMELINESS',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '发布日期晚于条例第四十九条规定的期限：部门 1月31日，本级政府（全区域）报告 3月31日（乡镇/街道按 3月31日）。',
		en: 'Published after the deadline of 条例 Art. 49: departments 31 January, a government’s area-wide report 31 March (townships checked against 31 March).'
	},
	check: (record) => {
		const due = deadline(record.year, record.agency.kind);
		const law = record.year >= 2019 ? '《政府信息公开条例》第四十九条' : '2007 年《政府信息公开条例》第三十一条';
		const lawEn = record.year >= 2019 ? '条例 Art. 49' : 'the 2007 条例 Art. 31';
		const published = record.publishedAt;
		if (published === null) {
			return [
				finding(timeliness, record, {
					paths: [],
					expected: due,
					actual: null,
					severity: 'info',
					zh: `发布日期不详，无法核对是否在${law}规定的期限（${due}）前发布。`,
					en: `Publication date unknown; cannot check the ${lawEn} deadline (${due}).`
				})
			];
		}
		if (published <= due) return [];
		return [
			finding(timeliness, record, {
				paths: [],
				expected: due,
				actual: published,
				zh: `${record.year} 年度报告于 ${published} 发布，晚于${law}规定的期限 ${due}（${KIND_ZH[record.agency.kind]}）。`,
				en: `The ${record.year} report was published on ${published}, after the ${lawEn} deadline ${due} (${record.agency.kind}).`
			})
		];
	}
};
