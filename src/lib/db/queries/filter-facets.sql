-- filter-facets: the distinct combinations of the agencies' level, kind, category and region, from which the
-- filter bar builds its choices (filters/options.ts). One row per combination, not per agency: at national scale
-- (100k agencies) this is a few thousand rows, where agency-list with its yearly series would be 100k.
SELECT DISTINCT level, kind, category, province, province_code, city, city_code, county, county_code
FROM agencies
ORDER BY ALL
