/**
 * Example queries of the SQL console: each runs on the bundled dataset (tests/unit/db/console.test.ts runs them
 * all) and shows one way into the data. Sums leave area-wide reports out (kind 'area' includes its departments).
 */
export interface ExampleQuery {
	id: string;
	zh: string;
	en: string;
	sql: string;
}

export const EXAMPLES: readonly ExampleQuery[] = [
	{
		id: 'reports-per-year',
		zh: '每年的报告数和机关数',
		en: 'Reports and agencies per year',
		sql: `SELECT year, count(*) AS reports, count(DISTINCT agency_id) AS agencies
FROM reports
GROUP BY year
ORDER BY year`
	},
	{
		id: 'refusal-rate',
		zh: '各机关的不予公开率（不含区域汇总）',
		en: 'Refusal rate by agency (no area totals)',
		sql: `SELECT agency_name,
  sum(applications_results_totalProcessed_total) AS processed,
  sum(list_sum([
    applications_results_denied_stateSecret_total, applications_results_denied_lawForbidden_total,
    applications_results_denied_safetyStability_total, applications_results_denied_thirdPartyRights_total,
    applications_results_denied_internalAffairs_total, applications_results_denied_processInfo_total,
    applications_results_denied_enforcementCase_total, applications_results_denied_adminQuery_total
  ])) AS denied,
  round(100 * denied / nullif(processed, 0), 1) AS denied_pct
FROM reports
WHERE kind <> 'area'
GROUP BY agency_name
HAVING processed > 0
ORDER BY denied_pct DESC, processed DESC, agency_name`
	},
	{
		id: 'findings-by-rule',
		zh: '按规则统计核查结果',
		en: 'Findings by rule',
		sql: `SELECT rule, severity, count(*) AS findings, count(DISTINCT report_id) AS reports
FROM findings
GROUP BY rule, severity
ORDER BY findings DESC, rule, severity`
	},
	{
		id: 'xy-carry',
		zh: '跨年结转对不上的报告（XY_CARRY）',
		en: 'Carry-over breaks across years (XY_CARRY)',
		sql: `SELECT f.year, a.name AS agency, f.expected, f.actual, f.message_zh
FROM findings f
JOIN agencies a ON a.id = f.agency_id
WHERE f.rule = 'XY_CARRY'
ORDER BY f.year, agency, f.finding_id`
	},
	{
		id: 'late-reports',
		zh: '逾期发布或发布日期不详的报告',
		en: 'Reports published late or with no known date',
		sql: `SELECT r.agency_name, r.year, r.published_at, f.expected AS deadline, f.message_zh
FROM findings f
JOIN reports r ON r.id = f.report_id
WHERE f.rule = 'TIMELINESS'
ORDER BY r.year DESC, r.agency_name`
	},
	{
		id: 'blank-cells',
		zh: '每份报告的空白单元格数',
		en: 'Blank cells per report',
		sql: `SELECT report_id, count(*) FILTER (WHERE status = 'blank') AS blank,
  count(*) FILTER (WHERE status = 'value') AS with_value
FROM cells
GROUP BY report_id
ORDER BY blank DESC, report_id
LIMIT 20`
	}
];
