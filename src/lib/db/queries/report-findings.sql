-- report-findings: every finding about one report, in the order the rules reported them (the number after '#' in
-- finding_id), with the cells involved (paths), expected vs actual (text) and the message in both languages.
SELECT finding_id, year, rule, severity, paths, expected, actual, message_zh, message_en
FROM findings
WHERE report_id = $reportId
ORDER BY try_cast(regexp_extract(finding_id, '#(\d+)$', 1) AS INTEGER) NULLS LAST, finding_id
