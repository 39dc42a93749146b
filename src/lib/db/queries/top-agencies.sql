-- top-agencies: the agencies with the most new applications (本年新收) in the reports that match the filters, with
-- their totals and their number of error findings in the same years. Ties broken by id; at most $limit rows.
-- The ranking comes first (one sum per agency); names, totals and findings are then read for those agencies only:
-- at national scale (~100k agencies) the full aggregate with its joins cost most of the query.
WITH ranked AS (
	SELECT agency_id, sum(new_received) AS new_received
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY agency_id
	ORDER BY new_received DESC NULLS LAST, agency_id
	LIMIT $limit
),
errors AS (
	SELECT agency_id, count(*)::INTEGER AS n
	FROM findings
	WHERE severity = 'error' AND year BETWEEN $yearFrom AND $yearTo AND agency_id IN (SELECT agency_id FROM ranked)
	GROUP BY agency_id
)
SELECT
	r.agency_id,
	coalesce(any_value(a.name), arg_max(r.agency_name, r.year)) AS name,
	arg_max(r.level, r.year) AS level,
	arg_max(r.kind, r.year) AS kind,
	arg_max(r.category, r.year) AS category,
	count(*)::INTEGER AS reports,
	sum(r.new_received) AS new_received,
	sum(r.processed) AS processed,
	sum(r.granted) AS granted,
	coalesce(any_value(e.n), 0)::INTEGER AS errors
FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope) r
LEFT JOIN agencies a ON a.id = r.agency_id
LEFT JOIN errors e ON e.agency_id = r.agency_id
WHERE r.agency_id IN (SELECT agency_id FROM ranked)
GROUP BY r.agency_id
ORDER BY new_received DESC NULLS LAST, r.agency_id
