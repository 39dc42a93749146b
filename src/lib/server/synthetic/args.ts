/** Command-line arguments of `npm run data:synthetic` → generator options (pure; the CLI only does I/O). */
import { parseArgs } from 'node:util';
import { BREAK_RULES, DEFAULT_BREAK_SHARE, syntheticOptions, type BreakRule, type SyntheticInput, type SyntheticOptions } from './options';
import { defaultOutDir } from './guard';

/** Two workers: this machine's two cores. Fixed rather than per machine: Parquet row groups depend on it. */
export const DEFAULT_WORKERS = 2;

export const USAGE = `usage: npm run data:synthetic -- [--agencies N] [--years 2019-2025] [--seed S] [--out DIR] [options]

Writes a SYNTHETIC dataset (reports/cells/findings/agencies.parquet, gongkai.duckdb, manifest.json with
synthetic: true) of N agencies across the real GB/T 2260 regions, one report per agency and year.
  --agencies N            agencies (default 100000; × 7 years ≈ 700,000 reports)
  --years A-B             report years, inclusive (default 2019-2025; a single year also works)
  --seed S                unsigned 32-bit seed (default 1); same arguments → same data
  --out DIR               output folder (default ${defaultOutDir()}); refused inside the repository
                          unless --force, and never over a real (non-synthetic) dataset
  --break-share F         share of reports breaking each rule (default ${DEFAULT_BREAK_SHARE}), independently per rule:
                          ${BREAK_RULES.join(', ')}
  --break RULE=F          override one rule's share (repeatable)
  --late-share F          reports published after the deadline (default 0.05)
  --missing-share F       chance per agency and year that nothing is published (default 0.02; a third stop for good)
  --hybrid-share F        2021+ reports mixing the two formats (default 0.01)
  --old-template-share F  2021+ reports on the 2019 format (default 0.01)
  --cells | --no-cells    long-form cells for every report / none (default: all up to 50,000 reports, else none)
  --cells-sample F        long-form cells for a share F of the reports (by report id)
  --workers W             worker threads, each generating a contiguous share of the agencies (default ${DEFAULT_WORKERS});
                          the rows are the same for any W, the Parquet bytes for the same W
  --force                 allow an output folder inside the repository (it gets a .gitignore '*')
  --quiet                 no progress on stderr`;

export interface SyntheticArgs {
	options: SyntheticOptions;
	out: string;
	/** Worker threads (default {@link DEFAULT_WORKERS}, whatever the machine, so the same arguments give the same bytes). */
	workers: number;
	force: boolean;
	quiet: boolean;
	help: boolean;
}

export class ArgsError extends Error {}

function number(name: string, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const n = Number(text);
	if (text.trim() === '' || !Number.isFinite(n)) throw new ArgsError(`--${name} must be a number, got ${JSON.stringify(text)}`);
	return n;
}

function years(text: string | undefined): [number, number] | undefined {
	if (text === undefined) return undefined;
	const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
	if (!m) throw new ArgsError(`--years must be YYYY or YYYY-YYYY, got ${JSON.stringify(text)}`);
	return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Parses the arguments; throws {@link ArgsError} with a message for the user. */
export function parseSyntheticArgs(argv: readonly string[]): SyntheticArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			allowPositionals: false,
			options: {
				agencies: { type: 'string' },
				years: { type: 'string' },
				seed: { type: 'string' },
				out: { type: 'string', short: 'o' },
				'break-share': { type: 'string' },
				break: { type: 'string', multiple: true },
				'late-share': { type: 'string' },
				'missing-share': { type: 'string' },
				'hybrid-share': { type: 'string' },
				'old-template-share': { type: 'string' },
				cells: { type: 'boolean' },
				'no-cells': { type: 'boolean' },
				'cells-sample': { type: 'string' },
				workers: { type: 'string' },
				force: { type: 'boolean' },
				quiet: { type: 'boolean', short: 'q' },
				help: { type: 'boolean', short: 'h' }
			}
		}));
	} catch (e) {
		throw new ArgsError((e as Error).message);
	}
	const all = number('break-share', values['break-share']);
	const breakShare: Partial<Record<BreakRule, number>> = all === undefined ? {} : Object.fromEntries(BREAK_RULES.map((r) => [r, all]));
	for (const item of values.break ?? []) {
		const m = /^([A-Z0-9_]+)=(.+)$/.exec(item);
		if (!m || !(BREAK_RULES as readonly string[]).includes(m[1]!)) {
			throw new ArgsError(`--break must be RULE=share with RULE one of ${BREAK_RULES.join(', ')}; got ${JSON.stringify(item)}`);
		}
		breakShare[m[1] as BreakRule] = number('break', m[2]);
	}
	const cellModes = [values.cells, values['no-cells'], values['cells-sample'] !== undefined].filter(Boolean).length;
	if (cellModes > 1) throw new ArgsError('use only one of --cells, --no-cells and --cells-sample');
	const cellsShare = values.cells ? 1 : values['no-cells'] ? 0 : number('cells-sample', values['cells-sample']);
	const given = {
		agencies: number('agencies', values.agencies),
		years: years(values.years),
		seed: number('seed', values.seed),
		breakShare,
		lateShare: number('late-share', values['late-share']),
		missingShare: number('missing-share', values['missing-share']),
		hybridShare: number('hybrid-share', values['hybrid-share']),
		oldTemplateShare: number('old-template-share', values['old-template-share']),
		cellsShare
	};
	const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as SyntheticInput;
	let options: SyntheticOptions;
	try {
		options = syntheticOptions(defined);
	} catch (e) {
		const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
		throw new ArgsError(issues ? issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ') : (e as Error).message);
	}
	const workers = number('workers', values.workers) ?? DEFAULT_WORKERS;
	if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new ArgsError(`--workers must be an integer from 1 to 64, got ${workers}`);
	return { options, out: values.out ?? defaultOutDir(), workers, force: !!values.force, quiet: !!values.quiet, help: !!values.help };
}

