/**
 * ingest-log.json: every input file → its record id or its reject, with the counts. Inputs = records + rejects,
 * always (DESIGN.md §4); {@link assertComplete} fails the ingest loudly before anything is written otherwise.
 */
import { z } from 'zod';
import { RejectReason, RuleId, type Finding } from '../../report/schema';
import type { FileOutcome } from './parse-file';

export const IngestLogEntry = z
	.object({
		/** Path as given (relative to the working folder, `/`-separated). */
		file: z.string(),
		sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
		/** How the bytes were decoded (utf-8, gb18030, …); null when unreadable. */
		encoding: z.string().nullable(),
		status: z.enum(['record', 'reject']),
		recordId: z.string().optional(),
		reason: RejectReason.optional(),
		message: z.object({ zh: z.string(), en: z.string() }).strict().optional()
	})
	.strict();
export type IngestLogEntry = z.infer<typeof IngestLogEntry>;

const countsOf = <T extends z.ZodEnum>(e: T) =>
	z.object(Object.fromEntries(e.options.map((k) => [k, z.number().int().nonnegative()])) as Record<T['options'][number], z.ZodNumber>).strict();

export const IngestLog = z
	.object({
		parserVersion: z.string(),
		schemaVersion: z.number().int(),
		/** The `--as-of` date given to the MISSING rule, or null. */
		asOf: z.string().nullable(),
		inputs: z.array(IngestLogEntry),
		counts: z
			.object({
				inputs: z.number().int().nonnegative(),
				records: z.number().int().nonnegative(),
				rejects: z.number().int().nonnegative(),
				rejectsByReason: countsOf(RejectReason),
				findings: z.number().int().nonnegative(),
				findingsByRule: countsOf(RuleId)
			})
			.strict()
	})
	.strict();
export type IngestLog = z.infer<typeof IngestLog>;

export interface LogMeta {
	parserVersion: string;
	schemaVersion: number;
	asOf: string | null;
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The log of an ingest, inputs in the order given. */
export function buildIngestLog(outcomes: readonly FileOutcome[], findings: readonly Finding[], meta: LogMeta): IngestLog {
	const inputs = outcomes.map((o): IngestLogEntry => {
		const base = { file: o.file, sha256: o.sha256, encoding: o.encoding };
		return o.status === 'record'
			? { ...base, status: 'record', recordId: o.record.id }
			: { ...base, status: 'reject', reason: o.reject.reason, message: o.reject.message };
	});
	const rejectsByReason = zeroCounts(RejectReason.options);
	for (const o of outcomes) if (o.status === 'reject') rejectsByReason[o.reject.reason]++;
	const findingsByRule = zeroCounts(RuleId.options);
	for (const f of findings) findingsByRule[f.rule]++;
	const records = inputs.filter((i) => i.status === 'record').length;
	return {
		...meta,
		inputs,
		counts: {
			inputs: inputs.length,
			records,
			rejects: inputs.length - records,
			rejectsByReason,
			findings: findings.length,
			findingsByRule
		}
	};
}

/**
 * Throws unless every input file appears exactly once in the log, the log's records and rejects are exactly
 * the ones about to be written, and records + rejects = inputs.
 */
export function assertComplete(
	files: readonly string[],
	log: IngestLog,
	written: { records: number; rejects: number }
): void {
	const problems: string[] = [];
	const seen = new Map<string, number>();
	for (const e of log.inputs) seen.set(e.file, (seen.get(e.file) ?? 0) + 1);
	const missing = files.filter((f) => !seen.has(f));
	const twice = [...seen].filter(([, n]) => n > 1).map(([f]) => f);
	const given = new Set(files);
	const unknown = [...seen.keys()].filter((f) => !given.has(f));
	if (missing.length) problems.push(`inputs missing from the log: ${missing.join(', ')}`);
	if (twice.length) problems.push(`inputs logged more than once: ${twice.join(', ')}`);
	if (unknown.length) problems.push(`logged files that are not inputs: ${unknown.join(', ')}`);
	const { inputs, records, rejects } = log.counts;
	if (inputs !== files.length) problems.push(`counts.inputs is ${inputs}, but ${files.length} files were read`);
	if (records + rejects !== inputs) problems.push(`records (${records}) + rejects (${rejects}) ≠ inputs (${inputs})`);
	if (written.records !== records) problems.push(`${written.records} records to write, but the log counts ${records}`);
	if (written.rejects !== rejects) problems.push(`${written.rejects} rejects to write, but the log counts ${rejects}`);
	if (problems.length) throw new Error(`ingest: the log does not account for every input file:\n  ${problems.join('\n  ')}`);
}
