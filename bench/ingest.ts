/**
 * `npm run bench:ingest`: parse + single-record validation throughput on one core (DESIGN.md §6: ≥ 2,000
 * reports/s). Loads every report under ../shared/reports, repeats the set to at least 10,000 documents (each copy
 * decoded from the bytes again, so no run sees a string another run already scanned), and times 5 runs of
 * `parseReport` + `checkRecord` for every document in this thread (no workers). A trivial baseline is timed in the
 * same process, so that the ratio says how much work parsing is next to touching every character once.
 * Writes bench/results/ingest.json and prints a table. Timings are measured, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, PARSER_VERSION } from '../src/lib/report/parse';
import { checkRecord } from '../src/lib/report/rules';
import { decodeText, REPORT_FILE, sha256Hex } from '../src/lib/server/ingest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/reports');
const OUT = join(ROOT, 'bench/results/ingest.json');
const MIN_DOCS = 10_000;
const RUNS = 5;
const TARGET = 2_000;

interface Doc {
	fileName: string;
	text: string;
}

interface Series {
	runsMs: number[];
	reportsPerSec: { median: number; min: number; max: number };
}

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function series(runsMs: number[], docs: number): Series {
	const rates = runsMs.map((ms) => (docs * 1000) / ms);
	return {
		runsMs: runsMs.map((ms) => round(ms)),
		reportsPerSec: { median: round(median(rates)), min: round(Math.min(...rates)), max: round(Math.max(...rates)) }
	};
}

/** Collects garbage left by the previous measurement (needs node --expose-gc), so it is not billed to this one. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time(fn: () => void): number {
	collect();
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

function gitCommit(): string | null {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
		return dirty ? `${head}+dirty` : head;
	} catch {
		return null;
	}
}

function main() {
	const loadBefore = os.loadavg()[0] ?? 0;
	const files = readdirSync(CORPUS)
		.filter((f) => REPORT_FILE.test(f))
		.sort();
	if (files.length === 0) throw new Error(`bench:ingest: no report files in ${CORPUS}`);
	const bytes = files.map((f) => new Uint8Array(readFileSync(join(CORPUS, f))));
	const repeats = Math.ceil(MIN_DOCS / files.length);
	const docs: Doc[] = [];
	for (let r = 0; r < repeats; r++) {
		files.forEach((f, i) => docs.push({ fileName: f, text: decodeText(bytes[i]!).text }));
	}
	const totalBytes = bytes.reduce((s, b) => s + b.length, 0);

	let records = 0;
	let rejects = 0;
	let parseMs = 0;
	let checkMs = 0;
	let findings = 0;
	const parseAndValidate = () => {
		records = rejects = findings = 0;
		parseMs = checkMs = 0;
		for (const d of docs) {
			const t0 = performance.now();
			const r = parseReport({ text: d.text, fileName: d.fileName, sha256: null });
			const t1 = performance.now();
			parseMs += t1 - t0;
			if (!r.ok) {
				rejects++;
				continue;
			}
			records++;
			findings += checkRecord(r.record).length;
			checkMs += performance.now() - t1;
		}
	};
	let sink = 0;
	const baseline = () => {
		for (const d of docs) sink += JSON.stringify(d.text).length;
	};
	const decodeAndHash = () => {
		for (let r = 0; r < repeats; r++) for (const b of bytes) sink += decodeText(b).text.length + sha256Hex(b).length;
	};

	// Warm-up: one pass over the distinct files, so the first timed run is not the JIT's.
	for (let i = 0; i < files.length; i++) {
		const r = parseReport({ text: docs[i]!.text, fileName: docs[i]!.fileName });
		if (r.ok) checkRecord(r.record);
	}
	baseline();

	const pv: number[] = [];
	const parseOnly: number[] = [];
	const checkOnly: number[] = [];
	const base: number[] = [];
	const dec: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		base.push(time(baseline));
		dec.push(time(decodeAndHash));
		pv.push(time(parseAndValidate));
		parseOnly.push(parseMs);
		checkOnly.push(checkMs);
		process.stderr.write(`run ${run + 1}/${RUNS}: ${round((docs.length * 1000) / pv.at(-1)!)} reports/s\n`);
	}

	const main = series(pv, docs.length);
	const baseS = series(base, docs.length);
	const result = {
		benchmark: 'ingest: parseReport + checkRecord per document, one core, no workers',
		date: new Date().toISOString(),
		commit: gitCommit(),
		parserVersion: PARSER_VERSION,
		machine: {
			cpu: os.cpus()[0]?.model ?? 'unknown',
			logicalCores: os.cpus().length,
			node: process.version,
			v8: process.versions.v8,
			platform: `${os.platform()} ${os.release()} ${os.arch()}`,
			totalMemoryGiB: round(os.totalmem() / 2 ** 30),
			/** 1-minute load average before and after: other processes on the machine slow the runs down. */
			loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0] ?? 0, 2) }
		},
		corpus: {
			dir: '../shared/reports',
			files: files.length,
			bytes: totalBytes,
			repeats,
			documents: docs.length,
			recordsPerRun: records,
			rejectsPerRun: rejects,
			findingsPerRun: findings
		},
		runs: RUNS,
		targetReportsPerSec: TARGET,
		parseAndValidate: {
			...main,
			parseMsMedian: round(median(parseOnly)),
			checkRecordMsMedian: round(median(checkOnly)),
			meanMsPerReport: round(median(pv) / docs.length, 3)
		},
		baseline: { what: 'JSON.stringify(text) of every document (touches every character once)', ...baseS },
		decodeAndSha256: {
			what: 'TextDecoder (UTF-8, GB18030 fallback) + sha256 of every document’s bytes (the ingest I/O edge, not in the main figure)',
			...series(dec, docs.length)
		},
		ratioToBaseline: round(median(pv) / median(base)),
		meetsTarget: main.reportsPerSec.median >= TARGET
	};
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

	const row = (name: string, s: Series) =>
		`${name.padEnd(28)} ${String(s.reportsPerSec.median).padStart(12)} ${String(s.reportsPerSec.min).padStart(12)} ${String(s.reportsPerSec.max).padStart(12)}`;
	console.log(`${result.machine.cpu} · ${result.machine.node} · ${docs.length} documents (${files.length} files × ${repeats}) · ${RUNS} runs`);
	console.log(`${'reports/s'.padEnd(28)} ${'median'.padStart(12)} ${'min'.padStart(12)} ${'max'.padStart(12)}`);
	console.log(row('parse + checkRecord', main));
	console.log(row('baseline (JSON.stringify)', baseS));
	console.log(row('decode + sha256', result.decodeAndSha256));
	console.log(
		`parse ${result.parseAndValidate.parseMsMedian} ms + checkRecord ${result.parseAndValidate.checkRecordMsMedian} ms per run (median); ` +
			`${result.ratioToBaseline}× the baseline; target ${TARGET}/s: ${result.meetsTarget ? 'met' : 'NOT met'}`
	);
	console.log(`→ ${basename(dirname(OUT))}/${basename(OUT)}`);
	if (sink < 0) console.log(sink); // keeps the baseline's work observable
}

main();
