-- trend-outcomes: how applications were answered, per year and outcome group of table 三 (granted, partialGrant,
-- denied, unableToProvide, notProcessed, other), summed over the reports that match the filters. Long form, one
-- row per year and group, groups in template order; a group that is blank in every report is left out.
WITH per_year AS (
	SELECT
		year,
		sum(applications_results_granted_total)::DOUBLE AS granted,
		sum(applications_results_partialGrant_total)::DOUBLE AS partialGrant,
		sum(list_sum([
			applications_results_denied_stateSecret_total,
			applications_results_denied_lawForbidden_total,
			applications_results_denied_safetyStability_total,
			applications_results_denied_thirdPartyRights_total,
			applications_results_denied_internalAffairs_total,
			applications_results_denied_processInfo_total,
			applications_results_denied_enforcementCase_total,
			applications_results_denied_adminQuery_total
		]))::DOUBLE AS denied,
		sum(list_sum([
			applications_results_unableToProvide_noInfo_total,
			applications_results_unableToProvide_needCreation_total,
			applications_results_unableToProvide_unclear_total
		]))::DOUBLE AS unableToProvide,
		sum(list_sum([
			applications_results_notProcessed_complaint_total,
			applications_results_notProcessed_repeat_total,
			applications_results_notProcessed_publication_total,
			applications_results_notProcessed_massiveRequests_total,
			applications_results_notProcessed_confirmInfo_total
		]))::DOUBLE AS notProcessed,
		sum(applications_results_other_total_total)::DOUBLE AS other
	FROM reports
	WHERE year BETWEEN $yearFrom AND $yearTo
		AND ($provinceCode IS NULL OR province_code = $provinceCode)
		AND ($cityCode IS NULL OR city_code = $cityCode)
		AND ($countyCode IS NULL OR county_code = $countyCode)
		AND ($level IS NULL OR level = $level)
		AND ($kind IS NULL OR kind = $kind)
		AND ($category IS NULL OR category = $category)
		AND ($agencyId IS NULL OR agency_id = $agencyId)
	GROUP BY year
)
SELECT year, outcome, value
FROM (UNPIVOT per_year ON granted, partialGrant, denied, unableToProvide, notProcessed, other INTO NAME outcome VALUE value)
ORDER BY year, list_position(['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'other'], outcome)
