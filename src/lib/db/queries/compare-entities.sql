-- compare-entities: the measures of the selected agencies ($ids, comma-separated agency ids) and regions ($regions,
-- comma-separated GB/T 2260 codes of a province, city or county of the dataset), each ranked within its peer group,
-- with the group's median and an outlier flag. Long form: one row per selected entity and measure.
--
-- Reports: those that match the dashboard's filters (filtered_reports, macros.sql) in $yearFrom..$yearTo. An agency
-- is measured on its own reports; a region on the reports of the agencies in it, whose sums (applications, reviews,
-- lawsuits) follow $scope (default 'agencies': area-wide 汇总 reports left out, as they already contain their
-- departments' figures) while counts of reports and findings take every report.
-- Peers: an agency's peers are the agencies of the same level and kind; a region's, the regions of the same
-- division level (province, city or county). A peer counts when it has a report in the filtered years.
-- Measures: sums first, then ratios (never an average of per-report ratios). A ratio sums its numerator over the
-- reports whose denominator is not blank and its denominator over the reports whose numerator is not blank, so
-- both sides cover the same reports; a zero or blank denominator gives a blank (null) ratio, never 0.
--   new_received, processed                  sums (no ratio)
--   disclosed_share                          (granted + partial grant) / processed
--   denied_share, unable_share, not_processed_share   / processed
--   reviews_per_100, lawsuits_per_100        100 × reviews (lawsuits) / processed
--   correction_rate                          corrected reviews and lawsuits / reviews and lawsuits
--   errors_per_report                        error findings / reports
--   late_share                               reports published after the deadline (TIMELINESS warning) / reports
--                                            with a known publication date
-- Rank: 1 = the highest value among the peers with a value (ties share a rank). Outlier (ratios only, counts are
-- ranked but not flagged): the modified z-score of Iglewicz and Hoaglin, |x − median| > 3.5 × 1.4826 × MAD (MAD =
-- median absolute deviation from the peer median), or 3.5 × 1.2533 × the mean absolute deviation when MAD is 0
-- (most peers equal); only when at least 5 peers (the entity included) have a value. 'high' or 'low' tells the side.
-- One pass over the reports of the selected entities' peer groups (window and group aggregates, no per-entity query).
WITH
sel_ids AS (
	SELECT DISTINCT trim(s) AS id FROM (SELECT unnest(string_split($ids, ',')) AS s) WHERE trim(s) <> ''
),
sel_codes AS (
	SELECT DISTINCT trim(s) AS code FROM (SELECT unnest(string_split($regions, ',')) AS s) WHERE trim(s) <> ''
),
region_names AS (
	SELECT 'province' AS region_level, province_code AS code, any_value(province) AS name FROM agencies WHERE province_code IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT 'city', city_code, any_value(city) FROM agencies WHERE city_code IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT 'county', county_code, any_value(county) FROM agencies WHERE county_code IS NOT NULL GROUP BY ALL
),
selected AS (
	SELECT 'agency' AS entity_type, a.id AS entity_id, a.name, a.level || '/' || a.kind AS peer_group, a.level AS peer_level, a.kind AS peer_kind
	FROM agencies a JOIN sel_ids s ON s.id = a.id
	UNION ALL
	SELECT 'region', n.code, n.name, n.region_level, n.region_level, NULL
	FROM region_names n JOIN sel_codes c ON c.code = n.code
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
		coalesce(f.late, 0) AS late,
		a.level || '/' || a.kind AS agency_group
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, NULL, $search, 'all') r
	JOIN agencies a ON a.id = r.agency_id
	LEFT JOIN report_findings f ON f.report_id = r.id
),
-- Each report once per entity it belongs to: its agency (when that agency's peer group is wanted) and its regions at
-- the wanted division levels. in_scope: whether its applications count in the entity's sums.
member AS (
	SELECT 'agency' AS entity_type, agency_id AS entity_id, agency_group AS peer_group, true AS in_scope, b.*
	FROM base b WHERE agency_group IN (SELECT peer_group FROM selected WHERE entity_type = 'agency')
	UNION ALL
	SELECT 'region', b.province_code, 'province', ($scope = 'all' OR ($scope = 'areas') = (b.kind = 'area')), b.*
	FROM base b WHERE b.province_code IS NOT NULL AND 'province' IN (SELECT peer_group FROM selected WHERE entity_type = 'region')
	UNION ALL
	SELECT 'region', b.city_code, 'city', ($scope = 'all' OR ($scope = 'areas') = (b.kind = 'area')), b.*
	FROM base b WHERE b.city_code IS NOT NULL AND 'city' IN (SELECT peer_group FROM selected WHERE entity_type = 'region')
	UNION ALL
	SELECT 'region', b.county_code, 'county', ($scope = 'all' OR ($scope = 'areas') = (b.kind = 'area')), b.*
	FROM base b WHERE b.county_code IS NOT NULL AND 'county' IN (SELECT peer_group FROM selected WHERE entity_type = 'region')
),
sums AS (
	SELECT entity_type, entity_id, peer_group, compare_sums(member) AS s
	FROM member
	GROUP BY ALL
),
long AS (
	SELECT entity_type, entity_id, peer_group, m.*
	FROM sums, (SELECT unnest(compare_measures(s), recursive := true)) m
),
vals AS MATERIALIZED (
	SELECT
		*,
		measure_value(num, den, scale) AS value
	FROM long
),
groups AS (
	SELECT peer_group, count(*)::INTEGER AS group_size FROM sums GROUP BY ALL
),
center AS (
	SELECT peer_group, measure, count(value)::INTEGER AS peers, median(value) AS median
	FROM vals GROUP BY ALL
),
spread AS (
	SELECT v.peer_group, v.measure, median(abs(v.value - c.median)) AS mad, avg(abs(v.value - c.median)) AS mean_ad
	FROM vals v JOIN center c USING (peer_group, measure)
	WHERE v.value IS NOT NULL
	GROUP BY ALL
),
ranked AS (
	SELECT entity_type, entity_id, measure, rank() OVER (PARTITION BY peer_group, measure ORDER BY value DESC)::INTEGER AS rank
	FROM vals WHERE value IS NOT NULL
),
measures AS (
	SELECT unnest(['new_received', 'processed', 'disclosed_share', 'denied_share', 'unable_share', 'not_processed_share',
		'reviews_per_100', 'lawsuits_per_100', 'correction_rate', 'errors_per_report', 'late_share']) AS measure,
		generate_subscripts(['new_received', 'processed', 'disclosed_share', 'denied_share', 'unable_share', 'not_processed_share',
		'reviews_per_100', 'lawsuits_per_100', 'correction_rate', 'errors_per_report', 'late_share'], 1) AS measure_order
)
SELECT
	s.entity_type,
	s.entity_id,
	s.name,
	s.peer_level,
	s.peer_kind,
	m.measure,
	v.num,
	v.den,
	v.value,
	k.rank,
	coalesce(g.group_size, 0)::INTEGER AS group_size,
	coalesce(c.peers, 0)::INTEGER AS peers,
	c.median,
	CASE WHEN sp.mad > 0 THEN 1.4826 * sp.mad WHEN sp.mean_ad > 0 THEN 1.2533 * sp.mean_ad END AS spread,
	CASE
		WHEN m.measure IN ('new_received', 'processed') OR v.value IS NULL OR c.peers < 5 THEN NULL
		WHEN abs(v.value - c.median) <= 3.5 * (CASE WHEN sp.mad > 0 THEN 1.4826 * sp.mad WHEN sp.mean_ad > 0 THEN 1.2533 * sp.mean_ad END) THEN NULL
		WHEN sp.mad = 0 AND sp.mean_ad = 0 THEN NULL
		WHEN v.value > c.median THEN 'high'
		ELSE 'low'
	END AS outlier
FROM selected s
CROSS JOIN measures m
LEFT JOIN vals v ON v.entity_type = s.entity_type AND v.entity_id = s.entity_id AND v.measure = m.measure
LEFT JOIN ranked k ON k.entity_type = s.entity_type AND k.entity_id = s.entity_id AND k.measure = m.measure
LEFT JOIN groups g ON g.peer_group = s.peer_group
LEFT JOIN center c ON c.peer_group = s.peer_group AND c.measure = m.measure
LEFT JOIN spread sp ON sp.peer_group = s.peer_group AND sp.measure = m.measure
ORDER BY s.entity_type, s.entity_id, m.measure_order
