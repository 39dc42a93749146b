/**
 * `npm run -s parse -- <file> [--out <record.json>]`: one report file → its record as JSON on stdout or in the
 * --out file (exit 0), or the reason it is rejected on stderr (exit 2). Usage errors and unreadable paths exit 1.
 * See src/cli/README.md.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFile } from '../lib/server/ingest';
import { describeReject, EXIT, quietEpipe, warn } from './io';

const USAGE = `usage: npm run -s parse -- <file> [--out <record.json>]
       tsx src/cli/parse.ts <file> [--out <record.json>]

Parses one 政府信息公开工作年度报告 (.txt or .html; UTF-8 or GB18030) and prints the record as JSON
(or writes it to --out). Use \`npm run -s\`: without -s npm prints its own "> gongkai parse" banner on stdout.
Exit codes: 0 record printed · 1 usage error or unreadable path · 2 the file is rejected (reason on stderr).`;

function main(argv: string[]): number {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } }
		});
	} catch (e) {
		warn(`gongkai parse: ${(e as Error).message}`, '', USAGE);
		return EXIT.usage;
	}
	if (args.values.help) {
		process.stdout.write(`${USAGE}\n`);
		return EXIT.ok;
	}
	const [file, ...extra] = args.positionals;
	if (file === undefined || extra.length > 0) {
		warn(file === undefined ? 'gongkai parse: no file given' : 'gongkai parse: give exactly one file', '', USAGE);
		return EXIT.usage;
	}
	let bytes: Buffer;
	try {
		if (!statSync(file).isFile()) throw new Error('not a file');
		bytes = readFileSync(file);
	} catch (e) {
		warn(`gongkai parse: cannot read ${file}: ${(e as Error).message}`, '', USAGE);
		return EXIT.usage;
	}
	const outcome = parseFile(file, bytes);
	if (outcome.encoding !== 'utf-8') warn(`gongkai parse: ${file}: decoded as ${outcome.encoding}`);
	if (outcome.status === 'reject') {
		warn(describeReject('gongkai parse', outcome.reject));
		return EXIT.rejected;
	}
	const json = `${JSON.stringify(outcome.record, null, 2)}\n`;
	if (args.values.out === undefined) process.stdout.write(json);
	else writeFileSync(args.values.out, json);
	return EXIT.ok;
}

quietEpipe();
process.exitCode = main(process.argv.slice(2));
