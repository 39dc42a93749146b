-- macros: what every named query shares, defined once per dataset (db/catalog.ts runs this after the views; tests
-- run it after theirs). Plain DuckDB SQL.
--
-- filtered_reports(…): the reports that match the dashboard's filters, with their headline measures. A group of
-- rows (the eight 不予公开 reasons, the three 无法提供, the five 不予处理) is summed per report with nsum (below), which
-- skips blank cells and stays null when all are blank; blank is never 0.
--   p_scope: 'agencies' = reports of single agencies (area-wide 汇总 reports left out, since they already include
--   their departments' figures and summing both would count them twice); 'areas' = area-wide reports only; 'all'.
--   p_search: text in the agency's name or any of its registry aliases (case-insensitive).
-- filtered_findings(…): the findings of the same agencies and years, with the agency's name, region, level, kind
-- and category (from the agencies table: a MISSING finding is about a year that has no report).

-- nsum(a, b, …): the sum of a report's cells where a blank cell counts as nothing, null when every cell is blank (blank
-- is never 0). Plain arithmetic: list_sum([...]) gives the same answer but builds a list per report, which at
-- national scale (~700k reports) was a good part of each overview query. One macro per number of cells.
CREATE OR REPLACE MACRO nsum(a, b) AS
	CASE WHEN coalesce(a, b) IS NULL THEN NULL ELSE coalesce(a::DOUBLE, 0) + coalesce(b::DOUBLE, 0) END;
CREATE OR REPLACE MACRO nsum3(a, b, c) AS
	CASE WHEN coalesce(a, b, c) IS NULL THEN NULL ELSE coalesce(a::DOUBLE, 0) + coalesce(b::DOUBLE, 0) + coalesce(c::DOUBLE, 0) END;
CREATE OR REPLACE MACRO nsum5(a, b, c, d, e) AS
	CASE WHEN coalesce(a, b, c, d, e) IS NULL THEN NULL
	ELSE coalesce(a::DOUBLE, 0) + coalesce(b::DOUBLE, 0) + coalesce(c::DOUBLE, 0) + coalesce(d::DOUBLE, 0) + coalesce(e::DOUBLE, 0) END;
CREATE OR REPLACE MACRO nsum8(a, b, c, d, e, f, g, h) AS
	CASE WHEN coalesce(a, b, c, d, e, f, g, h) IS NULL THEN NULL
	ELSE coalesce(a::DOUBLE, 0) + coalesce(b::DOUBLE, 0) + coalesce(c::DOUBLE, 0) + coalesce(d::DOUBLE, 0)
		+ coalesce(e::DOUBLE, 0) + coalesce(f::DOUBLE, 0) + coalesce(g::DOUBLE, 0) + coalesce(h::DOUBLE, 0) END;

CREATE OR REPLACE MACRO agency_matches(p_agency_id, p_search) AS
	p_search IS NULL OR p_agency_id IN (
		SELECT a.id FROM agencies a
		WHERE contains(lower(concat_ws(' ', a.name, array_to_string(a.aliases, ' '))), lower(p_search))
	);

CREATE OR REPLACE MACRO filtered_reports(
	p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category, p_agency_id,
	p_search, p_scope
) AS TABLE
SELECT
	r.*,
	r.applications_newReceived_total::DOUBLE AS new_received,
	r.applications_carriedOver_total::DOUBLE AS carried_over,
	r.applications_results_totalProcessed_total::DOUBLE AS processed,
	r.applications_results_granted_total::DOUBLE AS granted,
	r.applications_results_partialGrant_total::DOUBLE AS partial_grant,
	nsum8(
		r.applications_results_denied_stateSecret_total,
		r.applications_results_denied_lawForbidden_total,
		r.applications_results_denied_safetyStability_total,
		r.applications_results_denied_thirdPartyRights_total,
		r.applications_results_denied_internalAffairs_total,
		r.applications_results_denied_processInfo_total,
		r.applications_results_denied_enforcementCase_total,
		r.applications_results_denied_adminQuery_total
	) AS denied,
	nsum3(
		r.applications_results_unableToProvide_noInfo_total,
		r.applications_results_unableToProvide_needCreation_total,
		r.applications_results_unableToProvide_unclear_total
	) AS unable,
	nsum5(
		r.applications_results_notProcessed_complaint_total,
		r.applications_results_notProcessed_repeat_total,
		r.applications_results_notProcessed_publication_total,
		r.applications_results_notProcessed_massiveRequests_total,
		r.applications_results_notProcessed_confirmInfo_total
	) AS not_processed,
	r.applications_results_other_total_total::DOUBLE AS other,
	r.applications_carriedForward_total::DOUBLE AS carried_forward,
	r.reviewLitigation_review_total::DOUBLE AS reviews,
	r.reviewLitigation_review_corrected::DOUBLE AS review_corrected,
	nsum(r.reviewLitigation_litigationDirect_total, r.reviewLitigation_litigationAfterReview_total) AS lawsuits,
	nsum(r.reviewLitigation_litigationDirect_corrected, r.reviewLitigation_litigationAfterReview_corrected) AS lawsuit_corrected
FROM reports r
WHERE r.year BETWEEN p_year_from AND p_year_to
	AND (p_province_code IS NULL OR r.province_code = p_province_code)
	AND (p_city_code IS NULL OR r.city_code = p_city_code)
	AND (p_county_code IS NULL OR r.county_code = p_county_code)
	AND (p_level IS NULL OR r.level = p_level)
	AND (p_kind IS NULL OR r.kind = p_kind)
	AND (p_category IS NULL OR r.category = p_category)
	AND (p_agency_id IS NULL OR r.agency_id = p_agency_id)
	AND agency_matches(r.agency_id, p_search)
	AND (p_scope = 'all' OR (p_scope = 'areas') = (r.kind = 'area'));

CREATE OR REPLACE MACRO filtered_findings(
	p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category, p_agency_id,
	p_search, p_scope
) AS TABLE
SELECT
	f.*,
	coalesce(a.name, f.agency_id) AS agency_name,
	a.province, a.province_code, a.city, a.city_code, a.county, a.county_code, a.level, a.kind, a.category
FROM findings f
LEFT JOIN agencies a ON a.id = f.agency_id
WHERE f.year BETWEEN p_year_from AND p_year_to
	AND (p_province_code IS NULL OR a.province_code = p_province_code)
	AND (p_city_code IS NULL OR a.city_code = p_city_code)
	AND (p_county_code IS NULL OR a.county_code = p_county_code)
	AND (p_level IS NULL OR a.level = p_level)
	AND (p_kind IS NULL OR a.kind = p_kind)
	AND (p_category IS NULL OR a.category = p_category)
	AND (p_agency_id IS NULL OR f.agency_id = p_agency_id)
	AND agency_matches(f.agency_id, p_search)
	AND (p_scope = 'all' OR (p_scope = 'areas') = (a.kind = 'area'));
