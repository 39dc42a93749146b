/**
 * The files an ingest writes. Each output is one {@link OutputWriter}; adding Parquet or DuckDB outputs means
 * adding a writer to the list. Files are written to a temporary name and renamed, so a reader never sees half a
 * file, and ingest-log.json is written last, so its presence marks a finished ingest.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestResult } from './run';

export interface OutputWriter {
	/** Short name for messages, e.g. `json`. */
	name: string;
	/** The file names it writes into the output folder. */
	files: readonly string[];
	write: (dir: string, result: IngestResult) => void | Promise<void>;
}

/** Writes `data` to `dir/name` via a temporary file. */
export function writeFileAtomic(dir: string, name: string, data: string | Uint8Array): void {
	const tmp = join(dir, `.${name}.${process.pid}.tmp`);
	writeFileSync(tmp, data);
	renameSync(tmp, join(dir, name));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** records.json, findings.json and rejects.json. */
export const jsonOutputs: OutputWriter = {
	name: 'json',
	files: ['records.json', 'findings.json', 'rejects.json'],
	write(dir, r) {
		writeFileAtomic(dir, 'records.json', json(r.records));
		writeFileAtomic(dir, 'findings.json', json(r.findings));
		writeFileAtomic(dir, 'rejects.json', json(r.rejects));
	}
};

/** ingest-log.json; always runs last. */
export const logOutput: OutputWriter = {
	name: 'log',
	files: ['ingest-log.json'],
	write: (dir, r) => writeFileAtomic(dir, 'ingest-log.json', json(r.log))
};

/** The outputs of `npm run ingest`, in writing order (the log stays last). */
export const DEFAULT_OUTPUTS: readonly OutputWriter[] = [jsonOutputs, logOutput];

/** Creates `dir` if needed and runs every writer in order; returns the files written. */
export async function writeOutputs(
	dir: string,
	result: IngestResult,
	writers: readonly OutputWriter[] = DEFAULT_OUTPUTS
): Promise<string[]> {
	mkdirSync(dir, { recursive: true });
	for (const w of writers) await w.write(dir, result);
	return writers.flatMap((w) => w.files);
}
