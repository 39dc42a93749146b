/**
 * `npm run data:synthetic -- --agencies N --years 2019-2025 --seed S --out DIR`: a SYNTHETIC national-scale
 * dataset for the scale work (src/lib/server/synthetic, README.md there). Never written inside the repository
 * unless --force; never over a real dataset. Thin I/O around `writeSynthetic()`.
 * Exit codes: 0 written · 1 usage error or refused output folder · 3 the generation failed (nothing written).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, USAGE, parseSyntheticArgs, type SyntheticArgs } from '../lib/server/synthetic/args';
import { ignoreInGit, isInside, outDirProblem } from '../lib/server/synthetic/guard';
import { writeSynthetic } from '../lib/server/synthetic';
import { EXIT, warn } from './io';

/** Exit code when the generation itself fails (0: written; 1: usage error or refused output folder). */
const FAILED = 3;

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

async function main(argv: string[]): Promise<number> {
	let args: SyntheticArgs;
	try {
		args = parseSyntheticArgs(argv);
	} catch (e) {
		if (!(e instanceof ArgsError)) throw e;
		warn(`gongkai data:synthetic: ${e.message}`, '', USAGE);
		return EXIT.usage;
	}
	if (args.help) {
		process.stdout.write(`${USAGE}\n`);
		return EXIT.ok;
	}
	const out = resolve(args.out);
	const problem = outDirProblem(out, ROOT, args.force);
	if (problem) {
		warn(`gongkai data:synthetic: ${problem}`);
		return EXIT.usage;
	}
	const o = args.options;
	const expected = o.agencies * (o.years[1] - o.years[0] + 1);
	if (!args.quiet) warn(`gongkai data:synthetic: ${o.agencies} agencies × ${o.years[0]}–${o.years[1]} (≈${expected} reports), seed ${o.seed} → ${out}`);
	const started = performance.now();
	let summary;
	try {
		summary = await writeSynthetic(out, o, {
			workers: args.workers,
			progressEvery: Math.max(1_000, Math.round(o.agencies / 20)),
			progress: args.quiet
				? undefined
				: (p) => warn(`  ${p.agencies}/${p.of} agencies, ${p.reports} reports, ${((performance.now() - started) / 1000).toFixed(0)} s`)
		});
	} catch (e) {
		warn(`gongkai data:synthetic: failed, nothing written to ${out}: ${e instanceof Error ? e.message : String(e)}`);
		return FAILED;
	}
	if (isInside(out, ROOT)) ignoreInGit(out);
	const c = summary.manifest.counts;
	const size = summary.manifest.files.reduce((s, f) => s + f.bytes, 0);
	warn(
		`gongkai data:synthetic: ${c.reports} reports, ${c.agencies} agencies, ${c.findings} findings, ${c.cells} cells, ` +
			`${(size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out} (manifest: synthetic: true)`
	);
	return EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
