-- findings-summary: how many findings each rule raised, per severity, in the years and filters, with the number of
-- reports and agencies concerned. Region, level, kind and category are the agency's (agencies table): a MISSING
-- finding is about a year with no report. Errors first, then warnings, then info; most findings first.
SELECT
	f.rule,
	f.severity,
	count(*)::INTEGER AS findings,
	count(DISTINCT f.report_id)::INTEGER AS reports,
	count(DISTINCT f.agency_id)::INTEGER AS agencies
FROM findings f
LEFT JOIN agencies a ON a.id = f.agency_id
WHERE f.year BETWEEN $yearFrom AND $yearTo
	AND ($provinceCode IS NULL OR a.province_code = $provinceCode)
	AND ($cityCode IS NULL OR a.city_code = $cityCode)
	AND ($countyCode IS NULL OR a.county_code = $countyCode)
	AND ($level IS NULL OR a.level = $level)
	AND ($kind IS NULL OR a.kind = $kind)
	AND ($category IS NULL OR a.category = $category)
	AND ($agencyId IS NULL OR f.agency_id = $agencyId)
GROUP BY f.rule, f.severity
ORDER BY list_position(['error', 'warning', 'info'], f.severity), findings DESC, f.rule
