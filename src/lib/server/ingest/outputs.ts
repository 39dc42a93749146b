/**
 * The files an ingest writes. Each output is one {@link OutputWriter}: the JSON files, the dataset (Parquet,
 * gongkai.duckdb, manifest.json; src/lib/server/dataset) and the log. Files are written to a temporary name and
 * renamed, so a reader never sees half a file, and ingest-log.json is written last, so its presence marks a
 * finished ingest.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, deriveAgencies, withRegistryNames, writeDataset, type DatasetOptions } from '../dataset';
import { loadRegistry } from '../registry';
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

/**
 * reports/cells/findings/agencies as Parquet and gongkai.duckdb, and manifest.json (DESIGN.md §4). `opts` sets
 * the manifest's build time (default now), `synthetic` and `source`; the parser version is the log's. The
 * agencies are those of the records, named and aliased as in the project's registry (data/registry).
 */
export function datasetOutput(opts: DatasetOptions = {}): OutputWriter {
	return {
		name: 'dataset',
		files: DATASET_FILES,
		async write(dir, r) {
			const agencies = withRegistryNames(deriveAgencies(r.records), loadRegistry().registry.agencies);
			await writeDataset(dir, { ...r, agencies }, { parserVersion: r.log.parserVersion, ...opts });
		}
	};
}

/** ingest-log.json; always runs last. */
export const logOutput: OutputWriter = {
	name: 'log',
	files: ['ingest-log.json'],
	write: (dir, r) => writeFileAtomic(dir, 'ingest-log.json', json(r.log))
};

/** The outputs of `npm run ingest`, in writing order (the log stays last). */
export const DEFAULT_OUTPUTS: readonly OutputWriter[] = [jsonOutputs, datasetOutput(), logOutput];

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
