-- compliance-findings: the findings of one failing-report row ($reportId and $year, as compliance-reports lists
-- them), optionally one $rule and/or $severity, each with the cells its paths name, in the order of its paths:
-- from the long `cells` table (row, column, value, raw text as printed, status) or, where the dataset has no cells
-- row for that path (large synthetic data), the value of the wide `reports` row's column (raw text and status
-- unknown: source 'reports'). A path in neither is listed with source 'none'.
WITH fs AS (
	SELECT f.finding_id, f.report_id, f.rule, f.severity, f.paths, f.expected, f.actual, f.message_zh, f.message_en
	FROM findings f
	WHERE f.report_id = $reportId AND f.year = $year
		AND ($rule IS NULL OR f.rule = $rule) AND ($severity IS NULL OR f.severity = $severity)
),
p AS (
	SELECT fs.finding_id, u.path, u.ord
	FROM fs, unnest(fs.paths) WITH ORDINALITY AS u(path, ord)
),
wide AS (
	SELECT col, value
	FROM (
		SELECT COLUMNS(c -> c LIKE 'applications\_%' ESCAPE '\' OR c LIKE 'disclosure\_%' ESCAPE '\'
			OR c LIKE 'disclosure2019\_%' ESCAPE '\' OR c LIKE 'reviewLitigation\_%' ESCAPE '\')::DOUBLE
		FROM reports WHERE id = $reportId
	) UNPIVOT INCLUDE NULLS (value FOR col IN (COLUMNS(*)))
),
ev AS (
	SELECT
		p.finding_id,
		list({
			path: p.path,
			tbl: c.tbl,
			row_path: c.row_path,
			col_key: c.col_key,
			value: CASE WHEN c.path IS NOT NULL THEN c.value ELSE w.value END,
			raw: c.raw,
			status: c.status,
			source: CASE WHEN c.path IS NOT NULL THEN 'cells' WHEN w.col IS NOT NULL THEN 'reports' ELSE 'none' END
		} ORDER BY p.ord) AS cells
	FROM p
	LEFT JOIN cells c ON c.report_id = $reportId AND c.path = p.path
	LEFT JOIN wide w ON w.col = replace(p.path, '.', '_')
	GROUP BY p.finding_id
)
SELECT fs.finding_id, fs.rule, fs.severity, fs.expected, fs.actual, fs.message_zh, fs.message_en, coalesce(ev.cells, []) AS cells
FROM fs
LEFT JOIN ev ON ev.finding_id = fs.finding_id
ORDER BY list_position(['error', 'warning', 'info'], fs.severity), fs.rule, fs.finding_id
