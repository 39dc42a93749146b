/**
 * What each column of the console's tables means, for the schema browser and the completion popup. A template
 * cell column of `reports` (the dictionary key with `_` for `.`) gets the label the template prints, e.g.
 * `表三 · （七）总计 · 自然人` (report/rules/labels.ts, built from report/template.ts; the template is Chinese only,
 * so the English page shows it too, after the table number). Metadata columns have hand-written labels here.
 */
import { CELL_COLUMNS, NARRATIVE_COLUMNS } from '../dataset/columns';
import type { Lang } from '../filters';
import { cellLabel } from '../report/rules/labels';

type Pair = readonly [zh: string, en: string];

const COMMON: Record<string, Pair> = {
	id: ['标识', 'Identifier'],
	agency_id: ['机关标识', 'Agency id'],
	agency_name: ['机关名称（报告所载）', 'Agency name (as published)'],
	name: ['机关名称', 'Agency name'],
	aliases: ['曾用名和别名', 'Former names and aliases'],
	province: ['省', 'Province'],
	province_code: ['省级行政区划代码', 'Province code (GB/T 2260)'],
	city: ['市', 'City'],
	city_code: ['市级行政区划代码', 'City code (GB/T 2260)'],
	county: ['县（区）', 'County'],
	county_code: ['县级行政区划代码', 'County code (GB/T 2260)'],
	level: ['层级', 'Level'],
	kind: ['类型（area 为地区汇总）', 'Kind (area = area-wide report)'],
	category: ['领域', 'Category'],
	year: ['年度', 'Year'],
	report_id: ['报告标识', 'Report id']
};

const BY_TABLE: Record<string, Record<string, Pair>> = {
	reports: {
		id: ['报告标识（机关标识-年度）', 'Report id (agency id-year)'],
		template: ['模板（2021 / 2019 / 混合）', 'Template (2021 / 2019 / hybrid)'],
		layout_table2: ['表二的版式', 'Layout of table 2'],
		layout_table3: ['表三的版式', 'Layout of table 3'],
		published_at: ['发布日期', 'Publication date'],
		signed_at: ['落款日期', 'Date signed'],
		source_file: ['来源文件', 'Source file'],
		source_sha256: ['来源文件 SHA-256', 'Source file SHA-256'],
		source_url: ['来源网址', 'Source URL'],
		source_format: ['来源格式', 'Source format'],
		table_form: ['表格形式', 'Table form'],
		parser_version: ['解析器版本', 'Parser version'],
		n_ambiguous_splits: ['无法确定拆分的数字个数', 'Numbers that could not be split'],
		n_unresolved_cells: ['未能确定的单元格数', 'Unresolved cells'],
		n_missing_rows: ['缺少的行数', 'Missing rows'],
		n_unreadable_cells: ['无法读取的单元格数', 'Unreadable cells'],
		narrative_proactive_items: ['正文：主动公开条数', 'Text: items disclosed proactively'],
		narrative_applications_received: ['正文：收到申请数', 'Text: requests received'],
		narrative_applications_new: ['正文：本年新收申请数', 'Text: new requests'],
		narrative_applications_carried_over: ['正文：上年结转申请数', 'Text: requests carried over'],
		narrative_applications_concluded: ['正文：办结申请数', 'Text: requests concluded'],
		narrative_applications_carried_forward: ['正文：结转下年申请数', 'Text: requests carried forward'],
		narrative_reviews: ['正文：行政复议数', 'Text: administrative reviews'],
		narrative_lawsuits: ['正文：行政诉讼数', 'Text: lawsuits'],
		section6_present: ['有第六部分（收费）', 'Section 6 (fees) present'],
		section6_says_nothing: ['第六部分写明“无”', 'Section 6 says “none”'],
		section6_mentions_fee: ['第六部分提到信息处理费', 'Section 6 mentions a processing fee'],
		section6_fee_yuan: ['信息处理费（元）', 'Processing fee (yuan)']
	},
	cells: {
		tbl: ['表号（二、三、四）', 'Table (二, 三, 四)'],
		row_path: ['行', 'Row path'],
		col_key: ['列', 'Column key'],
		path: ['单元格（字典键）', 'Cell (dictionary key)'],
		value: ['数值（空白为 NULL）', 'Value (blank = NULL)'],
		raw: ['原文', 'Text as published'],
		status: ['状态（value / blank / unresolved …）', 'Status (value / blank / unresolved …)']
	},
	findings: {
		finding_id: ['核查结果标识', 'Finding id'],
		rule: ['规则', 'Rule'],
		severity: ['严重程度（error / warning / info）', 'Severity (error / warning / info)'],
		paths: ['涉及的单元格', 'Cells involved'],
		expected: ['应为', 'Expected'],
		actual: ['实际', 'Actual'],
		message_zh: ['说明（中文）', 'Message (Chinese)'],
		message_en: ['说明（英文）', 'Message (English)']
	},
	agencies: {
		id: ['机关标识', 'Agency id']
	}
};

const TABLE_NO: Record<string, Pair> = { 二: ['表二', 'Table 2'], 三: ['表三', 'Table 3'], 四: ['表四', 'Table 4'] };
const CELLS = new Map(CELL_COLUMNS.map((c) => [c.name, c]));
const NARRATIVE = new Set(NARRATIVE_COLUMNS.map((c) => c.name));

/** The label of `table.column` in `lang`, or null when the column is not one of the dataset's (a user's own). */
export function columnLabel(table: string, column: string, lang: Lang): string | null {
	const i = lang === 'zh' ? 0 : 1;
	const own = BY_TABLE[table]?.[column];
	if (own) return own[i];
	if (table === 'reports') {
		const cell = CELLS.get(column);
		if (cell) return `${TABLE_NO[cell.tbl]![i]} · ${cellLabel(cell.path)}`;
		if (NARRATIVE.has(column)) return null;
	}
	return COMMON[column]?.[i] ?? null;
}
