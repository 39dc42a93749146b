-- dataset-summary: what is loaded. Row counts of the four tables and the years the reports cover (null when empty).
SELECT
	(SELECT count(*) FROM reports)::INTEGER AS reports,
	(SELECT count(*) FROM cells)::INTEGER AS cells,
	(SELECT count(*) FROM findings)::INTEGER AS findings,
	(SELECT count(*) FROM agencies)::INTEGER AS agencies,
	(SELECT min(year) FROM reports)::INTEGER AS year_min,
	(SELECT max(year) FROM reports)::INTEGER AS year_max
