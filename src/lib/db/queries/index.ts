/**
 * The named queries of the site (STYLE.md §4.2): one .sql file each, with the zod schemas of its parameters and
 * rows. Components run them through a QueryRunner (../runner.ts) and never build SQL themselves.
 */
import { z } from 'zod';
import { CELL_COLUMNS, CELL_STATUS, NARRATIVE_COLUMNS } from '../../dataset/columns';
import { RuleId } from '../../report/schema';
import { defineQuery, withVariants, type NamedQuery } from './define';
import { AgencyKind, AgencyLevel, Count, DivisionCode, Filters, Severity, Sum, Year } from './filters';
import agencyDetailSql from './agency-detail.sql?raw';
import agencyListSql from './agency-list.sql?raw';
import agencyProfileSql from './agency-profile.sql?raw';
import applicantMixSql from './applicant-mix.sql?raw';
import compareEntitiesSql from './compare-entities.sql?raw';
import compareSearchSql from './compare-search.sql?raw';
import compareTrendSql from './compare-trend.sql?raw';
import complianceExportSql from './compliance-export.sql?raw';
import complianceFindingsSql from './compliance-findings.sql?raw';
import complianceMatrixSql from './compliance-matrix.sql?raw';
import complianceReportsSql from './compliance-reports.sql?raw';
import complianceSummarySql from './compliance-summary.sql?raw';
import datasetSummarySql from './dataset-summary.sql?raw';
import filterFacetsSql from './filter-facets.sql?raw';
import findingsSummarySql from './findings-summary.sql?raw';
import lateMissingSql from './late-missing.sql?raw';
import overviewKpisSql from './overview-kpis.sql?raw';
import reportCellsSql from './report-cells.sql?raw';
import reportFindingsSql from './report-findings.sql?raw';
import reportRecordSql from './report-record.sql?raw';
import topAgenciesSql from './top-agencies.sql?raw';
import trendOutcomesSql from './trend-outcomes.sql?raw';

export { bindParams, compileSql, defineQuery, sqlFor, withVariants, type NamedQuery, type ParamsOf, type RowOf } from './define';
export { Filters, Scope } from './filters';
/** The macros every named query may use (filtered_reports, filtered_findings, …): run once per dataset. */
export { default as MACROS_SQL } from './macros.sql?raw';
/** The tables derived from a dataset that the macros read (overview_cube): built after MACROS_SQL, once per dataset. */
export { default as DERIVED_SQL } from './derived.sql?raw';

const text = z.string();
const maybe = z.string().nullable();

export const datasetSummary = defineQuery({
	name: 'dataset-summary',
	title: '数据集概况',
	sql: datasetSummarySql,
	params: z.object({}),
	row: z.object({ reports: Count, cells: Count, findings: Count, agencies: Count, year_min: Year.nullable(), year_max: Year.nullable() })
});

/** The headline figures of one year: table 三 and 四 sums (see overview-kpis.sql). */
const Kpis = {
	new_received: Sum,
	carried_over: Sum,
	processed: Sum,
	granted: Sum,
	partial_grant: Sum,
	denied: Sum,
	unable: Sum,
	not_processed: Sum,
	other: Sum,
	carried_forward: Sum,
	reviews: Sum,
	lawsuits: Sum
};

/** Whether overview_cube (derived.sql) can answer these filters: no city, county, agency or search is set. */
export const cubeAnswers = (v: Readonly<Record<string, unknown>>): boolean =>
	v.cityCode === null && v.countyCode === null && v.agencyId === null && v.search === null;

/**
 * A query written against overview_rows (derived.sql) runs one of its two halves: the cube's cells when they can
 * answer, else the matching reports. Same rows either way (tests/unit/db/overview-cube.test.ts); binding the whole
 * union on every run cost several times what the cube's answer does (DuckDB binds prepared statements again when
 * a parameter is NULL).
 */
const overviewSums = <Q extends NamedQuery>(query: Q): Q =>
	withVariants(query, 'overview_rows', [
		{ macro: 'overview_cells', when: cubeAnswers },
		{ macro: 'report_measures', when: () => true }
	]);

export const overviewKpis = overviewSums(
	defineQuery({
		name: 'overview-kpis',
		title: '主要指标（逐年）',
		sql: overviewKpisSql,
		params: Filters,
		row: z.object({
			year: Year,
			reports: Count,
			agencies: Count,
			...Kpis,
			review_corrected: Sum,
			lawsuit_corrected: Sum,
			granted_k: Sum,
			partial_grant_k: Sum,
			denied_k: Sum,
			unable_k: Sum,
			not_processed_k: Sum
		})
	})
);

/** The outcome groups of table 三, in template order. */
export const Outcome = z.enum(['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'other']);

export const trendOutcomes = overviewSums(
	defineQuery({
		name: 'trend-outcomes',
		title: '办理结果趋势',
		sql: trendOutcomesSql,
		params: Filters,
		row: z.object({ year: Year, outcome: Outcome, value: z.number() })
	})
);

/** The applicant columns of table 三, in template order. */
export const Applicant = z.enum([
	'naturalPerson',
	'legalPerson.commercial',
	'legalPerson.research',
	'legalPerson.social',
	'legalPerson.legal',
	'legalPerson.other'
]);

export const applicantMix = overviewSums(
	defineQuery({
		name: 'applicant-mix',
		title: '申请人构成',
		sql: applicantMixSql,
		params: Filters,
		row: z.object({ year: Year, applicant: Applicant, new_received: z.number() })
	})
);

export const topAgencies = defineQuery({
	name: 'top-agencies',
	title: '申请量最多的机关',
	sql: topAgenciesSql,
	params: Filters.extend({ limit: z.number().int().min(1).max(1000).default(10) }),
	row: z.object({
		agency_id: text,
		name: text,
		level: text,
		kind: text,
		category: maybe,
		reports: Count,
		new_received: Sum,
		processed: Sum,
		granted: Sum,
		errors: Count
	})
});

export const findingsSummary = defineQuery({
	name: 'findings-summary',
	title: '核查结果汇总',
	sql: findingsSummarySql,
	params: Filters,
	row: z.object({ rule: RuleId, severity: Severity, findings: Count, reports: Count, agencies: Count })
});

export const RegionLevel = z.enum(['province', 'city', 'county']);

export const complianceMatrix = defineQuery({
	name: 'compliance-matrix',
	title: '规则 × 年度 × 地区',
	sql: complianceMatrixSql,
	params: Filters.extend({ regionLevel: RegionLevel.default('province') }),
	row: z.object({
		rule: RuleId,
		year: Year,
		region_code: DivisionCode.nullable(),
		region: maybe,
		findings: Count,
		errors: Count,
		warnings: Count,
		infos: Count,
		reports: Count
	})
});

export const filterFacets = defineQuery({
	name: 'filter-facets',
	title: '筛选选项',
	sql: filterFacetsSql,
	params: z.object({}),
	row: z.object({
		level: AgencyLevel,
		kind: AgencyKind,
		category: maybe,
		province: maybe,
		province_code: DivisionCode.nullable(),
		city: maybe,
		city_code: DivisionCode.nullable(),
		county: maybe,
		county_code: DivisionCode.nullable()
	})
});

export const agencyList = defineQuery({
	name: 'agency-list',
	title: '机关列表',
	sql: agencyListSql,
	params: Filters.omit({ agencyId: true, scope: true }),
	row: z.object({
		id: text,
		name: text,
		aliases: z.array(text),
		province: maybe,
		province_code: DivisionCode.nullable(),
		city: maybe,
		city_code: DivisionCode.nullable(),
		county: maybe,
		county_code: DivisionCode.nullable(),
		level: AgencyLevel,
		kind: AgencyKind,
		category: maybe,
		reports: Count,
		series: z.array(z.object({ year: Year, new_received: Sum, findings: Count, errors: Count })),
		findings: Count,
		errors: Count
	})
});

/** One agency: the columns of the agencies table. */
const AgencyRow = z.object({
	id: text,
	name: text,
	aliases: z.array(text),
	province: maybe,
	province_code: DivisionCode.nullable(),
	city: maybe,
	city_code: DivisionCode.nullable(),
	county: maybe,
	county_code: DivisionCode.nullable(),
	level: AgencyLevel,
	kind: AgencyKind,
	category: maybe
});

export const agencyDetail = defineQuery({
	name: 'agency-detail',
	title: '机关信息',
	sql: agencyDetailSql,
	params: z.object({ agencyId: z.string().min(1).max(200) }),
	row: AgencyRow
});

export const agencyProfile = defineQuery({
	name: 'agency-profile',
	title: '机关年度报告',
	sql: agencyProfileSql,
	params: z.object({ agencyId: z.string().min(1).max(200) }),
	row: z.object({
		id: text,
		year: Year,
		agency_name: text,
		template: text,
		published_at: z.iso.date().nullable(),
		source_file: text,
		source_url: maybe,
		...Kpis,
		findings: Count,
		errors: Count
	})
});

export const reportCells = defineQuery({
	name: 'report-cells',
	title: '报告表格单元格',
	sql: reportCellsSql,
	params: z.object({ reportId: z.string().min(1).max(200) }),
	row: z.object({
		tbl: z.enum(['二', '三', '四']),
		row_path: text,
		col_key: text,
		path: text,
		value: z.number().nullable(),
		raw: text,
		status: z.enum(CELL_STATUS)
	})
});

/** The wide reports row: metadata as text (dates YYYY-MM-DD), narrative figures, one number per template cell. */
const ReportRecordRow = z.object({
	id: text,
	agency_id: text,
	agency_name: text,
	province: maybe,
	province_code: maybe,
	city: maybe,
	city_code: maybe,
	county: maybe,
	county_code: maybe,
	level: AgencyLevel,
	kind: AgencyKind,
	category: maybe,
	year: Year,
	template: text,
	layout_table2: z.enum(['2021', '2019']),
	layout_table3: z.enum(['2021', '2019']),
	published_at: z.iso.date().nullable(),
	signed_at: z.iso.date().nullable(),
	source_file: maybe,
	source_sha256: maybe,
	source_url: maybe,
	source_format: maybe,
	table_form: maybe,
	parser_version: maybe,
	...Object.fromEntries(NARRATIVE_COLUMNS.map((c) => [c.name, c.type === 'BOOLEAN' ? z.boolean().nullable() : z.number().nullable()])),
	...Object.fromEntries(CELL_COLUMNS.map((c) => [c.name, z.number().nullable()]))
});

export const reportRecord = defineQuery({
	name: 'report-record',
	title: '报告（宽表一行）',
	sql: reportRecordSql,
	params: z.object({ reportId: z.string().min(1).max(200) }),
	row: ReportRecordRow
});

export const reportFindings = defineQuery({
	name: 'report-findings',
	title: '报告的核查结果',
	sql: reportFindingsSql,
	params: z.object({ reportId: z.string().min(1).max(200) }),
	row: z.object({
		finding_id: text,
		year: Year,
		rule: RuleId,
		severity: Severity,
		paths: z.array(text),
		expected: maybe,
		actual: maybe,
		message_zh: text,
		message_en: text
	})
});

export const lateMissing = defineQuery({
	name: 'late-missing',
	title: '逾期与缺报',
	sql: lateMissingSql,
	params: Filters,
	row: z.object({
		finding_id: text,
		rule: z.enum(['TIMELINESS', 'MISSING']),
		severity: Severity,
		agency_id: text,
		agency_name: text,
		year: Year,
		report_id: text,
		expected: maybe,
		actual: maybe,
		message_zh: text,
		message_en: text
	})
});

/** The measures of /compare, in display order (definitions in compare-entities.sql). */
export const CompareMeasure = z.enum([
	'new_received',
	'processed',
	'disclosed_share',
	'denied_share',
	'unable_share',
	'not_processed_share',
	'reviews_per_100',
	'lawsuits_per_100',
	'correction_rate',
	'errors_per_report',
	'late_share'
]);
export type CompareMeasure = z.infer<typeof CompareMeasure>;
export const EntityType = z.enum(['agency', 'region']);

/** The selection of /compare: agency ids and GB/T 2260 region codes, each comma-separated ('' = none). */
const CompareParams = Filters.omit({ agencyId: true }).extend({
	ids: z.string().max(2000).default(''),
	regions: z.string().max(200).regex(/^(\d{6}(,\d{6})*)?$/, 'comma-separated 6-digit codes').default('')
});

export const compareEntities = defineQuery({
	name: 'compare-entities',
	title: '机关与地区比较（同类排名与异常值）',
	sql: compareEntitiesSql,
	params: CompareParams,
	row: z.object({
		entity_type: EntityType,
		entity_id: text,
		name: text,
		/** An agency's level, or a region's division level (province, city, county). */
		peer_level: text,
		/** An agency's kind; null for a region. */
		peer_kind: maybe,
		measure: CompareMeasure,
		num: z.number().nullable(),
		den: z.number().nullable(),
		value: z.number().nullable(),
		rank: z.number().int().positive().nullable(),
		group_size: Count,
		peers: Count,
		median: z.number().nullable(),
		spread: z.number().nullable(),
		outlier: z.enum(['high', 'low']).nullable()
	})
});

export const compareTrend = defineQuery({
	name: 'compare-trend',
	title: '机关与地区比较（逐年）',
	sql: compareTrendSql,
	params: CompareParams,
	row: z.object({ entity_type: EntityType, entity_id: text, year: Year, measure: CompareMeasure, value: z.number().nullable() })
});

export const compareSearch = defineQuery({
	name: 'compare-search',
	title: '比较对象搜索（机关与地区）',
	sql: compareSearchSql,
	params: z.object({ q: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(100).default(12) }),
	row: z.object({
		entity_type: EntityType,
		entity_id: text,
		name: text,
		peer_level: text,
		peer_kind: maybe,
		place: maybe,
		reports: Count
	})
});

/** The compliance page's own filters on findings: one rule and/or one severity (null = all). */
const FindingFilters = Filters.extend({ rule: RuleId.nullable().default(null), severity: Severity.nullable().default(null) });

export const complianceSummary = defineQuery({
	name: 'compliance-summary',
	title: '核查结果计数',
	sql: complianceSummarySql,
	params: FindingFilters,
	row: z.object({ findings: Count, errors: Count, warnings: Count, infos: Count, reports: Count, agencies: Count })
});

/** How the failing reports can be sorted. */
export const ComplianceSort = z.enum(['findings', 'errors', 'warnings', 'infos', 'year', 'agency']);

export const complianceReports = defineQuery({
	name: 'compliance-reports',
	title: '有核查结果的报告（分页）',
	sql: complianceReportsSql,
	params: FindingFilters.extend({
		sort: ComplianceSort.default('errors'),
		desc: z.boolean().default(true),
		limit: z.number().int().min(1).max(1000).default(50),
		offset: z.number().int().min(0).default(0)
	}),
	row: z.object({
		report_id: text,
		year: Year,
		agency_id: text,
		agency_name: text,
		findings: Count,
		errors: Count,
		warnings: Count,
		infos: Count,
		rules: z.array(RuleId),
		missing: z.boolean()
	})
});

/** One cell a finding names, from the long cells table or (no cells row) the wide reports row. */
export const EvidenceCell = z.object({
	path: text,
	tbl: z.enum(['二', '三', '四']).nullable(),
	row_path: maybe,
	col_key: maybe,
	value: z.number().nullable(),
	raw: maybe,
	status: z.enum(CELL_STATUS).nullable(),
	source: z.enum(['cells', 'reports', 'none'])
});

export const complianceFindings = defineQuery({
	name: 'compliance-findings',
	title: '报告的核查结果与单元格',
	sql: complianceFindingsSql,
	params: z.object({
		reportId: z.string().min(1).max(200),
		year: Year,
		rule: RuleId.nullable().default(null),
		severity: Severity.nullable().default(null)
	}),
	row: z.object({
		finding_id: text,
		rule: RuleId,
		severity: Severity,
		expected: maybe,
		actual: maybe,
		message_zh: text,
		message_en: text,
		cells: z.array(EvidenceCell)
	})
});

export const complianceExport = defineQuery({
	name: 'compliance-export',
	title: '核查结果导出',
	sql: complianceExportSql,
	params: FindingFilters,
	row: z.object({
		agency_name: text,
		agency_id: text,
		province: maybe,
		city: maybe,
		county: maybe,
		year: Year,
		report_id: text,
		finding_id: text,
		rule: RuleId,
		severity: Severity,
		expected: maybe,
		actual: maybe,
		message_zh: text,
		message_en: text,
		paths: z.array(text)
	})
});

/** Every named query, by name. */
export const QUERIES = {
	'dataset-summary': datasetSummary,
	'overview-kpis': overviewKpis,
	'trend-outcomes': trendOutcomes,
	'applicant-mix': applicantMix,
	'top-agencies': topAgencies,
	'findings-summary': findingsSummary,
	'compliance-matrix': complianceMatrix,
	'filter-facets': filterFacets,
	'agency-list': agencyList,
	'agency-profile': agencyProfile,
	'agency-detail': agencyDetail,
	'report-cells': reportCells,
	'report-record': reportRecord,
	'report-findings': reportFindings,
	'late-missing': lateMissing,
	'compare-entities': compareEntities,
	'compare-trend': compareTrend,
	'compare-search': compareSearch,
	'compliance-summary': complianceSummary,
	'compliance-reports': complianceReports,
	'compliance-findings': complianceFindings,
	'compliance-export': complianceExport
} as const satisfies Record<string, NamedQuery>;
export type QueryName = keyof typeof QUERIES;
export const QUERY_NAMES = Object.keys(QUERIES) as QueryName[];
