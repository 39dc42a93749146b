-- overview-kpis: the headline figures of the reports that match the filters, one row per year (so the UI can show
-- year-over-year change). Sums of the per-report measures of filtered_reports (macros.sql), which stay null when
-- every summed cell is blank, read through overview_rows (pre-aggregated cells for the broad views). `agencies` is
-- the number of reports: a dataset holds one report per agency and year (ingest and the browser loader reject a
-- second one as a duplicate), and count(DISTINCT agency_id) costs seconds at 700k rows.
SELECT
	year,
	sum(reports)::INTEGER AS reports,
	sum(reports)::INTEGER AS agencies,
	sum(new_received) AS new_received,
	sum(carried_over) AS carried_over,
	sum(processed) AS processed,
	sum(granted) AS granted,
	sum(partial_grant) AS partial_grant,
	sum(denied) AS denied,
	sum(unable) AS unable,
	sum(not_processed) AS not_processed,
	sum(other) AS other,
	sum(carried_forward) AS carried_forward,
	sum(reviews) AS reviews,
	sum(lawsuits) AS lawsuits,
	sum(review_corrected) AS review_corrected,
	sum(lawsuit_corrected) AS lawsuit_corrected,
	-- The numerators of the shares of 办结, over the reports whose 办结 is known: a report with a blank 办结 and a
	-- printed 予以公开 must not raise the share of the others.
	sum(granted_k) AS granted_k,
	sum(partial_grant_k) AS partial_grant_k,
	sum(denied_k) AS denied_k,
	sum(unable_k) AS unable_k,
	sum(not_processed_k) AS not_processed_k
FROM overview_rows($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
GROUP BY year
ORDER BY year
