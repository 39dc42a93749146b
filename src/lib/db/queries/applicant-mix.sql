-- applicant-mix: who asked. New applications (table 三 本年新收) per year and applicant column (natural persons and
-- the five kinds of legal person), summed over the reports that match the filters. Long form, columns in template
-- order; an applicant column that is blank in every report of a year is left out.
WITH per_year AS (
	SELECT
		year,
		sum(applications_newReceived_naturalPerson)::DOUBLE AS naturalPerson,
		sum(applications_newReceived_legalPerson_commercial)::DOUBLE AS "legalPerson.commercial",
		sum(applications_newReceived_legalPerson_research)::DOUBLE AS "legalPerson.research",
		sum(applications_newReceived_legalPerson_social)::DOUBLE AS "legalPerson.social",
		sum(applications_newReceived_legalPerson_legal)::DOUBLE AS "legalPerson.legal",
		sum(applications_newReceived_legalPerson_other)::DOUBLE AS "legalPerson.other"
	FROM reports
	WHERE year BETWEEN $yearFrom AND $yearTo
		AND ($provinceCode IS NULL OR province_code = $provinceCode)
		AND ($cityCode IS NULL OR city_code = $cityCode)
		AND ($countyCode IS NULL OR county_code = $countyCode)
		AND ($level IS NULL OR level = $level)
		AND ($kind IS NULL OR kind = $kind)
		AND ($category IS NULL OR category = $category)
		AND ($agencyId IS NULL OR agency_id = $agencyId)
	GROUP BY year
)
SELECT year, applicant, new_received
FROM (UNPIVOT per_year ON COLUMNS(* EXCLUDE (year)) INTO NAME applicant VALUE new_received)
ORDER BY year, list_position(
	['naturalPerson', 'legalPerson.commercial', 'legalPerson.research', 'legalPerson.social', 'legalPerson.legal', 'legalPerson.other'],
	applicant
)
