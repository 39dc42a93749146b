-- compliance-summary: how many findings the filters select (optionally one $rule and/or one $severity), split by
-- severity, with the number of failing reports (report × year: a MISSING finding is about a year that has no
-- report and counts as its own row, see compliance-reports.sql) and of agencies. Findings are counted per report,
-- so the page passes scope 'all'.
SELECT
	count(*)::INTEGER AS findings,
	(count(*) FILTER (WHERE f.severity = 'error'))::INTEGER AS errors,
	(count(*) FILTER (WHERE f.severity = 'warning'))::INTEGER AS warnings,
	(count(*) FILTER (WHERE f.severity = 'info'))::INTEGER AS infos,
	count(DISTINCT (f.report_id, f.year))::INTEGER AS reports,
	count(DISTINCT f.agency_id)::INTEGER AS agencies
FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
WHERE ($rule IS NULL OR f.rule = $rule) AND ($severity IS NULL OR f.severity = $severity)
