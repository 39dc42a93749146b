-- overview-kpis: the headline figures of the reports that match the filters, one row per year (so the UI can show
-- year-over-year change). Sums of table 三 totals and table 四 counts; a group of rows (e.g. the eight 不予公开
-- reasons) is summed per report with list_sum, which skips blank cells and stays null when all are blank.
-- Sums are cast to DOUBLE: sum(INTEGER) is a HUGEINT, which would reach JS as a string.
SELECT
	year,
	count(*)::INTEGER AS reports,
	count(DISTINCT agency_id)::INTEGER AS agencies,
	sum(applications_newReceived_total)::DOUBLE AS new_received,
	sum(applications_carriedOver_total)::DOUBLE AS carried_over,
	sum(applications_results_totalProcessed_total)::DOUBLE AS processed,
	sum(applications_results_granted_total)::DOUBLE AS granted,
	sum(applications_results_partialGrant_total)::DOUBLE AS partial_grant,
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
	]))::DOUBLE AS unable,
	sum(list_sum([
		applications_results_notProcessed_complaint_total,
		applications_results_notProcessed_repeat_total,
		applications_results_notProcessed_publication_total,
		applications_results_notProcessed_massiveRequests_total,
		applications_results_notProcessed_confirmInfo_total
	]))::DOUBLE AS not_processed,
	sum(applications_results_other_total_total)::DOUBLE AS other,
	sum(applications_carriedForward_total)::DOUBLE AS carried_forward,
	sum(reviewLitigation_review_total)::DOUBLE AS reviews,
	sum(list_sum([reviewLitigation_litigationDirect_total, reviewLitigation_litigationAfterReview_total]))::DOUBLE AS lawsuits,
	sum(reviewLitigation_review_corrected)::DOUBLE AS review_corrected,
	sum(list_sum([reviewLitigation_litigationDirect_corrected, reviewLitigation_litigationAfterReview_corrected]))::DOUBLE AS lawsuit_corrected
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
ORDER BY year
