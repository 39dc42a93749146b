-- late-missing: reports published after the legal deadline or with no known date (TIMELINESS) and reports that are
-- missing (MISSING: the agency reported the year before) in the years and filters, newest year first. Region, level,
-- kind and category are the agency's. For MISSING, report_id is the previous year's report.
SELECT
	f.finding_id,
	f.rule,
	f.severity,
	f.agency_id,
	coalesce(a.name, f.agency_id) AS agency_name,
	f.year,
	f.report_id,
	f.expected,
	f.actual,
	f.message_zh,
	f.message_en
FROM findings f
LEFT JOIN agencies a ON a.id = f.agency_id
WHERE f.rule IN ('TIMELINESS', 'MISSING')
	AND f.year BETWEEN $yearFrom AND $yearTo
	AND ($provinceCode IS NULL OR a.province_code = $provinceCode)
	AND ($cityCode IS NULL OR a.city_code = $cityCode)
	AND ($countyCode IS NULL OR a.county_code = $countyCode)
	AND ($level IS NULL OR a.level = $level)
	AND ($kind IS NULL OR a.kind = $kind)
	AND ($category IS NULL OR a.category = $category)
	AND ($agencyId IS NULL OR f.agency_id = $agencyId)
ORDER BY f.year DESC, f.agency_id, f.rule, f.finding_id
