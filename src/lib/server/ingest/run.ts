/**
 * The ingest itself, without touching the output folder: read every input, parse it, resolve its agency against
 * the registry (data/registry), drop repeated record ids, run the rules over the set and build the log. Reading
 * is injected so that tests can ingest from memory.
 */
import { PARSER_VERSION } from '../../report/parse';
import { applyRegistry } from '../../report/registry';
import { checkSet } from '../../report/rules';
import { SCHEMA_VERSION, type AnnualReport, type Finding, type Reject } from '../../report/schema';
import { loadRegistry, type RegistryData } from '../registry';
import { rejectDuplicates } from './dedupe';
import { assertComplete, buildIngestLog, type IngestLog } from './log';
import { parseFile, unreadableFile, type FileOutcome } from './parse-file';
import type { InputFile } from './walk';

/** Everything an ingest produces; the output writers turn it into files. */
export interface IngestResult {
	/** Sorted by id. */
	records: AnnualReport[];
	/** Per record (in id order) then across years, as `checkSet` lists them. */
	findings: Finding[];
	/** In input order. */
	rejects: Reject[];
	log: IngestLog;
}

export interface IngestOptions {
	/** YYYY-MM-DD for the MISSING rule; see `checkSet`. */
	asOf?: string | undefined;
	/** Called after each file (progress, warnings), with the record already resolved against the registry. */
	onFile?: ((outcome: FileOutcome, index: number, total: number) => void) | undefined;
	/**
	 * The agency registry each record is resolved against right after parsing, before dedupe and rules (so that a
	 * renamed agency is one agency for XY_CARRY and MISSING). Default: the project's (data/registry); `false` keeps
	 * the parser's name-derived agency and ids.
	 */
	registry?: RegistryData | false | undefined;
}

const byId = (a: AnnualReport, b: AnnualReport) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Ingests `inputs` (already in their final order, see `collectInputs`) read through `read`. A file that cannot
 * be read becomes an `unreadable` reject. Throws only when the log would not account for every file.
 */
export function ingest(
	inputs: readonly InputFile[],
	read: (input: InputFile) => Uint8Array,
	opts: IngestOptions = {}
): IngestResult {
	const files = inputs.map((i) => i.file);
	const registry = opts.registry === false ? null : (opts.registry ?? loadRegistry());
	const parsed = inputs.map((input, i) => {
		const outcome = resolved(readAndParse(input, read), registry);
		opts.onFile?.(outcome, i, files.length);
		return outcome;
	});
	const outcomes = rejectDuplicates(parsed);
	const records = outcomes.flatMap((o) => (o.status === 'record' ? [o.record] : [])).sort(byId);
	const rejects = outcomes.flatMap((o) => (o.status === 'reject' ? [o.reject] : []));
	const findings = checkSet(records, { asOf: opts.asOf });
	const log = buildIngestLog(outcomes, findings, {
		parserVersion: PARSER_VERSION,
		schemaVersion: SCHEMA_VERSION,
		asOf: opts.asOf ?? null
	});
	assertComplete(files, log, { records: records.length, rejects: rejects.length });
	return { records, findings, rejects, log };
}

function resolved(outcome: FileOutcome, data: RegistryData | null): FileOutcome {
	if (!data || outcome.status !== 'record') return outcome;
	return { ...outcome, record: applyRegistry(outcome.record, data.registry, data.divisions) };
}

function readAndParse(input: InputFile, read: (input: InputFile) => Uint8Array): FileOutcome {
	let bytes: Uint8Array;
	try {
		bytes = read(input);
	} catch (e) {
		return unreadableFile(input.file, e);
	}
	return parseFile(input.file, bytes);
}
