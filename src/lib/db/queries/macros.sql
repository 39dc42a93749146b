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

-- grid_matches(…): whether a row with this year, province, level, kind and category passes those filters and the
-- scope: the filters overview_cube (derived.sql) is grouped by, so the reports, the findings and the cube's cells
-- are filtered by one definition. The city, county, agency and search are tested by the callers that have them.
CREATE OR REPLACE MACRO grid_matches(
	year, province_code, level, kind, category,
	p_year_from, p_year_to, p_province_code, p_level, p_kind, p_category, p_scope
) AS
	year BETWEEN p_year_from AND p_year_to
	AND (p_province_code IS NULL OR province_code = p_province_code)
	AND (p_level IS NULL OR level = p_level)
	AND (p_kind IS NULL OR kind = p_kind)
	AND (p_category IS NULL OR category = p_category)
	AND (p_scope = 'all' OR (p_scope = 'areas') = (kind = 'area'));

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
WHERE grid_matches(r.year, r.province_code, r.level, r.kind, r.category,
		p_year_from, p_year_to, p_province_code, p_level, p_kind, p_category, p_scope)
	AND (p_city_code IS NULL OR r.city_code = p_city_code)
	AND (p_county_code IS NULL OR r.county_code = p_county_code)
	AND (p_agency_id IS NULL OR r.agency_id = p_agency_id)
	AND agency_matches(r.agency_id, p_search);

-- report_measures(…): the reports of filtered_reports narrowed to what the overview sums, in the columns of
-- overview_cube (derived.sql): one row per report, `reports` = 1.
CREATE OR REPLACE MACRO report_measures(
	p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category, p_agency_id,
	p_search, p_scope
) AS TABLE
SELECT
	year, province_code, level, kind, category,
	1::INTEGER AS reports,
	new_received, carried_over, processed, granted, partial_grant, denied, unable, not_processed, other,
	carried_forward, reviews, lawsuits, review_corrected, lawsuit_corrected,
	granted + 0 * processed AS granted_k,
	partial_grant + 0 * processed AS partial_grant_k,
	denied + 0 * processed AS denied_k,
	unable + 0 * processed AS unable_k,
	not_processed + 0 * processed AS not_processed_k,
	applications_newReceived_naturalPerson::DOUBLE AS natural_person,
	applications_newReceived_legalPerson_commercial::DOUBLE AS legal_commercial,
	applications_newReceived_legalPerson_research::DOUBLE AS legal_research,
	applications_newReceived_legalPerson_social::DOUBLE AS legal_social,
	applications_newReceived_legalPerson_legal::DOUBLE AS legal_legal,
	applications_newReceived_legalPerson_other::DOUBLE AS legal_other
FROM filtered_reports(p_year_from, p_year_to, p_province_code, p_city_code, p_county_code, p_level, p_kind, p_category,
	p_agency_id, p_search, p_scope);

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
WHERE grid_matches(f.year, a.province_code, a.level, a.kind, a.category,
		p_year_from, p_year_to, p_province_code, p_level, p_kind, p_category, p_scope)
	AND (p_city_code IS NULL OR a.city_code = p_city_code)
	AND (p_county_code IS NULL OR a.county_code = p_county_code)
	AND (p_agency_id IS NULL OR f.agency_id = p_agency_id)
	AND agency_matches(f.agency_id, p_search);

-- compare_sums(m) / compare_measures(s) / measure_value(num, den, scale): the comparison's measures, one definition
-- for compare-entities.sql (per entity over the years) and compare-trend.sql (per entity and year); the measures and
-- why each ratio is summed the way it is are described in compare-entities.sql. `m` is a row of those queries'
-- `member` (one report of one entity, `in_scope` when its applications count in the entity's sums): compare_sums is
-- an aggregate over such rows, compare_measures lists the struct it returns as measures in display order.
CREATE OR REPLACE MACRO compare_sums(m) AS {
	'new_received': sum(m.new_received) FILTER (WHERE m.in_scope),
	'processed': sum(m.processed) FILTER (WHERE m.in_scope),
	'disclosed_n': sum(m.disclosed) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'disclosed_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.disclosed IS NOT NULL),
	'denied_n': sum(m.denied) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'denied_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.denied IS NOT NULL),
	'unable_n': sum(m.unable) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'unable_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.unable IS NOT NULL),
	'not_processed_n': sum(m.not_processed) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'not_processed_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.not_processed IS NOT NULL),
	'reviews_n': sum(m.reviews) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'reviews_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.reviews IS NOT NULL),
	'lawsuits_n': sum(m.lawsuits) FILTER (WHERE m.in_scope AND m.processed IS NOT NULL),
	'lawsuits_d': sum(m.processed) FILTER (WHERE m.in_scope AND m.lawsuits IS NOT NULL),
	'corrected_n': sum(m.corrected) FILTER (WHERE m.in_scope AND m.review_lawsuits IS NOT NULL),
	'corrected_d': sum(m.review_lawsuits) FILTER (WHERE m.in_scope AND m.corrected IS NOT NULL),
	'errors_n': sum(m.errors),
	'errors_d': count(*)::DOUBLE,
	'late_n': sum(m.late) FILTER (WHERE m.published_at IS NOT NULL),
	'late_d': (count(*) FILTER (WHERE m.published_at IS NOT NULL))::DOUBLE
};

CREATE OR REPLACE MACRO compare_measures(s) AS [
	{'measure': 'new_received', 'num': s.new_received, 'den': NULL::DOUBLE, 'scale': NULL::DOUBLE, 'ord': 1},
	{'measure': 'processed', 'num': s.processed, 'den': NULL, 'scale': NULL, 'ord': 2},
	{'measure': 'disclosed_share', 'num': s.disclosed_n, 'den': s.disclosed_d, 'scale': 1, 'ord': 3},
	{'measure': 'denied_share', 'num': s.denied_n, 'den': s.denied_d, 'scale': 1, 'ord': 4},
	{'measure': 'unable_share', 'num': s.unable_n, 'den': s.unable_d, 'scale': 1, 'ord': 5},
	{'measure': 'not_processed_share', 'num': s.not_processed_n, 'den': s.not_processed_d, 'scale': 1, 'ord': 6},
	{'measure': 'reviews_per_100', 'num': s.reviews_n, 'den': s.reviews_d, 'scale': 100, 'ord': 7},
	{'measure': 'lawsuits_per_100', 'num': s.lawsuits_n, 'den': s.lawsuits_d, 'scale': 100, 'ord': 8},
	{'measure': 'correction_rate', 'num': s.corrected_n, 'den': s.corrected_d, 'scale': 1, 'ord': 9},
	{'measure': 'errors_per_report', 'num': s.errors_n, 'den': s.errors_d, 'scale': 1, 'ord': 10},
	{'measure': 'late_share', 'num': s.late_n, 'den': s.late_d, 'scale': 1, 'ord': 11}
];

-- A count as it is; a ratio scaled, blank (null) when its numerator is blank or its denominator blank or zero.
CREATE OR REPLACE MACRO measure_value(num, den, scale) AS
	CASE WHEN scale IS NULL THEN num WHEN den IS NULL OR den = 0 OR num IS NULL THEN NULL ELSE scale * num / den END;
