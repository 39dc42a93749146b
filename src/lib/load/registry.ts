/**
 * The agency registry in the browser: data/registry/agencies.json and divisions.json, bundled as a lazily loaded
 * chunk (≈100 KB, fetched only when someone loads report files) and validated with the same schemas as in Node.
 */
import { DivisionTables, Registry } from '../report/registry';

export interface RegistryData {
	registry: Registry;
	divisions: DivisionTables;
}

let cached: Promise<RegistryData> | undefined;

/** The project's registry, loaded once. */
export function browserRegistry(): Promise<RegistryData> {
	cached ??= Promise.all([
		import('../../../data/registry/agencies.json'),
		import('../../../data/registry/divisions.json')
	]).then(([agencies, divisions]) => ({
		registry: Registry.parse(agencies.default),
		divisions: DivisionTables.parse(divisions.default)
	}));
	return cached;
}
