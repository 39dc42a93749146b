/**
 * The dashboard's filters (DESIGN.md §5: years, region hierarchy, level, kind, category, agency) as one zod schema,
 * shared by the queries that take them. Everything but the years is optional (null = all).
 */
import { z } from 'zod';
import { AgencyKind, AgencyLevel, Severity } from '../../report/schema';

export const Year = z.number().int().min(1990).max(2100);
/** A 6-digit GB/T 2260 division code. */
export const DivisionCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code');
const optional = <T extends z.ZodType>(t: T) => t.nullable().default(null);

/**
 * An area-wide (汇总) report already contains its departments' figures, so sums over both count them twice:
 * `agencies` = single agencies' reports, `areas` = area-wide reports only, `all` = every report (counting
 * reports and findings, not summing them).
 */
export const Scope = z.enum(['agencies', 'areas', 'all']);
export type Scope = z.infer<typeof Scope>;

export const Filters = z.object({
	yearFrom: Year,
	yearTo: Year,
	provinceCode: optional(DivisionCode),
	cityCode: optional(DivisionCode),
	countyCode: optional(DivisionCode),
	level: optional(AgencyLevel),
	kind: optional(AgencyKind),
	category: optional(z.string().min(1).max(40)),
	agencyId: optional(z.string().min(1).max(200)),
	/** Text in the agency's name or aliases. */
	search: optional(z.string().trim().min(1).max(100)),
	/** Which reports are summed: single agencies, area-wide (汇总) reports, or all (see macros.sql). */
	scope: Scope.default('all')
});
export type Filters = z.input<typeof Filters>;

/** A sum over reports: null when every summed cell is blank. Never a bigint or a HUGEINT string. */
export const Sum = z.number().nullable();
/** A count (cast to INTEGER in SQL). */
export const Count = z.number().int().nonnegative();

export { AgencyKind, AgencyLevel, Severity };
