/**
 * TEMPLATE: which national format the tables follow (FORMAT.md §0, §7): the 2019 format (国办公开办函〔2019〕60号)
 * for 2019–2020 reports, the 2021 format (国办公开办函〔2021〕30号) from the 2021 reports on.
 * - hybrid (table 二 and table 三 follow different formats): warning;
 * - a 2019-format table in a report for 2021 or later: warning;
 * - a 2021-format table in a report for 2020 or earlier: info (the newer format, used early);
 * - template rows the report does not print (`parse.missingRows`): warning.
 * Pre-2019 统计表 never become records (the parser rejects them), so they are not checked here.
 */
import type { AnnualReport, Finding, Layout } from '../schema';
import { finding, recordCellPaths, type RecordRule } from './common';
import { rowLabel, tableOf } from './labels';

const TABLES = [
	{ key: 'table2', zh: '表二', en: 'table 2' },
	{ key: 'table3', zh: '表三', en: 'table 3' }
] as const;

const tablesWith = (record: AnnualReport, layout: Layout) =>
	TABLES.filter((t) => record.layout[t.key] === layout);

export const templateUse: RecordRule = {
	id: 'TEMPLATE',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '表格格式：2021 年度起应使用 2021 年格式；两表混用不同格式、格式中的行未印出均提示。',
		en: 'Table format: reports for 2021 on must use the 2021 format; mixed formats and template rows the report does not print are flagged.'
	},
	check: (record) => {
		const out: Finding[] = [];
		const { table2, table3 } = record.layout;
		const due = record.year >= 2021 ? '2021' : '2019';
		if (record.template === 'hybrid') {
			out.push(
				finding(templateUse, record, {
					paths: [],
					expected: due,
					actual: 'hybrid',
					zh: `表二按 ${table2} 年格式、表三按 ${table3} 年格式填报，两种格式混用。`,
					en: `Mixed formats: table 2 follows the ${table2} format, table 3 the ${table3} format.`
				})
			);
		}
		const old = record.year >= 2021 ? tablesWith(record, '2019') : [];
		if (old.length > 0) {
			out.push(
				finding(templateUse, record, {
					paths: [],
					expected: '2021',
					actual: '2019',
					zh: `${record.year} 年度报告的${old.map((t) => t.zh).join('、')}仍使用 2019 年格式（2021 年度起应使用国办公开办函〔2021〕30号格式）。`,
					en: `The ${record.year} report's ${old.map((t) => t.en).join(' and ')} still follow the 2019 format (the 2021 format applies from the 2021 reports on).`
				})
			);
		}
		const early = record.year <= 2020 ? tablesWith(record, '2021') : [];
		if (early.length > 0) {
			out.push(
				finding(templateUse, record, {
					paths: [],
					expected: '2019',
					actual: '2021',
					severity: 'info',
					zh: `${record.year} 年度报告的${early.map((t) => t.zh).join('、')}使用了 2021 年格式（该年度通行的是 2019 年格式）。`,
					en: `The ${record.year} report's ${early.map((t) => t.en).join(' and ')} use the 2021 format (the 2019 format applied to that year).`
				})
			);
		}
		const missing = record.parse.missingRows;
		if (missing.length > 0) {
			const all = recordCellPaths(record);
			const paths = missing.flatMap((row) => {
				const cells = all.filter((p) => p.startsWith(`${row}.`));
				return cells.length > 0 ? cells : [row];
			});
			out.push(
				finding(templateUse, record, {
					paths,
					expected: 0,
					actual: missing.length,
					zh: `报告未印出模板中的 ${missing.length} 行：${missing.map((r) => `表${tableOf(r)}「${rowLabel(r)}」`).join('、')}。`,
					en: `The report does not print ${missing.length} template rows: ${missing.join(', ')}.`
				})
			);
		}
		return out;
	}
};
