-- agency-profile: every report of one agency, oldest first, with its headline figures (as in overview-kpis, per
-- report, from filtered_reports in macros.sql) and its number of findings. published_at is text (YYYY-MM-DD) or null.
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
	r.new_received,
	r.carried_over,
	r.processed,
	r.granted,
	r.partial_grant,
	r.denied,
	r.unable,
	r.not_processed,
	r.other,
	r.carried_forward,
	r.reviews,
	r.lawsuits,
	coalesce(f.findings, 0)::INTEGER AS findings,
	coalesce(f.errors, 0)::INTEGER AS errors
-- every year and scope: the macro only adds the measures here
FROM filtered_reports(1990, 2100, NULL, NULL, NULL, NULL, NULL, NULL, $agencyId, NULL, 'all') r
LEFT JOIN f ON f.report_id = r.id
ORDER BY r.year, r.id
