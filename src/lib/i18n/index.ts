/**
 * Labels of the site in Chinese (default) and English, and number formatting per language. The language lives in
 * the URL (`?lang=en`; absent = zh), so a shared link opens in the sender's language and a prerendered page needs
 * no storage. Dataset text (agency names, categories) is shown as it is in both languages.
 */
import type { Lang } from '../filters';
import type { RuleId } from '../report/schema';

const zh = {
	siteName: '政府信息公开年报',
	navOverview: '概览',
	navAgencies: '机关',
	navCompare: '比较',
	navCompliance: '合规',
	navSql: 'SQL',
	navData: '数据',
	language: '语言',
	switchTo: 'English',
	title: '政府信息公开工作年度报告概览',
	intro: '各级行政机关依申请公开的收件、办理结果、申请人构成和核查结果。数字为所选年度与筛选条件下各报告之和。',
	filters: '筛选',
	yearFrom: '起始年度',
	yearTo: '截止年度',
	level: '层级',
	kind: '类型',
	category: '领域',
	province: '省',
	city: '市',
	county: '县（区）',
	all: '全部',
	reset: '清除筛选',
	search: '机关',
	searchPlaceholder: '搜索机关名称',
	scope: '统计口径',
	scopeAgencies: '各机关（不含区域汇总）',
	scopeAreas: '仅区域汇总报告',
	scopeAll: '全部报告',
	scopeHint: '区域汇总报告（地区政府的年度报告）已包含本地区各部门的数字；与部门报告相加会重复计算，默认不计入。',
	loading: '正在载入数据…',
	empty: '所选条件下没有数据。',
	error: '无法载入：',
	dataTable: '数据表',
	showTable: '显示数据表',
	hideTable: '隐藏数据表',
	year: '年度',
	value: '数量',
	applications: '申请数',
	kpis: '主要指标',
	kpiNewReceived: '本年新收申请',
	kpiCarriedOver: '上年结转',
	kpiProcessed: '办结',
	kpiDisclosed: '予以公开或部分公开',
	kpiDenied: '不予公开',
	kpiUnable: '无法提供',
	kpiNotProcessed: '不予处理',
	kpiCarriedForward: '结转下年',
	kpiReviewsLawsuits: '行政复议和诉讼',
	kpiShareOfProcessed: '占办结',
	kpiCorrected: '纠错率',
	kpiVsPrev: (y: number) => `${y}年较上年`,
	kpiNoPrev: '无可比数据',
	kpiHint: (y: number) => `合计为所选年度之和；变化为${y}年与上年相比（数量为增减幅度，占比为百分点）。`,
	kpiMetric: '指标',
	kpiTotal: '合计',
	kpiChange: '较上年',
	trend: '办理结果（逐年）',
	trendHint: '点击某年的柱形，只看该年度。',
	applicantMix: '申请人构成',
	applicant: '申请人',
	topAgencies: '新收申请最多的机关',
	agency: '机关',
	reports: '报告数',
	processed: '办结',
	granted: '予以公开',
	findings: '核查结果（规则 × 严重程度）',
	rule: '规则',
	severity: '严重程度',
	count: '条数',
	findingsReports: '涉及报告',
	yearSuffix: '年',
	rangeAll: '全部年度'
};

type Messages = { [K in keyof typeof zh]: (typeof zh)[K] };

const en: Messages = {
	siteName: 'FOI annual reports',
	navOverview: 'Overview',
	navAgencies: 'Agencies',
	navCompare: 'Compare',
	navCompliance: 'Compliance',
	navSql: 'SQL',
	navData: 'Data',
	language: 'Language',
	switchTo: '中文',
	title: 'Government information disclosure: annual reports overview',
	intro: 'Requests received, outcomes, applicants and rule findings of the reports of administrative agencies. Figures are sums over the reports in the selected years and filters.',
	filters: 'Filters',
	yearFrom: 'From year',
	yearTo: 'To year',
	level: 'Level',
	kind: 'Kind',
	category: 'Category',
	province: 'Province',
	city: 'City',
	county: 'County',
	all: 'All',
	reset: 'Clear filters',
	search: 'Agency',
	searchPlaceholder: 'Search agency names',
	scope: 'Reports summed',
	scopeAgencies: 'Single agencies (no area totals)',
	scopeAreas: 'Area-wide reports only',
	scopeAll: 'All reports',
	scopeHint: 'An area-wide report (an area government’s report) already includes its departments’ figures; adding both counts them twice, so it is left out by default.',
	loading: 'Loading data…',
	empty: 'No data for these filters.',
	error: 'Could not load: ',
	dataTable: 'Data table',
	showTable: 'Show data table',
	hideTable: 'Hide data table',
	year: 'Year',
	value: 'Count',
	applications: 'Requests',
	kpis: 'Key figures',
	kpiNewReceived: 'New requests received',
	kpiCarriedOver: 'Carried over',
	kpiProcessed: 'Processed',
	kpiDisclosed: 'Disclosed fully or in part',
	kpiDenied: 'Refused',
	kpiUnable: 'Unable to provide',
	kpiNotProcessed: 'Not processed',
	kpiCarriedForward: 'Carried forward',
	kpiReviewsLawsuits: 'Reviews and lawsuits',
	kpiShareOfProcessed: 'of processed',
	kpiCorrected: 'corrected',
	kpiVsPrev: (y: number) => `${y} vs previous year`,
	kpiNoPrev: 'no comparison',
	kpiHint: (y: number) => `Totals over the selected years; change: ${y} vs the previous year (counts in %, shares in percentage points).`,
	kpiMetric: 'Metric',
	kpiTotal: 'Total',
	kpiChange: 'Change',
	trend: 'Outcomes by year',
	trendHint: 'Click a year’s bar to show that year only.',
	applicantMix: 'Applicants',
	applicant: 'Applicant',
	topAgencies: 'Agencies with most new requests',
	agency: 'Agency',
	reports: 'Reports',
	processed: 'Processed',
	granted: 'Granted',
	findings: 'Findings (rule × severity)',
	rule: 'Rule',
	severity: 'Severity',
	count: 'Findings',
	findingsReports: 'Reports',
	yearSuffix: '',
	rangeAll: 'All years'
};

export type { Lang };

/**
 * A page's or component's own labels, kept beside its area (`src/lib/i18n/<area>.ts`) rather than in this file:
 * `defineMessages({ zh: {...}, en: {...} })` checks that en has exactly zh's keys and with the same kinds of value.
 */
export function defineMessages<M extends Record<string, unknown>>(m: { zh: M; en: { [K in keyof M]: M[K] } }): Record<Lang, M> {
	return m;
}
export type MessageKey = keyof Messages;
export const MESSAGES: Record<Lang, Messages> = { zh, en };
export const messages = (lang: Lang): Messages => MESSAGES[lang];

export const OUTCOME_LABELS: Record<Lang, Record<'granted' | 'partialGrant' | 'denied' | 'unableToProvide' | 'notProcessed' | 'other', string>> = {
	zh: { granted: '予以公开', partialGrant: '部分公开', denied: '不予公开', unableToProvide: '无法提供', notProcessed: '不予处理', other: '其他处理' },
	en: { granted: 'Granted', partialGrant: 'Partly granted', denied: 'Refused', unableToProvide: 'Unable to provide', notProcessed: 'Not processed', other: 'Other' }
};

export const APPLICANT_LABELS: Record<
	Lang,
	Record<'naturalPerson' | 'legalPerson.commercial' | 'legalPerson.research' | 'legalPerson.social' | 'legalPerson.legal' | 'legalPerson.other', string>
> = {
	zh: {
		naturalPerson: '自然人',
		'legalPerson.commercial': '商业企业',
		'legalPerson.research': '科研机构',
		'legalPerson.social': '社会公益组织',
		'legalPerson.legal': '法律服务机构',
		'legalPerson.other': '其他'
	},
	en: {
		naturalPerson: 'Natural persons',
		'legalPerson.commercial': 'Businesses',
		'legalPerson.research': 'Research institutions',
		'legalPerson.social': 'Non-profits',
		'legalPerson.legal': 'Legal services',
		'legalPerson.other': 'Other'
	}
};

export const LEVEL_LABELS: Record<Lang, Record<'national' | 'provincial' | 'prefecture' | 'county' | 'township' | 'unknown', string>> = {
	zh: { national: '国家级', provincial: '省级', prefecture: '市级', county: '县级', township: '乡镇级', unknown: '未知' },
	en: { national: 'National', provincial: 'Provincial', prefecture: 'Prefecture', county: 'County', township: 'Township', unknown: 'Unknown' }
};

export const KIND_LABELS: Record<Lang, Record<'area' | 'office' | 'department' | 'township', string>> = {
	zh: { area: '地区政府', office: '办公室', department: '部门', township: '乡镇街道' },
	en: { area: 'Area government', office: 'General office', department: 'Department', township: 'Township' }
};

export const SEVERITY_LABELS: Record<Lang, Record<'error' | 'warning' | 'info', string>> = {
	zh: { error: '错误', warning: '警告', info: '提示' },
	en: { error: 'Error', warning: 'Warning', info: 'Info' }
};

/** A year range for people: `2024年`, `2019–2025年` (en: `2024`, `2019–2025`). */
export const yearsText = (lang: Lang, f: { yearFrom: number; yearTo: number }): string => {
	const suffix = MESSAGES[lang].yearSuffix;
	return f.yearFrom === f.yearTo ? `${f.yearFrom}${suffix}` : `${f.yearFrom}–${f.yearTo}${suffix}`;
};

/** Intl locale per language. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** Short names of the rules (the long descriptions are `RULES` in report/rules). */
export const RULE_LABELS: Record<Lang, Record<RuleId, string>> = {
	zh: {
		T3_BALANCE: '收支平衡',
		T3_OUTCOME_SUM: '办理结果合计',
		T3_OTHER_SUM: '其他处理小计',
		T3_ROW_TOTAL: '申请人合计',
		T4_GROUP_SUM: '复议诉讼合计',
		T2_2021_STOCK: '现行有效件数（2021模板）',
		T2_2019_STOCK: '现行有效件数（2019模板）',
		XY_CARRY: '跨年结转衔接',
		NARRATIVE_MATCH: '正文与表格一致',
		TIMELINESS: '按时发布',
		MISSING: '缺报',
		TEMPLATE: '使用规定模板',
		BLANK_CELLS: '空白单元格',
		NONNEG: '非负数',
		FEE_SECTION: '收费情况',
		AMBIGUOUS_SPLIT: '无法确定拆分的数字'
	},
	en: {
		T3_BALANCE: 'Balance of requests',
		T3_OUTCOME_SUM: 'Outcomes add up',
		T3_OTHER_SUM: 'Other outcomes subtotal',
		T3_ROW_TOTAL: 'Applicant columns add up',
		T4_GROUP_SUM: 'Reviews and lawsuits add up',
		T2_2021_STOCK: 'Documents in force (2021 template)',
		T2_2019_STOCK: 'Documents in force (2019 template)',
		XY_CARRY: 'Carry-over across years',
		NARRATIVE_MATCH: 'Text matches tables',
		TIMELINESS: 'Published on time',
		MISSING: 'Missing report',
		TEMPLATE: 'Standard template used',
		BLANK_CELLS: 'Blank cells',
		NONNEG: 'No negative counts',
		FEE_SECTION: 'Fees section',
		AMBIGUOUS_SPLIT: 'Numbers that could not be split'
	}
};

/** A rule's short name for people (its id stays available as a title or in exports). */
export const ruleLabel = (lang: Lang, rule: RuleId): string => RULE_LABELS[lang][rule];
