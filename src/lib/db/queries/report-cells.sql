-- report-cells: every template cell of one report (long form), in template order (table 二, 三, 四): where it sits,
-- its value, the raw text printed and why it has that value (status). The cells table is written in template order
-- and DuckDB keeps insertion order for a filtered scan (preserve_insertion_order, on by default).
SELECT tbl, row_path, col_key, path, value, raw, status
FROM cells
WHERE report_id = $reportId
