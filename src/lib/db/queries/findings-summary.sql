-- findings-summary: how many findings each rule raised, per severity, in the years and filters, with the number of
-- reports and agencies concerned. Region, level, kind and category are the agency's (agencies table): a MISSING
-- finding is about a year with no report. Errors first, then warnings, then info; most findings first.
SELECT
	f.rule,
	f.severity,
	count(*)::INTEGER AS findings,
	count(DISTINCT f.report_id)::INTEGER AS reports,
	count(DISTINCT f.agency_id)::INTEGER AS agencies
FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
GROUP BY f.rule, f.severity
ORDER BY list_position(['error', 'warning', 'info'], f.severity), findings DESC, f.rule
