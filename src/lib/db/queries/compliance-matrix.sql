-- compliance-matrix: findings per rule × year × region (province, city or county of the agency, as $regionLevel
-- says), split by severity, with the number of reports of that year and region as the denominator. Agencies
-- without a region code are one region (null).
WITH f AS (
	SELECT
		f.rule,
		f.year,
		f.severity,
		CASE $regionLevel WHEN 'city' THEN f.city_code WHEN 'county' THEN f.county_code ELSE f.province_code END AS region_code,
		CASE $regionLevel WHEN 'city' THEN f.city WHEN 'county' THEN f.county ELSE f.province END AS region
	FROM filtered_findings($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) f
),
r AS (
	SELECT
		year,
		CASE $regionLevel WHEN 'city' THEN city_code WHEN 'county' THEN county_code ELSE province_code END AS region_code,
		count(*)::INTEGER AS reports
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY ALL
)
SELECT
	f.rule,
	f.year,
	f.region_code,
	min(f.region) AS region,
	count(*)::INTEGER AS findings,
	(count(*) FILTER (WHERE f.severity = 'error'))::INTEGER AS errors,
	(count(*) FILTER (WHERE f.severity = 'warning'))::INTEGER AS warnings,
	(count(*) FILTER (WHERE f.severity = 'info'))::INTEGER AS infos,
	coalesce(min(r.reports), 0)::INTEGER AS reports
FROM f
LEFT JOIN r ON r.year = f.year AND r.region_code IS NOT DISTINCT FROM f.region_code
GROUP BY f.rule, f.year, f.region_code
ORDER BY f.rule, f.year, f.region_code NULLS LAST
