-- agency-list: every agency that matches the filters (the agency's own region, level, kind, category) and the
-- optional $search text (in its name or aliases), with a small yearly series over $yearFrom..$yearTo: one entry per
-- year with a report (new applications and findings), and the agency's findings over those years (all of them: a
-- MISSING finding is about a year without a report). Agencies with the most reports in those years first.
WITH per_year AS (
	SELECT agency_id, year, count(*)::INTEGER AS reports, sum(applications_newReceived_total)::DOUBLE AS new_received
	FROM reports
	WHERE year BETWEEN $yearFrom AND $yearTo
	GROUP BY agency_id, year
),
findings_per_year AS (
	SELECT agency_id, year, count(*)::INTEGER AS findings, (count(*) FILTER (WHERE severity = 'error'))::INTEGER AS errors
	FROM findings
	WHERE year BETWEEN $yearFrom AND $yearTo
	GROUP BY agency_id, year
),
findings_total AS (
	SELECT agency_id, count(*)::INTEGER AS findings, (count(*) FILTER (WHERE severity = 'error'))::INTEGER AS errors
	FROM findings
	WHERE year BETWEEN $yearFrom AND $yearTo
	GROUP BY agency_id
),
series AS (
	SELECT
		p.agency_id,
		sum(p.reports)::INTEGER AS reports,
		list(
			{'year': p.year, 'new_received': p.new_received, 'findings': coalesce(fy.findings, 0), 'errors': coalesce(fy.errors, 0)}
			ORDER BY p.year
		) AS series
	FROM per_year p
	LEFT JOIN findings_per_year fy ON fy.agency_id = p.agency_id AND fy.year = p.year
	GROUP BY p.agency_id
)
SELECT
	a.id,
	a.name,
	a.aliases,
	a.province,
	a.province_code,
	a.city,
	a.city_code,
	a.county,
	a.county_code,
	a.level,
	a.kind,
	a.category,
	coalesce(s.reports, 0)::INTEGER AS reports,
	coalesce(s.series, []) AS series,
	coalesce(ft.findings, 0)::INTEGER AS findings,
	coalesce(ft.errors, 0)::INTEGER AS errors
FROM agencies a
LEFT JOIN series s ON s.agency_id = a.id
LEFT JOIN findings_total ft ON ft.agency_id = a.id
WHERE ($provinceCode IS NULL OR a.province_code = $provinceCode)
	AND ($cityCode IS NULL OR a.city_code = $cityCode)
	AND ($countyCode IS NULL OR a.county_code = $countyCode)
	AND ($level IS NULL OR a.level = $level)
	AND ($kind IS NULL OR a.kind = $kind)
	AND ($category IS NULL OR a.category = $category)
	AND ($search IS NULL OR contains(lower(concat_ws(' ', a.name, array_to_string(a.aliases, ' '))), lower($search)))
ORDER BY reports DESC, a.id
