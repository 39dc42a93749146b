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
	FROM filtered_reports($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY year
)
SELECT year, applicant, new_received
FROM (UNPIVOT per_year ON COLUMNS(* EXCLUDE (year)) INTO NAME applicant VALUE new_received)
ORDER BY year, list_position(
	['naturalPerson', 'legalPerson.commercial', 'legalPerson.research', 'legalPerson.social', 'legalPerson.legal', 'legalPerson.other'],
	applicant
)
