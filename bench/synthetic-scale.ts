/**
 * Scale benchmark of the synthetic generator (src/lib/server/synthetic): builds ≈700,000 agency-years and writes
 * the wall and CPU time, peak memory and output sizes to bench/results/synthetic.json. Not part of `npm test`.
 *
 *   npx tsx bench/synthetic-scale.ts [--agencies 100000] [--workers 2] [--out /tmp/gongkai-synthetic-bench]
 *
 * The machine is shared: the load average before and after is recorded next to the numbers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticOptions, writeSynthetic } from '../src/lib/server/synthetic';

const { values } = parseArgs({
	options: { agencies: { type: 'string' }, workers: { type: 'string' }, out: { type: 'string' } }
});
const agencies = Number(values.agencies ?? 100_000);
const workers = Number(values.workers ?? 2);
const out = values.out ?? join(tmpdir(), 'gongkai-synthetic-bench');
const opts = syntheticOptions({ agencies, years: [2019, 2025], seed: 1 });

const load = loadavg().map((x) => Math.round(x * 100) / 100);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = await writeSynthetic(out, opts, {
	workers,
	progressEvery: 10_000,
	progress: (p) => process.stderr.write(`  ${p.agencies}/${p.of} agencies, ${p.reports} reports, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)
});
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const { counts, files } = summary.manifest;
const result = {
	date: new Date().toISOString(),
	node: process.version,
	cpus: availableParallelism(),
	loadAverageBefore: load,
	loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
	options: { agencies, years: opts.years, seed: opts.seed, workers, cellsShare: opts.cellsShare },
	counts: { reports: counts.reports, findings: counts.findings, agencies: counts.agencies, cells: counts.cells },
	wallSeconds: Math.round(wallMs / 100) / 10,
	phases: { generateSeconds: Math.round(summary.timings.generate / 100) / 10, filesSeconds: Math.round(summary.timings.files / 100) / 10 },
	cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
	reportsPerSecond: Math.round(counts.reports / (wallMs / 1000)),
	maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
	filesMB: Object.fromEntries(files.map((f) => [f.name, Math.round(f.bytes / 1e5) / 10]))
};
const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'synthetic.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
