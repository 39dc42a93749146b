-- applicant-mix: who asked. New applications (table 三 本年新收) per year and applicant column (natural persons and
-- the five kinds of legal person), summed over the reports that match the filters. Long form, columns in template
-- order; an applicant column that is blank in every report of a year is left out.
WITH per_year AS (
	SELECT
		year,
		sum(natural_person) AS naturalPerson,
		sum(legal_commercial) AS "legalPerson.commercial",
		sum(legal_research) AS "legalPerson.research",
		sum(legal_social) AS "legalPerson.social",
		sum(legal_legal) AS "legalPerson.legal",
		sum(legal_other) AS "legalPerson.other"
	FROM overview_rows($yearFrom, $yearTo, $provinceCode, $cityCode, $countyCode, $level, $kind, $category, $agencyId, $search, $scope)
	GROUP BY year
)
SELECT year, applicant, new_received
FROM (UNPIVOT per_year ON COLUMNS(* EXCLUDE (year)) INTO NAME applicant VALUE new_received)
ORDER BY year, list_position(
	['naturalPerson', 'legalPerson.commercial', 'legalPerson.research', 'legalPerson.social', 'legalPerson.legal', 'legalPerson.other'],
	applicant
)
