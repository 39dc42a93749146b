/** Synthetic national-scale datasets for the scale work (`npm run data:synthetic`; README.md here). Node only. */
export { planAgencies, type SyntheticAgency } from './agencies';
export { DEPARTMENTS, MINISTRIES, type DepartmentDef } from './catalogue';
export {
	BREAK_RULES,
	CELLS_DEFAULT_LIMIT,
	DEFAULT_BREAK_SHARE,
	GENERATOR_VERSION,
	SyntheticOptions,
	syntheticOptions,
	type BreakRule,
	type SyntheticInput
} from './options';
export { Rng, seedOf } from './random';
export { SYNTHETIC_FILE, agencyReports, recordAgency } from './reports';
export {
	asOfFor,
	cellsFor,
	syntheticBatches,
	syntheticParams,
	syntheticSource,
	writeSynthetic,
	type AgencyBatch,
	type SyntheticProgress,
	type SyntheticSummary,
	type WriteSyntheticOptions
} from './write';
