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
	SELECT
		entity_type,
		entity_id,
		year,
		sum(new_received) FILTER (WHERE in_scope) AS new_received,
		sum(processed) FILTER (WHERE in_scope) AS processed,
		sum(disclosed) FILTER (WHERE in_scope AND processed IS NOT NULL) AS disclosed_n,
		sum(processed) FILTER (WHERE in_scope AND disclosed IS NOT NULL) AS disclosed_d,
		sum(denied) FILTER (WHERE in_scope AND processed IS NOT NULL) AS denied_n,
		sum(processed) FILTER (WHERE in_scope AND denied IS NOT NULL) AS denied_d,
		sum(unable) FILTER (WHERE in_scope AND processed IS NOT NULL) AS unable_n,
		sum(processed) FILTER (WHERE in_scope AND unable IS NOT NULL) AS unable_d,
		sum(not_processed) FILTER (WHERE in_scope AND processed IS NOT NULL) AS not_processed_n,
		sum(processed) FILTER (WHERE in_scope AND not_processed IS NOT NULL) AS not_processed_d,
		sum(reviews) FILTER (WHERE in_scope AND processed IS NOT NULL) AS reviews_n,
		sum(processed) FILTER (WHERE in_scope AND reviews IS NOT NULL) AS reviews_d,
		sum(lawsuits) FILTER (WHERE in_scope AND processed IS NOT NULL) AS lawsuits_n,
		sum(processed) FILTER (WHERE in_scope AND lawsuits IS NOT NULL) AS lawsuits_d,
		sum(corrected) FILTER (WHERE in_scope AND review_lawsuits IS NOT NULL) AS corrected_n,
		sum(review_lawsuits) FILTER (WHERE in_scope AND corrected IS NOT NULL) AS corrected_d,
		sum(errors) AS errors_n,
		count(*)::DOUBLE AS errors_d,
		sum(late) FILTER (WHERE published_at IS NOT NULL) AS late_n,
		(count(*) FILTER (WHERE published_at IS NOT NULL))::DOUBLE AS late_d
	FROM member
	GROUP BY ALL
),
long AS (
	SELECT entity_type, entity_id, year, m.*
	FROM sums,
		(SELECT unnest([
			{'measure': 'new_received', 'num': new_received, 'den': NULL::DOUBLE, 'scale': NULL::DOUBLE, 'ord': 1},
			{'measure': 'processed', 'num': processed, 'den': NULL, 'scale': NULL, 'ord': 2},
			{'measure': 'disclosed_share', 'num': disclosed_n, 'den': disclosed_d, 'scale': 1, 'ord': 3},
			{'measure': 'denied_share', 'num': denied_n, 'den': denied_d, 'scale': 1, 'ord': 4},
			{'measure': 'unable_share', 'num': unable_n, 'den': unable_d, 'scale': 1, 'ord': 5},
			{'measure': 'not_processed_share', 'num': not_processed_n, 'den': not_processed_d, 'scale': 1, 'ord': 6},
			{'measure': 'reviews_per_100', 'num': reviews_n, 'den': reviews_d, 'scale': 100, 'ord': 7},
			{'measure': 'lawsuits_per_100', 'num': lawsuits_n, 'den': lawsuits_d, 'scale': 100, 'ord': 8},
			{'measure': 'correction_rate', 'num': corrected_n, 'den': corrected_d, 'scale': 1, 'ord': 9},
			{'measure': 'errors_per_report', 'num': errors_n, 'den': errors_d, 'scale': 1, 'ord': 10},
			{'measure': 'late_share', 'num': late_n, 'den': late_d, 'scale': 1, 'ord': 11}
		], recursive := true)) m
)
SELECT
	entity_type,
	entity_id,
	year,
	measure,
	CASE WHEN scale IS NULL THEN num WHEN den IS NULL OR den = 0 OR num IS NULL THEN NULL ELSE scale * num / den END AS value
FROM long
ORDER BY entity_type, entity_id, year, ord
