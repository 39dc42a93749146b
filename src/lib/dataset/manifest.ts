/**
 * manifest.json of a dataset folder: what it is (schema and dataset versions, synthetic or real, where from),
 * when it was built, how many of everything, and the size and sha256 of each file. Pure.
 */
import { z } from 'zod';
import { SCHEMA_VERSION, Template, type AnnualReport } from '../report/schema';

/** Bumped when the dataset files change shape (tables, columns, types) without a record schema change. */
export const DATASET_VERSION = 1;

export const DatasetFile = z
	.object({ name: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
	.strict();
export type DatasetFile = z.infer<typeof DatasetFile>;

const count = z.number().int().nonnegative();

export const DatasetManifest = z
	.object({
		schemaVersion: z.number().int(),
		datasetVersion: z.number().int(),
		/** ISO 8601 UTC. A reproducible build passes a fixed time (see `npm run data:default`). */
		builtAt: z.iso.datetime(),
		/** true for generated data (scale tests): every page that shows it must say so. */
		synthetic: z.boolean(),
		counts: z
			.object({
				reports: count,
				cells: count,
				findings: count,
				agencies: count,
				/** Reports per year, keys sorted. */
				byYear: z.record(z.string().regex(/^\d{4}$/), count),
				/** Reports per template, every template listed. */
				byTemplate: z.record(Template, count)
			})
			.strict(),
		files: z.array(DatasetFile),
		parserVersion: z.string(),
		/** Free text: where the reports came from. */
		source: z.string().nullable()
	})
	.strict();
export type DatasetManifest = z.infer<typeof DatasetManifest>;

export interface ManifestInput {
	records: readonly AnnualReport[];
	cells: number;
	findings: number;
	agencies: number;
	files: DatasetFile[];
	builtAt: string | Date;
	synthetic: boolean;
	parserVersion: string;
	source: string | null;
}

/** Normalises a build time to ISO 8601 UTC (`2025-03-31` → `2025-03-31T00:00:00.000Z`); throws if not a time. */
export function isoTime(t: string | Date): string {
	const d = typeof t === 'string' ? new Date(t) : t;
	if (Number.isNaN(d.getTime())) throw new Error(`dataset: builtAt ${String(t)} is not a date or time`);
	return d.toISOString();
}

/**
 * A build time that depends only on the inputs, for reproducible builds: the latest publication (or signing)
 * date of the records at 00:00 UTC; the epoch when no record has a date.
 */
export function builtAtOf(records: readonly AnnualReport[]): string {
	let latest = '1970-01-01';
	for (const r of records) {
		const d = r.publishedAt ?? r.signedAt;
		if (d !== null && d > latest) latest = d;
	}
	return `${latest}T00:00:00.000Z`;
}

export function buildManifest(m: ManifestInput): DatasetManifest {
	const years = new Map<number, number>();
	for (const r of m.records) years.set(r.year, (years.get(r.year) ?? 0) + 1);
	const byYear = Object.fromEntries([...years].sort((a, b) => a[0] - b[0]).map(([y, n]) => [String(y), n]));
	const byTemplate = Object.fromEntries(Template.options.map((t) => [t, 0])) as Record<Template, number>;
	for (const r of m.records) byTemplate[r.template]++;
	return {
		schemaVersion: SCHEMA_VERSION,
		datasetVersion: DATASET_VERSION,
		builtAt: isoTime(m.builtAt),
		synthetic: m.synthetic,
		counts: {
			reports: m.records.length,
			cells: m.cells,
			findings: m.findings,
			agencies: m.agencies,
			byYear,
			byTemplate
		},
		files: m.files,
		parserVersion: m.parserVersion,
		source: m.source
	};
}
