-- report-record: the wide row of one report (identity, agency, dates, source, narrative figures and the value of
-- every template cell), from which the profile rebuilds the record to draw its tables (dataset/record.ts). Dates are
-- text (YYYY-MM-DD) or null.
SELECT * REPLACE (published_at::VARCHAR AS published_at, signed_at::VARCHAR AS signed_at)
FROM reports
WHERE id = $reportId
