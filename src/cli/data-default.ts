/**
 * `npm run data:default`: ingests the real reports in ../shared/reports into data/default/ (the bundled default
 * dataset, committed): records.json, findings.json, rejects.json, the dataset files (Parquet, gongkai.duckdb,
 * manifest.json) and ingest-log.json. Reproducible: the manifest's builtAt is the latest publication date of the
 * reports, not the clock, so a rerun on the same inputs gives the same JSON files and manifest counts.
 * (Parquet and .duckdb bytes, and so the manifest's hashes, are not guaranteed stable across DuckDB versions.)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtAtOf } from '../lib/server/dataset';
import { collectInputs, datasetOutput, ingest, jsonOutputs, logOutput, writeOutputs } from '../lib/server/ingest';
import { EXIT, warn } from './io';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const REPORTS = resolve(ROOT, '../shared/reports');
const OUT = resolve(ROOT, 'data/default');

async function main(): Promise<number> {
	if (!existsSync(REPORTS) || !statSync(REPORTS).isDirectory()) {
		warn(
			`gongkai data:default: ${REPORTS} is missing.`,
			'The default dataset is built from the real reports in ../shared/reports (next to this repository);',
			'nothing was written.'
		);
		return EXIT.usage;
	}
	// Paths relative to the project root, whatever the working folder, so ingest-log.json is the same everywhere.
	const inputs = collectInputs([REPORTS], ROOT);
	const result = ingest(inputs, (input) => readFileSync(input.path));
	const dataset = datasetOutput({
		builtAt: builtAtOf(result.records),
		synthetic: false,
		source: `${inputs.length} published report files in ../shared/reports (real reports; every file is listed in ingest-log.json)`
	});
	await writeOutputs(OUT, result, [jsonOutputs, dataset, logOutput]);
	const c = result.log.counts;
	warn(`gongkai data:default: ${c.inputs} inputs → ${c.records} records, ${c.rejects} rejects, ${c.findings} findings → ${relative(process.cwd(), OUT) || '.'}`);
	return EXIT.ok;
}

process.exitCode = await main();
