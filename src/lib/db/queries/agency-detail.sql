-- agency-detail: one agency of the registry-resolved agencies table: its current name, the other names it published
-- under (aliases), its region, level, kind and category. No row for an unknown id.
SELECT id, name, aliases, province, province_code, city, city_code, county, county_code, level, kind, category
FROM agencies
WHERE id = $agencyId
