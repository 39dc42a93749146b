-- compare-search: what the /compare picker offers for the text $q: agencies whose name or any registry alias
-- contains it, and the provinces, cities and counties of the dataset whose name does (case-insensitive), each with
-- its number of reports in the dataset. Regions first, then agencies with the most reports; at most $limit rows.
WITH
region_names AS (
	SELECT 'province' AS region_level, province_code AS code, any_value(province) AS name, NULL AS place FROM agencies WHERE province_code IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT 'city', city_code, any_value(city), any_value(province) FROM agencies WHERE city_code IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT 'county', county_code, any_value(county), any_value(concat_ws(' ', province, city)) FROM agencies WHERE county_code IS NOT NULL GROUP BY ALL
),
report_counts AS (
	SELECT agency_id, province_code, city_code, county_code, count(*)::INTEGER AS n FROM reports GROUP BY ALL
),
agency_counts AS (
	SELECT agency_id, sum(n) AS n FROM report_counts GROUP BY ALL
),
region_counts AS (
	SELECT code, sum(n) AS n FROM (
		SELECT province_code AS code, n FROM report_counts
		UNION ALL SELECT city_code, n FROM report_counts
		UNION ALL SELECT county_code, n FROM report_counts
	) WHERE code IS NOT NULL GROUP BY ALL
),
hits AS (
	SELECT
		'agency' AS entity_type, a.id AS entity_id, a.name, a.level AS peer_level, a.kind AS peer_kind,
		concat_ws(' ', a.province, a.city, a.county) AS place,
		coalesce(c.n, 0)::INTEGER AS reports
	FROM agencies a LEFT JOIN agency_counts c ON c.agency_id = a.id
	WHERE contains(lower(concat_ws(' ', a.name, array_to_string(a.aliases, ' '))), lower($q))
	UNION ALL
	SELECT
		'region', n.code, n.name, n.region_level, NULL, n.place,
		coalesce(c.n, 0)::INTEGER
	FROM region_names n LEFT JOIN region_counts c ON c.code = n.code
	WHERE contains(lower(n.name), lower($q))
)
SELECT entity_type, entity_id, name, peer_level, peer_kind, nullif(place, '') AS place, reports
FROM hits
ORDER BY entity_type DESC, reports DESC, name
LIMIT $limit
