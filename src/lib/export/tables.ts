/**
 * What a panel's downloads contain (CSV, XLSX, Parquet): the panel's query rows as they are (numbers unformatted,
 * null kept), one column per row field, described once per panel (key, zh and en header, type). Pure.
 *
 * `defineColumns<Row>()({...})` must name every field of the row (a new query column is a type error until it is
 * described), in the order the files show them.
 */
import type { applicantMix, findingsSummary, overviewKpis, RowOf, topAgencies, trendOutcomes } from '../db/queries';
import type { Lang } from '../filters';
import { toCsv } from './csv';

/** text = string; integer = counts and years (Parquet INT32); number = sums (Parquet DOUBLE). */
export type ColumnType = 'text' | 'integer' | 'number';
export type Cell = string | number | null;

export interface ExportColumn<Row> {
	key: keyof Row & string;
	zh: string;
	en: string;
	type: ColumnType;
}
export type ExportColumns<Row> = readonly ExportColumn<Row>[];

type Spec = { zh: string; en: string; type: ColumnType };

/** Every field of Row, described (key order = column order). */
export const defineColumns =
	<Row>() =>
	(spec: { [K in keyof Row & string]-?: Spec }): ExportColumns<Row> =>
		(Object.keys(spec) as (keyof Row & string)[]).map((key) => ({ key, ...spec[key] }));

/** The header row in a language (files default to zh, the language of the reports). */
export const headerRow = <Row>(columns: ExportColumns<Row>, lang: Lang = 'zh'): string[] => columns.map((c) => c[lang]);

/** A row's cells in column order: numbers stay numbers, null and undefined become null (blank is not zero). */
function cell(value: unknown, type: ColumnType): Cell {
	if (value === null || value === undefined) return null;
	if (type === 'text') return String(value);
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) ? n : null;
}

export const bodyRows = <Row>(columns: ExportColumns<Row>, rows: readonly Row[]): Cell[][] =>
	rows.map((row) => columns.map((c) => cell(row[c.key], c.type)));

const n = (zh: string, en: string): Spec => ({ zh, en, type: 'number' });
const i = (zh: string, en: string): Spec => ({ zh, en, type: 'integer' });
const s = (zh: string, en: string): Spec => ({ zh, en, type: 'text' });
const YEAR = i('年度', 'year');

export const KPI_COLUMNS = defineColumns<RowOf<typeof overviewKpis>>()({
	year: YEAR,
	reports: i('报告数', 'reports'),
	agencies: i('机关数', 'agencies'),
	new_received: n('本年新收申请', 'new_received'),
	carried_over: n('上年结转', 'carried_over'),
	processed: n('办结', 'processed'),
	granted: n('予以公开', 'granted'),
	partial_grant: n('部分公开', 'partial_grant'),
	denied: n('不予公开', 'denied'),
	unable: n('无法提供', 'unable'),
	not_processed: n('不予处理', 'not_processed'),
	other: n('其他处理', 'other'),
	carried_forward: n('结转下年', 'carried_forward'),
	reviews: n('行政复议', 'reviews'),
	lawsuits: n('行政诉讼', 'lawsuits'),
	review_corrected: n('复议结果纠正', 'review_corrected'),
	lawsuit_corrected: n('诉讼结果纠正', 'lawsuit_corrected'),
	granted_k: n('予以公开（办结已填的报告）', 'granted (reports with processed)'),
	partial_grant_k: n('部分公开（办结已填的报告）', 'partly granted (reports with processed)'),
	denied_k: n('不予公开（办结已填的报告）', 'refused (reports with processed)'),
	unable_k: n('无法提供（办结已填的报告）', 'unable (reports with processed)'),
	not_processed_k: n('不予处理（办结已填的报告）', 'not processed (reports with processed)')
});

export const TREND_COLUMNS = defineColumns<RowOf<typeof trendOutcomes>>()({
	year: YEAR,
	outcome: s('办理结果', 'outcome'),
	value: n('数量', 'value')
});

export const APPLICANT_COLUMNS = defineColumns<RowOf<typeof applicantMix>>()({
	year: YEAR,
	applicant: s('申请人类型', 'applicant'),
	new_received: n('本年新收申请', 'new_received')
});

export const TOP_AGENCY_COLUMNS = defineColumns<RowOf<typeof topAgencies>>()({
	agency_id: s('机关编号', 'agency_id'),
	name: s('机关名称', 'name'),
	level: s('层级', 'level'),
	kind: s('类型', 'kind'),
	category: s('领域', 'category'),
	reports: i('报告数', 'reports'),
	new_received: n('本年新收申请', 'new_received'),
	processed: n('办结', 'processed'),
	granted: n('予以公开', 'granted'),
	errors: i('错误数', 'errors')
});

export const FINDING_COLUMNS = defineColumns<RowOf<typeof findingsSummary>>()({
	rule: s('规则', 'rule'),
	severity: s('严重程度', 'severity'),
	findings: i('条数', 'findings'),
	reports: i('涉及报告', 'reports'),
	agencies: i('涉及机关', 'agencies')
});

/** The CSV of a panel's rows (header in `lang`, UTF-8 with BOM for Excel and WPS). */
export const tableCsv = <Row>(columns: ExportColumns<Row>, rows: readonly Row[], lang: Lang = 'zh'): string =>
	toCsv(headerRow(columns, lang), bodyRows(columns, rows));
