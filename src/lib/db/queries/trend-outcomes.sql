-- trend-outcomes: how applications were answered, per year and outcome group of table 三 (granted, partialGrant,
-- denied, unableToProvide, notProcessed, other), summed over the reports that match the filters. Long form, one
-- row per year and group, groups in template order; a group that is blank in every report is left out.
WITH per_year AS (
	SELECT
		year,
		sum(granted) AS granted,
		sum(partial_grant) AS partialGrant,
		sum(denied) AS denied,
		sum(unable) AS unableToProvide,
		sum(not_processed) AS notProcessed,
		sum(other) AS other
	FROM overview_rows($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY year
)
SELECT year, outcome, value
FROM (UNPIVOT per_year ON granted, partialGrant, denied, unableToProvide, notProcessed, other INTO NAME outcome VALUE value)
ORDER BY year, list_position(['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'other'], outcome)
