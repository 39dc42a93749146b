/**
 * Node-side access to the agency registry: reads data/registry/agencies.json and the GB/T 2260 division tables
 * (data/registry/divisions.json) once, validates them, and resolves records against them with the pure resolver
 * of src/lib/report/registry (which the browser uses too).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyRegistry, DivisionTables, Registry } from '../../report/registry';
import type { AnnualReport } from '../../report/schema';

/** The registry and the division tables it is resolved against. */
export interface RegistryData {
	registry: Registry;
	divisions: DivisionTables;
}

/** data/registry/ of this checkout. */
export const REGISTRY_DIR = fileURLToPath(new URL('../../../../data/registry/', import.meta.url));

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Reads and validates `agencies.json` and `divisions.json` from `dir` (no caching; see {@link loadRegistry}). */
export function readRegistry(dir: string = REGISTRY_DIR): RegistryData {
	const at = (name: string) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);
	const parse = <T>(name: string, schema: { parse: (v: unknown) => T }): T => {
		try {
			return schema.parse(readJson(at(name)));
		} catch (e) {
			throw new Error(`agency registry: ${at(name)} is not valid: ${e instanceof Error ? e.message : String(e)}`);
		}
	};
	return { registry: parse('agencies.json', Registry), divisions: parse('divisions.json', DivisionTables) };
}

let cached: RegistryData | undefined;

/** The project's registry (data/registry/), read once per process. */
export function loadRegistry(): RegistryData {
	cached ??= readRegistry();
	return cached;
}

/**
 * The records with their agencies resolved against the registry (default: the project's): stable agency ids
 * across renames, region codes, level, kind and category, and `id` = `${agency.id}-${year}`. Same order.
 */
export function resolveRecords(records: readonly AnnualReport[], data: RegistryData = loadRegistry()): AnnualReport[] {
	return records.map((r) => applyRegistry(r, data.registry, data.divisions));
}
