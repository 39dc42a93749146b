-- agency-profile: every report of one agency, oldest first, with its headline figures (as in overview-kpis, per
-- report) and its number of findings. published_at is text (YYYY-MM-DD) or null.
WITH f AS (
	SELECT report_id, count(*)::INTEGER AS findings, (count(*) FILTER (WHERE severity = 'error'))::INTEGER AS errors
	FROM findings
	WHERE agency_id = $agencyId
	GROUP BY report_id
)
SELECT
	r.id,
	r.year,
	r.agency_name,
	r.template,
	r.published_at::VARCHAR AS published_at,
	r.source_file,
	r.source_url,
	r.applications_newReceived_total::DOUBLE AS new_received,
	r.applications_carriedOver_total::DOUBLE AS carried_over,
	r.applications_results_totalProcessed_total::DOUBLE AS processed,
	r.applications_results_granted_total::DOUBLE AS granted,
	r.applications_results_partialGrant_total::DOUBLE AS partial_grant,
	list_sum([
		r.applications_results_denied_stateSecret_total,
		r.applications_results_denied_lawForbidden_total,
		r.applications_results_denied_safetyStability_total,
		r.applications_results_denied_thirdPartyRights_total,
		r.applications_results_denied_internalAffairs_total,
		r.applications_results_denied_processInfo_total,
		r.applications_results_denied_enforcementCase_total,
		r.applications_results_denied_adminQuery_total
	])::DOUBLE AS denied,
	list_sum([
		r.applications_results_unableToProvide_noInfo_total,
		r.applications_results_unableToProvide_needCreation_total,
		r.applications_results_unableToProvide_unclear_total
	])::DOUBLE AS unable,
	list_sum([
		r.applications_results_notProcessed_complaint_total,
		r.applications_results_notProcessed_repeat_total,
		r.applications_results_notProcessed_publication_total,
		r.applications_results_notProcessed_massiveRequests_total,
		r.applications_results_notProcessed_confirmInfo_total
	])::DOUBLE AS not_processed,
	r.applications_results_other_total_total::DOUBLE AS other,
	r.applications_carriedForward_total::DOUBLE AS carried_forward,
	r.reviewLitigation_review_total::DOUBLE AS reviews,
	list_sum([r.reviewLitigation_litigationDirect_total, r.reviewLitigation_litigationAfterReview_total])::DOUBLE AS lawsuits,
	coalesce(f.findings, 0)::INTEGER AS findings,
	coalesce(f.errors, 0)::INTEGER AS errors
FROM reports r
LEFT JOIN f ON f.report_id = r.id
WHERE r.agency_id = $agencyId
ORDER BY r.year, r.id
