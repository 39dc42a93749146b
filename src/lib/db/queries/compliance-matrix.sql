-- compliance-matrix: findings per rule × year × region (province, city or county of the agency, as $regionLevel
-- says), split by severity, with the number of reports of that year and region as the denominator. Agencies
-- without a region code are one region (null).
WITH f AS (
	SELECT
		f.rule,
		f.year,
		f.severity,
		CASE $regionLevel WHEN 'city' THEN a.city_code WHEN 'county' THEN a.county_code ELSE a.province_code END AS region_code,
		CASE $regionLevel WHEN 'city' THEN a.city WHEN 'county' THEN a.county ELSE a.province END AS region
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
),
r AS (
	SELECT
		year,
		CASE $regionLevel WHEN 'city' THEN city_code WHEN 'county' THEN county_code ELSE province_code END AS region_code,
		count(*)::INTEGER AS reports
	FROM reports
	WHERE year BETWEEN $yearFrom AND $yearTo
		AND ($provinceCode IS NULL OR province_code = $provinceCode)
		AND ($cityCode IS NULL OR city_code = $cityCode)
		AND ($countyCode IS NULL OR county_code = $countyCode)
		AND ($level IS NULL OR level = $level)
		AND ($kind IS NULL OR kind = $kind)
		AND ($category IS NULL OR category = $category)
		AND ($agencyId IS NULL OR agency_id = $agencyId)
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
