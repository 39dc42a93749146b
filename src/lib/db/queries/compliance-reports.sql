-- compliance-reports: one page of the failing reports: one row per report and year with findings in the filters
-- (optionally only findings of one $rule and/or one $severity), its errors / warnings / info and the rules raised.
-- A MISSING finding is about a year with no report: it is filed under the agency's previous report (report_id) with
-- the missing year, so that row has year ≠ the report's year and `missing` true.
-- Sorted by $sort ($desc: descending), ties newest year first, then agency and report; $limit rows from $offset
-- (the total is compliance-summary's `reports`).
WITH g AS (
	SELECT
		f.report_id,
		f.year,
		min(f.agency_id) AS agency_id,
		min(f.agency_name) AS agency_name,
		count(*)::INTEGER AS findings,
		(count(*) FILTER (WHERE f.severity = 'error'))::INTEGER AS errors,
		(count(*) FILTER (WHERE f.severity = 'warning'))::INTEGER AS warnings,
		(count(*) FILTER (WHERE f.severity = 'info'))::INTEGER AS infos,
		list_sort(list_distinct(list(f.rule))) AS rules,
		bool_and(f.rule = 'MISSING') AS missing
	FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
	WHERE ($rule IS NULL OR f.rule = $rule) AND ($severity IS NULL OR f.severity = $severity)
	GROUP BY f.report_id, f.year
)
SELECT report_id, year, agency_id, agency_name, findings, errors, warnings, infos, rules, missing
FROM g
ORDER BY
	CASE WHEN $sort <> 'agency' AND $desc THEN CASE $sort WHEN 'year' THEN year WHEN 'errors' THEN errors WHEN 'warnings' THEN warnings WHEN 'infos' THEN infos ELSE findings END END DESC,
	CASE WHEN $sort <> 'agency' AND NOT $desc THEN CASE $sort WHEN 'year' THEN year WHEN 'errors' THEN errors WHEN 'warnings' THEN warnings WHEN 'infos' THEN infos ELSE findings END END ASC,
	CASE WHEN $sort = 'agency' AND $desc THEN agency_name END DESC,
	CASE WHEN $sort = 'agency' AND NOT $desc THEN agency_name END ASC,
	year DESC,
	agency_id,
	report_id
LIMIT $limit OFFSET $offset
