/**
 * `npm run bench:filters -- [--data DIR] [--rounds N]`: filter change → every visible panel of the overview updated,
 * and the page's memory, at national scale (DESIGN.md §6: ≤ 100 ms p95 at ≈700k agency-years; ≤ 600 MB).
 *
 * DIR is a dataset written by `npm run data:synthetic` (default /tmp/synth700; the script says how to make it). The
 * built site (build/, `vite build` first) is served by the plain static server of the e2e tests, with DIR mounted
 * at /data/default/ so the page loads it as its dataset, exactly as it loads the bundled one. In the same run, the
 * same changes are timed on the bundled dataset (104 reports): the baseline, i.e. the cost of the page itself.
 *
 * One change = a user's select in the filter bar (level, kind, single year, province, back to all), on a 1366×768
 * window at the top of the page. Timed in the page from the change event: to the frame after every panel that was
 * on screen shows rows for the new filters (the budget), and to the frame after every panel is ready. The
 * memory, after the changes, is the page's renderer process, read from /proc: its resident set, private part and
 * peak (DuckDB's wasm heap lives in its worker, inside that process); all renderers and the browser process too.
 * Medians, p95 and ratios go to bench/results/filter-latency.json. Nothing here is asserted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/harness';
import { serveStatic } from '../tests/e2e/server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build');
const OUT = join(ROOT, 'bench/results/filter-latency.json');

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const quantile = (xs: readonly number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return NaN;
	const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
	return s[i]!;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** One process's memory (MB), from /proc/PID/status. */
interface ProcessMemory {
	/** Resident set: private pages and the shared ones it maps (Chromium's code, fonts). */
	rss: number;
	/** Anonymous resident pages: the process's own memory (Chromium's "private memory footprint" on Linux). */
	private: number;
	/** The largest resident set it ever had (VmHWM). */
	peak: number;
}

/**
 * The memory of the Chromium processes this run started: the largest renderer (the page: its DOM, scripts and
 * DuckDB's worker with the wasm heap), every renderer together (Chromium's own pages too), and the browser
 * process (which holds Blobs, the downloaded .duckdb among them, when it does not page them to disk).
 */
function chromiumMemory(): { page: ProcessMemory; renderers: { rss: number; processes: number }; browser: ProcessMemory } {
	const parent = new Map<number, number>();
	const mem = new Map<number, ProcessMemory>();
	const type = new Map<number, string>();
	const kb = (status: string, key: string) => round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const status = readFileSync(`/proc/${d}/status`, 'utf8');
			const pid = Number(d);
			parent.set(pid, Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
			mem.set(pid, { rss: kb(status, 'VmRSS'), private: kb(status, 'RssAnon'), peak: kb(status, 'VmHWM') });
			const cmdline = readFileSync(`/proc/${d}/cmdline`, 'utf8');
			type.set(pid, /--type=([\w-]+)/.exec(cmdline)?.[1] ?? (/chrom/i.test(cmdline) ? 'browser' : 'other'));
		} catch {
			// the process ended while we looked
		}
	}
	const ours = (pid: number) => {
		for (let p = parent.get(pid) ?? 0, n = 0; p > 1 && n < 64; p = parent.get(p) ?? 0, n++) if (p === process.pid) return true;
		return false;
	};
	const none: ProcessMemory = { rss: 0, private: 0, peak: 0 };
	/** This run's processes of type `t`, the largest first. */
	const ofType = (t: string) => [...mem].filter(([pid]) => type.get(pid) === t && ours(pid)).map(([, m]) => m).sort((a, b) => b.rss - a.rss);
	const renderers = ofType('renderer');
	return {
		page: renderers[0] ?? none,
		renderers: { rss: round(renderers.reduce((a, m) => a + m.rss, 0)), processes: renderers.length },
		browser: ofType('browser')[0] ?? none
	};
}

/** Waits (in the page) until the overview is ready with every chart drawn; returns ms since navigation start. */
async function ready(page: Page): Promise<number> {
	// A function, not a string: Playwright evaluates a string predicate with eval, which the site's CSP refuses.
	await page.waitForFunction(
		() => {
			const el = document.querySelector<HTMLElement>('[data-testid="overview"]');
			if (!el || el.dataset.state !== 'ready') return false;
			return [...document.querySelectorAll('[data-testid^="chart-"]')].every((c) => c.querySelectorAll('svg path').length > 0);
		},
		undefined,
		{ timeout: 600_000, polling: 50 }
	);
	return page.evaluate('performance.now()') as Promise<number>;
}

/** The filter changes of one round: every level and kind, single years, the largest provinces, and back to all. */
async function changes(page: Page): Promise<{ name: string; value: string }[]> {
	const values = (name: string) =>
		page.evaluate(`[...document.querySelectorAll('select[name="${name}"] option')].map((o) => o.value).filter((v) => v !== '')`) as Promise<string[]>;
	const out: { name: string; value: string }[] = [];
	for (const v of await values('level')) out.push({ name: 'level', value: v }, { name: 'level', value: '' });
	for (const v of await values('kind')) out.push({ name: 'kind', value: v }, { name: 'kind', value: '' });
	const years = await values('yearFrom');
	for (const y of years.slice(-3)) out.push({ name: 'yearFrom', value: y }, { name: 'yearFrom', value: '' });
	for (const p of (await values('provinceCode')).slice(0, 4)) out.push({ name: 'provinceCode', value: p }, { name: 'provinceCode', value: '' });
	return out;
}

/**
 * One change, timed in the page from the change event: (1) to the frame after every panel that was on screen when
 * the user changed the filter shows rows for the new filters (DESIGN.md §6: "all visible panels updated"), and (2) to
 * the frame after the whole page is ready with them. A panel says which filters its rows answer in `data-filters`.
 * The in-page code is a string: tsx compiles functions with helper calls (`__name`) that do not exist in the page.
 */
const TIME_CHANGE = `(async ({ name, value }) => new Promise((done, fail) => {
	const root = document.querySelector('[data-testid="overview"]');
	const before = root.dataset.filters;
	const visible = [...document.querySelectorAll('[data-testid^="panel-"]')].filter((p) => {
		const r = p.getBoundingClientRect();
		return r.bottom > 0 && r.top < innerHeight;
	});
	const select = document.querySelector('select[name="' + name + '"]');
	const t0 = performance.now();
	let visibleMs = null;
	const timer = setTimeout(() => fail(new Error('no update after ' + name + '=' + value)), 120000);
	const check = () => {
		const now = root.dataset.filters;
		if (now === before) return;
		if (visibleMs === null && visible.every((p) => p.dataset.filters === now && p.dataset.status !== 'loading')) {
			visibleMs = -1;
			requestAnimationFrame(() => (visibleMs = performance.now() - t0));
		}
		if (root.dataset.state === 'ready') {
			observer.disconnect();
			clearTimeout(timer);
			requestAnimationFrame(() => done({ visible: visibleMs, all: performance.now() - t0, panels: visible.map((p) => p.dataset.testid) }));
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['data-state', 'data-filters', 'data-status'] });
	select.value = value;
	select.dispatchEvent(new Event('change', { bubbles: true }));
}))`;

interface Timing {
	visible: number;
	all: number;
	panels: string[];
}

function timeChange(page: Page, change: { name: string; value: string }): Promise<Timing> {
	return page.evaluate(`${TIME_CHANGE}(${JSON.stringify(change)})`) as Promise<Timing>;
}

interface Stats {
	median: number;
	p95: number;
	max: number;
	min: number;
}
const stats = (ms: number[]): Stats => ({ median: round(quantile(ms, 0.5)), p95: round(quantile(ms, 0.95)), max: round(Math.max(...ms)), min: round(Math.min(...ms)) });

interface Run {
	dataset: string;
	reports: number;
	loadMs: number;
	changes: number;
	/** Change → every panel that was on screen shows the new filters (the budget's measure). */
	visiblePanelsMs: Stats;
	/** The panels that were on screen (1366×768, top of the page). */
	visiblePanels: string[];
	/** Change → the whole page ready (panels below the fold too). */
	allPanelsMs: Stats;
	slowest: { change: string; ms: number }[];
	slowestVisible: { change: string; ms: number; panels: string[] }[];
	memoryMb: ReturnType<typeof chromiumMemory>;
	/** The page's renderer again after a garbage collection of the page's JS heap (DevTools' "collect garbage"). */
	pageAfterGcMb: ProcessMemory;
	jsHeapMb: number;
}

async function measure(label: string, mounts: Record<string, string>, rounds: number): Promise<Run> {
	const site = await serveStatic(BUILD, 0, mounts);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		const loadMs = await ready(page);
		const list = await changes(page);
		const times: { change: string; ms: number; visible: number; panels: string[] }[] = [];
		let visiblePanels: string[] = [];
		for (let r = 0; r < rounds; r++) {
			for (const c of list) {
				const t = await timeChange(page, c);
				await ready(page);
				visiblePanels = t.panels;
				if (r > 0 || rounds === 1) times.push({ change: `${c.name}=${c.value || '∅'}`, ms: t.all, visible: t.visible, panels: t.panels });
			}
		}
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
		const memoryMb = chromiumMemory();
		await cdp.send('HeapProfiler.collectGarbage');
		await page.waitForTimeout(1000);
		const pageAfterGcMb = chromiumMemory().page;
		const reports = (await page.evaluate(`fetch('/data/default/manifest.json').then((r) => r.json()).then((m) => Number(m.counts.reports))`)) as number;
		return {
			dataset: label,
			reports,
			loadMs: round(loadMs),
			changes: times.length,
			visiblePanelsMs: stats(times.map((t) => t.visible)),
			visiblePanels,
			allPanelsMs: stats(times.map((t) => t.ms)),
			slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ change: t.change, ms: round(t.ms) })),
			slowestVisible: [...times].sort((a, b) => b.visible - a.visible).slice(0, 5).map((t) => ({ change: t.change, ms: round(t.visible), panels: t.panels })),
			memoryMb,
			pageAfterGcMb,
			jsHeapMb: round(heap / 1e6)
		};
	} finally {
		await browser.close();
		await site.close();
	}
}

async function main() {
	const data = resolve(arg('data', '/tmp/synth700'));
	const rounds = Number(arg('rounds', '2'));
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('build/ is missing: run `npx vite build` first');
	if (!existsSync(join(data, 'gongkai.duckdb'))) {
		throw new Error(`${data}/gongkai.duckdb is missing: run \`npm run data:synthetic -- --agencies 100000 --years 2019-2025 --seed 1 --out ${data}\``);
	}
	const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as { synthetic: boolean; counts: { reports: number } };
	console.log(`baseline: bundled dataset …`);
	const baseline = await measure('bundled (data/default)', {}, rounds);
	const say = (r: Run) => `visible panels median ${r.visiblePanelsMs.median} / p95 ${r.visiblePanelsMs.p95} ms; all panels ${r.allPanelsMs.median} / ${r.allPanelsMs.p95} ms`;
	console.log(`  ${say(baseline)}`);
	console.log(`national scale: ${data} (${manifest.counts.reports} reports, synthetic: ${manifest.synthetic}) …`);
	const scale = await measure(`${data} (synthetic: ${manifest.synthetic})`, { '/data/default/': data }, rounds);
	console.log(`  load ${scale.loadMs} ms; ${say(scale)}; page's renderer ${scale.memoryMb.page.rss} MB resident, ${scale.memoryMb.page.private} MB private (peak ${scale.memoryMb.page.peak}; after a GC ${scale.pageAfterGcMb.rss} / ${scale.pageAfterGcMb.private})`);
	const result = {
		what: 'overview (/) at 1366×768: filter change → the panels on screen updated, and → all panels (in-page, change event to the next frame); memory of the page\'s renderer process after the changes',
		when: new Date().toISOString(),
		machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGb: round(os.totalmem() / 2 ** 30), node: process.version },
		budget: { p95Ms: 100, pageRendererMb: 600 },
		baseline,
		scale,
		ratio: {
			visibleMedianVsBaseline: round(scale.visiblePanelsMs.median / baseline.visiblePanelsMs.median, 2),
			visibleP95VsBaseline: round(scale.visiblePanelsMs.p95 / baseline.visiblePanelsMs.p95, 2),
			allMedianVsBaseline: round(scale.allPanelsMs.median / baseline.allPanelsMs.median, 2),
			allP95VsBaseline: round(scale.allPanelsMs.p95 / baseline.allPanelsMs.p95, 2)
		}
	};
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
	console.log(`written ${OUT}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
