-- top-agencies: the agencies with the most new applications (本年新收) in the reports that match the filters, with
-- their totals and their number of error findings in the same years. Ties broken by id; at most $limit rows.
-- The ranking comes first (one sum per agency); totals, names and findings are then read for those agencies only,
-- and joined after the totals are summed (joined before, as DuckDB planned it, every matching report was joined
-- with the agencies and the findings first): at national scale (~100k agencies) that is where the time went.
WITH ranked AS MATERIALIZED (
	SELECT agency_id, sum(new_received) AS new_received
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY agency_id
	ORDER BY new_received DESC NULLS LAST, agency_id
	LIMIT $limit
),
totals AS (
	SELECT
		r.agency_id,
		arg_max(r.agency_name, r.year) AS agency_name,
		arg_max(r.level, r.year) AS level,
		arg_max(r.kind, r.year) AS kind,
		arg_max(r.category, r.year) AS category,
		count(*)::INTEGER AS reports,
		sum(r.new_received) AS new_received,
		sum(r.processed) AS processed,
		sum(r.granted) AS granted
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) r
	WHERE r.agency_id IN (SELECT agency_id FROM ranked)
	GROUP BY r.agency_id
),
errors AS (
	SELECT agency_id, count(*)::INTEGER AS n
	FROM findings
	WHERE severity = 'error' AND year BETWEEN $yearFrom AND $yearTo AND agency_id IN (SELECT agency_id FROM ranked)
	GROUP BY agency_id
)
SELECT
	t.agency_id,
	coalesce(a.name, t.agency_name) AS name,
	t.level,
	t.kind,
	t.category,
	t.reports,
	t.new_received,
	t.processed,
	t.granted,
	coalesce(e.n, 0)::INTEGER AS errors
FROM totals t
LEFT JOIN (SELECT id, name FROM agencies WHERE id IN (SELECT agency_id FROM ranked)) a ON a.id = t.agency_id
LEFT JOIN errors e ON e.agency_id = t.agency_id
ORDER BY t.new_received DESC NULLS LAST, t.agency_id
