/**
 * `npm run bench:first-paint`: navigation → first chart painted on the overview (/), DESIGN.md §6 (budget ≤ 400 ms),
 * against the DuckDB-first time measured in the same page loads (navigation → the live chart drawn by ECharts from
 * DuckDB-wasm's answer, which is when a page without the prerendered first paint shows its first chart; ≈ 1.7 s).
 *
 * Builds the site when build/ has no prerendered overview (or with --build), serves build/ with the plain static
 * server of the e2e tests (no gzip), and per run launches a fresh Debian Chromium (the e2e flags, a new profile),
 * opens / at 1366×768 and measures in the page, relative to navigation start (performance.now()):
 *   firstChart  when the first prerendered chart reached the screen: each build-time SVG marks its first text with
 *               `elementtiming` (src/lib/server/first-paint), and the Element Timing API reports the frame that
 *               painted it (presentationTime: the frame on screen, after raster and compositing; renderTime where
 *               the browser has no presentationTime);
 *   firstChartRaf  the previous measure, for comparison: the second animation frame after the first `svg path`
 *               entered the DOM (it says when the main thread moved on, not when the frame was shown);
 *   live        the live trend chart (`data-ready="true"`, drawn by ECharts in the browser) with the overview's
 *               `data-state="ready"`, at the second animation frame after it was drawn;
 *   fcp         first-contentful-paint (presentationTime), for reference.
 * Each run also opens / in a new tab of the same, already running browser with its HTTP cache emptied (`warmBrowser`):
 * a cold browser pays its own start-up (processes, CJK fonts, first script compiles) inside the first navigation.
 * `quietBrowser` repeats both in a Chromium that does not build its own omnibox popup (a WebUI page with its own
 * scripts) for every new tab, which headless Chromium 156 does while the measured page loads and which competes with
 * it for the two cores (seen in traces); a user's browser has that UI loaded already. Only the first chart there.
 * Writes medians, p95, min/max and the ratio to bench/results/first-paint.json. Timings are never asserted.
 *
 *   npm run bench:first-paint -- --runs 9 --build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, CHROMIUM_PATH, launchBrowser } from '../tests/e2e/harness';
import { serveStatic } from '../tests/e2e/server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/results/first-paint.json');
const BUDGET_MS = 400;

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Math.max(7, Number(arg('runs') ?? 9));
const FORCE_BUILD = process.argv.includes('--build');

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: readonly number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const stats = (xs: number[]) => ({
	runsMs: xs.map((x) => round(x)),
	medianMs: round(median(xs)),
	p95Ms: round(percentile(xs, 95)),
	minMs: round(Math.min(...xs)),
	maxMs: round(Math.max(...xs))
});

function gitCommit(): string | null {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
		return dirty ? `${sha}+dirty` : sha;
	} catch {
		return null;
	}
}

function chromiumVersion(): string {
	try {
		return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return 'unknown';
	}
}

/** The built overview has the prerendered charts (an older build without them would measure the wrong page). */
function ensureBuild(): void {
	const index = join(BUILD_DIR, 'index.html');
	if (!FORCE_BUILD && existsSync(index) && readFileSync(index, 'utf8').includes('data-prerendered="true"')) return;
	console.log('building the site (vite build)…');
	execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** Runs in the page before any of its scripts: timestamps of the first prerendered chart and of the live chart. */
const PROBE = `(() => {
	const t = { firstChart: null, firstChartId: null, firstChartRaf: null, live: null, fcp: null, firstWasPrerendered: null };
	window.__bench = t;
	const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { if (t[key] === null) t[key] = performance.now(); }));
	let first = false, live = false;
	const check = () => {
		const path = first ? null : document.querySelector('[data-testid^="chart-"] svg path');
		if (path) { first = true; t.firstWasPrerendered = !!path.closest('[data-prerendered="true"]'); painted('firstChartRaf'); }
		if (!live && document.querySelector('[data-testid="overview"][data-state="ready"] [data-testid="chart-trend"][data-ready="true"] svg path')) { live = true; painted('live'); }
		if (first && live) observer.disconnect();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, attributes: true });
	const shown = (e) => e.presentationTime || e.renderTime || e.startTime;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (!e.identifier.startsWith('chart-')) continue;
			if (t.firstChart === null || shown(e) < t.firstChart) { t.firstChart = shown(e); t.firstChartId = e.identifier; }
		}
	}).observe({ type: 'element', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = shown(e);
	}).observe({ type: 'paint', buffered: true });
})();`;

/** Chromium's per-tab omnibox popup (a WebUI page) off: see `quietBrowser` above. */
const QUIET_FLAGS = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,OmniboxFullWebUI,OmniboxAimWebUI'];

interface Run {
	firstChart: number;
	firstChartId: string;
	firstChartRaf: number;
	/** null when the run did not wait for the live chart (quietBrowser). */
	live: number | null;
	fcp: number | null;
	prerendered: boolean;
}
type Probe = Omit<Run, 'prerendered'> & { firstWasPrerendered: boolean };

/**
 * One page load in `browser`, measured by PROBE. `clearCache`: the HTTP cache is emptied first (a first visit).
 * `live`: also wait for the live chart (DuckDB-first).
 */
async function load(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, clearCache: boolean, live: boolean): Promise<Run> {
	const page = await browser.newPage();
	try {
		await page.setViewportSize({ width: 1366, height: 768 });
		if (clearCache) {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Network.clearBrowserCache');
		}
		await page.addInitScript(PROBE);
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(
			(live) => {
				const b = (window as unknown as { __bench?: Probe }).__bench;
				return b?.firstChart != null && b.firstChartRaf != null && (!live || b.live != null);
			},
			live,
			{ timeout: 180_000, polling: 50 }
		);
		const r = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
		return { firstChart: r.firstChart, firstChartId: r.firstChartId, firstChartRaf: r.firstChartRaf, live: live ? r.live : null, fcp: r.fcp, prerendered: r.firstWasPrerendered };
	} finally {
		await page.close();
	}
}

/**
 * One run: a freshly started Chromium opens / (cold: the browser's own start-up work — processes, fonts, the
 * first compile of every script — falls inside this navigation), then a new tab of the same browser opens / again
 * with its HTTP cache emptied (warm browser, first visit to the site: what a user with a running browser sees).
 */
async function once(url: string, flags: readonly string[], live: boolean): Promise<{ cold: Run; warm: Run }> {
	const browser = await launchBrowser(flags);
	try {
		const cold = await load(browser, url, false, live);
		const warm = await load(browser, url, true, live);
		return { cold, warm };
	} finally {
		await browser.close();
	}
}

/** The figures of one set of loads. */
function summary(rs: Run[]) {
	const firstChart = stats(rs.map((r) => r.firstChart));
	const lives = rs.map((r) => r.live).filter((x): x is number => x !== null);
	const fcps = rs.map((r) => r.fcp).filter((x): x is number => x !== null);
	const duckdbFirst = lives.length ? stats(lives) : null;
	return {
		firstChart,
		/** Which chart was painted first, per run (an Element Timing identifier). */
		firstChartIds: [...new Set(rs.map((r) => r.firstChartId))],
		firstChartRaf: stats(rs.map((r) => r.firstChartRaf)),
		...(duckdbFirst ? { duckdbFirst } : {}),
		fcp: fcps.length ? stats(fcps) : null,
		/** How many times sooner the first chart is painted than the DuckDB-first page's (medians). */
		...(duckdbFirst ? { ratio: round(duckdbFirst.medianMs / firstChart.medianMs, 2) } : {}),
		withinBudget: firstChart.medianMs <= BUDGET_MS
	};
}

async function main(): Promise<void> {
	ensureBuild();
	const site = await serveStatic(BUILD_DIR);
	const loadBefore = os.loadavg()[0] ?? 0;
	const cold: Run[] = [];
	const warm: Run[] = [];
	const quietCold: Run[] = [];
	const quietWarm: Run[] = [];
	const ms = (x: number | null) => (x === null ? '—' : `${round(x)} ms`);
	try {
		await once(`${site.url}/`, [], false); // warm-up (disk cache of the build, Chromium's first start): not counted
		for (let i = 0; i < RUNS; i++) {
			const std = await once(`${site.url}/`, [], true);
			const quiet = await once(`${site.url}/`, QUIET_FLAGS, false);
			cold.push(std.cold);
			warm.push(std.warm);
			quietCold.push(quiet.cold);
			quietWarm.push(quiet.warm);
			console.log(
				`run ${i + 1}/${RUNS}: first chart cold ${ms(std.cold.firstChart)} · warm ${ms(std.warm.firstChart)} · quiet cold ${ms(quiet.cold.firstChart)} · quiet warm ${ms(quiet.warm.firstChart)} | live cold ${ms(std.cold.live)} · warm ${ms(std.warm.live)}`
			);
		}
	} finally {
		await site.close();
	}
	const coldSummary = summary(cold);
	const result = {
		benchmark: 'overview (/) navigation → first chart on screen (prerendered SVG) vs DuckDB-first (live chart), same page loads',
		date: new Date().toISOString(),
		commit: gitCommit(),
		budgetMs: BUDGET_MS,
		runs: RUNS,
		/** Runs whose first chart was the build-time SVG (all of them, unless the page is broken). */
		firstChartPrerendered: cold.filter((r) => r.prerendered).length,
		page: { url: '/', viewport: '1366x768', htmlBytes: statSync(join(BUILD_DIR, 'index.html')).size, server: 'tests/e2e/server.ts (plain, no gzip)' },
		/** A freshly started Chromium (the e2e flags), first navigation. */
		...coldSummary,
		/** The same page in a new tab of the browser that is already running, HTTP cache emptied first. */
		warmBrowser: summary(warm),
		/** Chromium without its per-tab omnibox popup WebUI (`flags` on top of the e2e ones): first chart only. */
		quietBrowser: { flags: QUIET_FLAGS, cold: summary(quietCold), warm: summary(quietWarm) },
		machine: {
			cpu: os.cpus()[0]?.model ?? 'unknown',
			logicalCores: os.cpus().length,
			node: process.version,
			chromium: chromiumVersion(),
			platform: `${os.platform()} ${os.release()} ${os.arch()}`,
			totalMemoryGiB: round(os.totalmem() / 2 ** 30),
			/** 1-minute load average before and after: other processes on the machine slow the runs down. */
			loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0] ?? 0, 2) }
		}
	};
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
	const line = (name: string, x: ReturnType<typeof summary>) =>
		`${name}: first chart median ${x.firstChart.medianMs} ms, p95 ${x.firstChart.p95Ms} ms (budget ${BUDGET_MS} ms)` +
		(x.duckdbFirst ? ` · DuckDB-first median ${x.duckdbFirst.medianMs} ms · ${x.ratio}× sooner` : '');
	console.log(line('cold browser', coldSummary));
	console.log(line('warm browser', result.warmBrowser));
	console.log(line('quiet cold', result.quietBrowser.cold));
	console.log(line('quiet warm', result.quietBrowser.warm));
	console.log(`load ${result.machine.loadAverage1m.before}→${result.machine.loadAverage1m.after} · written to ${OUT}`);
}

await main();
