-- late-missing: reports published after the legal deadline or with no known date (TIMELINESS) and reports that are
-- missing (MISSING: the agency reported the year before) in the years and filters, newest year first. Region, level,
-- kind and category are the agency's. For MISSING, report_id is the previous year's report.
SELECT
	f.finding_id,
	f.rule,
	f.severity,
	f.agency_id,
	f.agency_name,
	f.year,
	f.report_id,
	f.expected,
	f.actual,
	f.message_zh,
	f.message_en
FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
WHERE f.rule IN ('TIMELINESS', 'MISSING')
ORDER BY f.year DESC, f.agency_id, f.rule, f.finding_id
