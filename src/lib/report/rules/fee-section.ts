/**
 * FEE_SECTION (2021 table-三 layout only): the 2021 template's 六、其他需要报告的事项 is where 信息处理费 is reported
 * ("收取信息处理费情况在此处报告", FORMAT.md §1, §6; KIROGOVCOMPARE "存在收费但未在第六部分说明").
 * - If the row （六）2.申请人逾期未按收费通知要求缴纳费用… has a value > 0, or section 六 states a fee in 元,
 *   section 六 must exist and mention 信息处理费: warning.
 * - Otherwise, a missing section 六 is noted: info.
 */
import type { Finding } from '../schema';
import { APPLICANT_COLS } from '../template';
import { finding, valueOf, type RecordRule } from './common';
import { rowLabel } from './labels';

const FEE_ROW = 'applications.results.other.overdueFee';

export const feeSection: RecordRule = {
	id: 'FEE_SECTION',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '2021 年格式：有逾期未缴费不再处理的申请或收取了信息处理费时，第六部分应说明信息处理费情况；第六部分缺失时提示。',
		en: '2021 format: when requests lapsed for unpaid fees or a fee was charged, section 6 must report the information-processing fee; a missing section 6 is noted.'
	},
	check: (record) => {
		if (record.layout.table3 !== '2021') return [];
		const s6 = record.narrative.section6;
		const feePaths = APPLICANT_COLS.map((c) => `${FEE_ROW}.${c.key}`).filter(
			(p) => (valueOf(record, p) ?? 0) > 0
		);
		const feeYuan = s6.feeYuan !== null && s6.feeYuan > 0 ? s6.feeYuan : null;
		const out: Finding[] = [];
		if ((feePaths.length > 0 || feeYuan !== null) && !(s6.present && s6.mentionsFee)) {
			const because = [
				...(feePaths.length > 0 ? [`表三「${rowLabel(FEE_ROW)}」不为 0`] : []),
				...(feeYuan !== null ? [`正文提到收费 ${feeYuan} 元`] : [])
			].join('，且');
			const becauseEn = [
				...(feePaths.length > 0 ? [`${FEE_ROW} is above 0`] : []),
				...(feeYuan !== null ? [`the text states a fee of ${feeYuan} yuan`] : [])
			].join(' and ');
			out.push(
				finding(feeSection, record, {
					paths: feePaths,
					expected: 'section 6 mentions 信息处理费',
					actual: s6.present ? 'no mention' : 'section 6 absent',
					zh: `${because}，但${s6.present ? '“六、其他需要报告的事项”未说明信息处理费情况' : '报告没有“六、其他需要报告的事项”'}。`,
					en: `${becauseEn}, but ${s6.present ? 'section 6 (other matters) does not report the information-processing fee' : 'the report has no section 6 (other matters)'}.`
				})
			);
		} else if (!s6.present) {
			out.push(
				finding(feeSection, record, {
					paths: [],
					expected: 'section 6 present',
					actual: 'section 6 absent',
					severity: 'info',
					zh: '报告没有“六、其他需要报告的事项”（2021 年格式要求在此报告信息处理费收取情况）。',
					en: 'The report has no section 6 (other matters), where the 2021 format asks for the information-processing fee.'
				})
			);
		}
		return out;
	}
};
