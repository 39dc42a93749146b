-- compare-trend: the measures of compare-entities (same reports, scope and definitions; see compare-entities.sql)
-- per year, for the selected agencies ($ids) and regions ($regions) only. Long form: one row per entity, year with
-- a report, and measure; a ratio with a zero or blank denominator is null.
WITH
sel_ids AS (
	SELECT DISTINCT trim(s) AS id FROM (SELECT unnest(string_split($ids, ',')) AS s) WHERE trim(s) <> ''
),
sel_codes AS (
	SELECT DISTINCT trim(s) AS code FROM (SELECT unnest(string_split($regions, ',')) AS s) WHERE trim(s) <> ''
),
report_findings AS (
	SELECT
		report_id,
		(count(*) FILTER (WHERE severity = 'error'))::DOUBLE AS errors,
		(count(*) FILTER (WHERE rule = 'TIMELINESS' AND severity <> 'info'))::DOUBLE AS late
	FROM findings
	GROUP BY report_id
),
base AS MATERIALIZED (
	SELECT
		r.id, r.agency_id, r.year, r.kind, r.province_code, r.city_code, r.county_code, r.published_at,
		r.new_received, r.processed, r.denied, r.unable, r.not_processed, r.reviews, r.lawsuits,
		nsum(r.granted, r.partial_grant) AS disclosed,
		nsum(r.reviews, r.lawsuits) AS review_lawsuits,
		nsum(r.review_corrected, r.lawsuit_corrected) AS corrected,
		coalesce(f.errors, 0) AS errors,
		coalesce(f.late, 0) AS late
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, NULL, $search, 'all') r
	LEFT JOIN report_findings f ON f.report_id = r.id
	WHERE r.agency_id IN (SELECT id FROM sel_ids)
		OR r.province_code IN (SELECT code FROM sel_codes)
		OR r.city_code IN (SELECT code FROM sel_codes)
		OR r.county_code IN (SELECT code FROM sel_codes)
),
member AS (
	SELECT 'agency' AS entity_type, agency_id AS entity_id, true AS in_scope, b.*
	FROM base b WHERE agency_id IN (SELECT id FROM sel_ids)
	UNION ALL
	SELECT 'region', c.code, ($scope = 'all' OR ($scope = 'areas') = (b.kind = 'area')), b.*
	FROM base b JOIN sel_codes c ON c.code IN (b.province_code, b.city_code, b.county_code)
),
sums AS (
	SELECT entity_type, entity_id, year, compare_sums(member) AS s
	FROM member
	GROUP BY ALL
),
long AS (
	SELECT entity_type, entity_id, year, m.*
	FROM sums, (SELECT unnest(compare_measures(s), recursive := true)) m
)
SELECT
	entity_type,
	entity_id,
	year,
	measure,
	measure_value(num, den, scale) AS value
FROM long
ORDER BY entity_type, entity_id, year, ord
