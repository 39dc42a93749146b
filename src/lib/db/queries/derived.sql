-- Tables derived from the dataset, built whenever a dataset is swapped in (after macros.sql, in the same
-- transaction), and the macros that read them (DuckDB binds a macro's tables when it is created).
--
-- overview_cube: the overview's per-year sums (KPIs, outcomes by year, applicant mix) pre-aggregated by year,
-- province, level, kind and category, i.e. by every filter of the dashboard except the city, the county, one agency
-- and the agency search. At national scale (~700k reports) that is ~40× fewer rows to sum on each filter change;
-- the filters it cannot answer select few reports, and overview_rows reads those from report_measures instead.
-- Sums of sums: a cell whose reports are all blank stays null, so a blank is never counted as 0 here either.
-- `*_k` columns count an outcome only in reports whose 办结 total is known (see overview-kpis.sql).
CREATE OR REPLACE TABLE overview_cube AS
SELECT
	year, province_code, level, kind, category,
	count(*)::INTEGER AS reports,
	-- every measure of report_measures, summed under its own name
	sum(COLUMNS(* EXCLUDE (year, province_code, level, kind, category, reports)))
FROM report_measures(-2147483648, 2147483647, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'all')
GROUP BY year, province_code, level, kind, category;

-- cube_answers(…): whether overview_cube can answer the filters: no city, county, agency or search (the same test as
-- cubeAnswers in index.ts, which picks the half of overview_rows a named query runs).
CREATE OR REPLACE MACRO cube_answers(p_city_code, p_county_code, p_agency_id, p_search) AS
	p_city_code IS NULL AND p_county_code IS NULL AND p_agency_id IS NULL AND p_search IS NULL;

-- overview_cells(…): the cells of overview_cube that match the filters (same parameters as filtered_reports). The
-- cube has no city, county or agency: called with one of those or a search, it fails rather than answer for more
-- reports than asked.
CREATE OR REPLACE MACRO overview_cells(
	p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category, p_agency_id,
	p_search, p_scope
) AS TABLE
SELECT *
FROM overview_cube c
WHERE grid_matches(c.year, c.province_code, c.level, c.kind, c.category,
		p_year_from, p_year_to, p_province_code, p_level, p_kind, p_category, p_scope)
	AND CASE
		WHEN cube_answers(p_city_code, p_county_code, p_agency_id, p_search) THEN true
		ELSE error('overview_cells: no city, county, agency or search in overview_cube; use report_measures')
	END;

-- overview_rows(…): rows whose sums by year are the overview's sums over the reports that match the filters, for any
-- filters: the cells of overview_cube when no city, county, agency or search is set (the broad views, where summing
-- every report is what costs), otherwise the matching reports themselves (report_measures: few reports). The named
-- queries are written against overview_rows but run one of its two halves, chosen by their parameters (index.ts):
-- DuckDB binds a prepared statement again on every run here, and binding this union costs several times what
-- answering from the cube does.
CREATE OR REPLACE MACRO overview_rows(
	p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category, p_agency_id,
	p_search, p_scope
) AS TABLE
SELECT *
FROM overview_cells(p_year_from, p_year_to, p_province_code, NULL, NULL, p_level, p_kind, p_category, NULL, NULL, p_scope)
WHERE cube_answers(p_city_code, p_county_code, p_agency_id, p_search)
UNION ALL BY NAME
SELECT *
FROM report_measures(p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category,
	p_agency_id, p_search, p_scope)
WHERE NOT cube_answers(p_city_code, p_county_code, p_agency_id, p_search);
