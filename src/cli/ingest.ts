/**
 * `npm run ingest -- <files or folders...> --out <dir> [--as-of YYYY-MM-DD]`: parses every report file, runs the
 * rules over the set and writes records.json, findings.json, rejects.json, the dataset (Parquet, gongkai.duckdb,
 * manifest.json) and ingest-log.json into <dir> (src/lib/server/ingest, src/lib/server/dataset). Thin I/O around
 * `ingest()`; see src/cli/README.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { collectInputs, ingest, InputPathError, writeOutputs, type IngestResult } from '../lib/server/ingest';
import { EXIT, isCalendarDate, warn } from './io';

const USAGE = `usage: npm run ingest -- <files or folders...> --out <dir> [--as-of YYYY-MM-DD]

Folders are walked recursively for .html, .htm and .txt files; files named directly are always read.
--out     folder to write records.json, findings.json, rejects.json, reports/cells/findings/agencies.parquet,
          gongkai.duckdb, manifest.json and ingest-log.json into (created if needed)
--as-of   "today" for the MISSING rule (a year whose report is overdue on that date is reported missing)
Every input file ends up in ingest-log.json, as a record or as a reject with its reason.`;

async function main(argv: string[]): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string', short: 'o' },
				'as-of': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		return usage((e as Error).message);
	}
	const { values, positionals } = args;
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return EXIT.ok;
	}
	if (positionals.length === 0) return usage('no input files or folders given');
	if (!values.out) return usage('--out <dir> is required');
	const asOf = values['as-of'];
	if (asOf !== undefined && !isCalendarDate(asOf)) return usage(`--as-of must be a date YYYY-MM-DD, got ${asOf}`);

	let inputs;
	try {
		inputs = collectInputs(positionals);
	} catch (e) {
		if (e instanceof InputPathError) return usage(e.message);
		throw e;
	}
	const result = ingest(inputs, (input) => readFileSync(input.path), {
		asOf,
		onFile: (o) => {
			if (o.status === 'reject' && o.reject.reason === 'unreadable') warn(`gongkai ingest: ${o.file}: ${o.reject.message.en}`);
		}
	});
	await writeOutputs(values.out, result);
	warn(summary(result, values.out));
	return EXIT.ok;
}

function usage(problem: string): number {
	warn(`gongkai ingest: ${problem}`, '', USAGE);
	return EXIT.usage;
}

/** `110 inputs → 50 records, 60 rejects (incomplete 58, duplicate 2), 123 findings → out/` */
function summary({ log }: IngestResult, out: string): string {
	const c = log.counts;
	const reasons = Object.entries(c.rejectsByReason)
		.filter(([, n]) => n > 0)
		.map(([r, n]) => `${r} ${n}`)
		.join(', ');
	return `gongkai ingest: ${c.inputs} inputs → ${c.records} records, ${c.rejects} rejects${reasons ? ` (${reasons})` : ''}, ${c.findings} findings → ${out}`;
}

process.exitCode = await main(process.argv.slice(2));
