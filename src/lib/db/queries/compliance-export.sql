-- compliance-export: every finding the filters select (optionally one $rule and/or $severity), not one page: the
-- rows of the CSV download, newest year first, then agency, report and finding. Region, level, kind and category
-- are the agency's.
SELECT
	f.agency_name,
	f.agency_id,
	f.province,
	f.city,
	f.county,
	f.year,
	f.report_id,
	f.finding_id,
	f.rule,
	f.severity,
	f.expected,
	f.actual,
	f.message_zh,
	f.message_en,
	f.paths
FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
WHERE ($rule IS NULL OR f.rule = $rule) AND ($severity IS NULL OR f.severity = $severity)
ORDER BY f.year DESC, f.agency_id, f.report_id, f.finding_id
