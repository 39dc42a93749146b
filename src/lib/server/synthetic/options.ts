/** Parameters of the synthetic generator (`npm run data:synthetic`), with their defaults. */
import { z } from 'zod';

/** Version of the generator's distributions and rules: bumped when the same seed gives different data. */
export const GENERATOR_VERSION = 1;

/** The rules a synthetic report can be made to break (one deliberate error each; see reports.ts). */
export const BREAK_RULES = [
	'T3_BALANCE',
	'T3_OUTCOME_SUM',
	'T3_ROW_TOTAL',
	'T4_GROUP_SUM',
	'XY_CARRY',
	'NONNEG',
	'BLANK_CELLS',
	'NARRATIVE_MATCH'
] as const;
export type BreakRule = (typeof BREAK_RULES)[number];

const share = z.number().min(0).max(1);

export const SyntheticOptions = z
	.object({
		/** Number of agencies (each publishes one report per year, less the missing ones). */
		agencies: z.number().int().min(1).max(5_000_000),
		/** First and last report year, inclusive. 2019 template before 2021, 2021 template from 2021 on. */
		years: z.tuple([z.number().int().min(2008).max(2100), z.number().int().min(2008).max(2100)]),
		/** Unsigned 32-bit seed. */
		seed: z.number().int().min(0).max(0xffffffff),
		/** Per rule: the share of reports that break it (independently per rule). */
		breakShare: z.record(z.enum(BREAK_RULES), share),
		/** Share of reports published after the deadline (TIMELINESS); concentrated on a quarter of the agencies. */
		lateShare: share,
		/**
		 * Per agency and year after its first: the chance that the agency publishes nothing that year (MISSING);
		 * a third of those agencies stop publishing for good.
		 */
		missingShare: share,
		/** Share of 2021+ reports that mix the two formats (template `hybrid`). */
		hybridShare: share,
		/** Share of 2021+ reports still on the 2019 format. */
		oldTemplateShare: share,
		/** Long-form cells: for every report (1), none (0) or a sample of reports (the share, by report id). */
		cellsShare: share
	})
	.strict()
	.refine((o) => o.years[0] <= o.years[1], { message: 'years: the first year must not be after the last' });
export type SyntheticOptions = z.infer<typeof SyntheticOptions>;

/** Above this many agency-years the long-form cells (≈200 rows per report) are off unless asked for. */
export const CELLS_DEFAULT_LIMIT = 50_000;

export const DEFAULT_BREAK_SHARE = 0.03;

/** What a caller may give: any option, and the break share of any rule (the others keep the default). */
export type SyntheticInput = Partial<Omit<SyntheticOptions, 'breakShare'>> & { breakShare?: Partial<Record<BreakRule, number>> };

/**
 * The defaults, completed with what is given (validated; throws a ZodError); cells default to all up to
 * {@link CELLS_DEFAULT_LIMIT} reports, else none.
 */
export function syntheticOptions(given: SyntheticInput = {}): SyntheticOptions {
	const years = given.years ?? [2019, 2025];
	const agencies = given.agencies ?? 100_000;
	const breakShare = Object.fromEntries(BREAK_RULES.map((r) => [r, DEFAULT_BREAK_SHARE])) as Record<BreakRule, number>;
	const options = {
		agencies,
		years,
		seed: given.seed ?? 1,
		breakShare: { ...breakShare, ...given.breakShare },
		lateShare: given.lateShare ?? 0.05,
		missingShare: given.missingShare ?? 0.02,
		hybridShare: given.hybridShare ?? 0.01,
		oldTemplateShare: given.oldTemplateShare ?? 0.01,
		cellsShare: given.cellsShare ?? (agencies * (years[1] - years[0] + 1) <= CELLS_DEFAULT_LIMIT ? 1 : 0)
	};
	return SyntheticOptions.parse(options);
}
