/** The agency registry, pure: schemas of the registry file and the division tables, and the resolver. */
export { DivisionTables, Registry, RegistryEntry, RegistryId, isStatisticalZone } from './schema';
export { findCity, findCounty, findProvince } from './divisions';
export {
	applyRegistry,
	deriveAgency,
	manualChoices,
	registryEntry,
	registryProblems,
	resolveAgency,
	type RegistryProblem,
	type RegistryProblemKind
} from './resolve';
