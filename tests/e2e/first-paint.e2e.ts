/**
 * The overview's first paint (DESIGN.md §5): the prerendered / shows its charts as SVG and its KPI cards from the
 * build-time aggregates with JavaScript disabled; with JavaScript, a progress bar shows while the dataset loads, the
 * live charts replace the prerendered ones in place (same box) and a click on them works; a URL with other filters
 * never shows the bundled aggregates as its own, and neither does the overview after the user loaded their own
 * data. Console clean, nothing requested beyond the site's origin. Screenshots: tests/e2e/output/first-paint-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser as PwBrowser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

interface RecordLite {
	year: number;
	agency: { id: string; name: string; kind: string };
	applications: { newReceived: { total: { value: number | null } }; processed?: unknown };
}
const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as RecordLite[];
const YEARS = RECORDS.map((r) => r.year);
const MIN = Math.min(...YEARS);
const MAX = Math.max(...YEARS);
const CHARTS = ['chart-trend', 'chart-applicants', 'chart-agencies', 'chart-findings'];

const sumNew = (rs: RecordLite[]) => rs.reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);
/** The default view sums single agencies: area-wide (汇总) reports are left out. */
const AGENCIES_ONLY = RECORDS.filter((r) => r.agency.kind !== 'area');

const kpiNew = async (page: Page) => Number(await page.getByTestId('kpi-new-received').getAttribute('data-value'));
const pathCount = (page: Page, testid: string) => page.getByTestId(testid).locator('svg path').count();

/** Records, in the page, whether a progress bar and prerendered charts ever appeared (set up before any script runs). */
const WATCH = `(() => {
	const seen = { progress: 0, values: [], prerendered: 0 };
	window.__firstPaint = seen;
	new MutationObserver(() => {
		const bar = document.querySelector('[role="progressbar"]');
		if (bar) {
			seen.progress++;
			const v = bar.getAttribute('aria-valuenow');
			if (v !== null && seen.values.at(-1) !== v) seen.values.push(v);
		}
		if (document.querySelector('[data-prerendered="true"][data-testid^="chart-"]')) seen.prerendered++;
	}).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
type Seen = { progress: number; values: string[]; prerendered: number };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __firstPaint: Seen }).__firstPaint);

/** Every chart drawn by ECharts in the browser, the queries answered, the prerendered panels gone. */
async function live(page: Page, fragment: string) {
	await page.waitForFunction(
		({ fragment, charts }) => {
			const el = document.querySelector<HTMLElement>('[data-testid="overview"]');
			if (!el || el.dataset.state !== 'ready' || el.dataset.prerendered !== 'false' || !(el.dataset.filters ?? '').includes(fragment)) return false;
			return charts.every((c) => {
				const chart = document.querySelector<HTMLElement>(`[data-testid="${c}"]`);
				return chart?.dataset.ready === 'true' && chart.querySelectorAll('svg path').length > 0;
			});
		},
		{ fragment, charts: CHARTS },
		// DuckDB-wasm's start takes about a second on an idle machine, minutes on a busy one.
		{ timeout: 240_000 }
	);
}

describe('overview first paint (/)', () => {
	const site = useSite();
	let plain: PwBrowser;

	beforeAll(async () => {
		// A second, non-persistent browser for a context with JavaScript disabled.
		plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	});

	afterAll(async () => {
		await plain?.close();
	});

	it('without JavaScript: the charts are SVG and the KPI cards hold the build-time numbers', async () => {
		const context = await plain.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		const response = await page.goto(`${site.url}/`, { waitUntil: 'load' });
		// The page as sent: each chart's SVG once, in its box, and not again inside the hydration data; the CSS inline
		// (no stylesheet to wait for); the first chart's text marked for the Element Timing API (bench/first-paint.ts).
		const html = await response!.text();
		expect(html.match(/<svg\b/g)?.length).toBe(CHARTS.length);
		const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) expect(script).not.toMatch(/svg/i);
		expect(html).not.toMatch(/<link\b(?![^>]*\bdisabled\b)[^>]*rel="stylesheet"/);
		expect(html).not.toContain('rel="modulepreload"');
		for (const c of CHARTS) expect(html.match(new RegExp(`elementtiming="${c}"`, 'g'))?.length, c).toBe(1);
		for (const c of CHARTS) {
			expect(await pathCount(page, c), c).toBeGreaterThan(0);
			await expect(page.getByTestId(c).getAttribute('data-prerendered')).resolves.toBe('true');
		}
		for (const p of ['kpis', 'trend', 'applicants', 'agencies', 'findings']) {
			await expect(page.getByTestId(`panel-${p}`).getAttribute('data-status'), p).resolves.toBe('ready');
		}
		// New applications: the sum over the single agencies' reports of every year (area-wide reports left out).
		expect(await kpiNew(page)).toBe(sumNew(AGENCIES_ONLY));
		expect(sumNew(RECORDS)).toBeGreaterThan(sumNew(AGENCIES_ONLY));
		await expect(page.getByTestId('range').textContent()).resolves.toBe(`${MIN}–${MAX}年`);
		// Labels and the ranking's first agency are on the SVG charts.
		expect((await page.getByTestId('chart-trend').locator('svg text').allTextContents()).join(' ')).toContain('申请数');
		const top = await page.getByTestId('panel-agencies').locator('tbody tr td').first().textContent();
		const axis = await page.getByTestId('chart-agencies').locator('svg text').allTextContents();
		expect(axis.some((t) => t.startsWith([...top!].slice(0, 13).join('')))).toBe(true);
		// No progress bar without a script to finish it; the database is never fetched (module preloads are).
		await expect(page.locator('[role="progressbar"]').count()).resolves.toBe(0);
		expect(requests.filter((u) => u.endsWith('.wasm') || u.endsWith('.duckdb'))).toEqual([]);
		await page.screenshot({ path: join(OUTPUT_DIR, 'first-paint-nojs.png'), fullPage: true });
		await context.close();
	});

	it('with JavaScript: progress while loading, then live charts in the same place, and a click works', { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		page.setDefaultTimeout(240_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.addInitScript(WATCH);
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		await page.goto(`${site.url}/`, { waitUntil: 'commit' });
		await page.getByTestId('chart-trend').locator('svg path').first().waitFor({ state: 'attached' });
		const before = await page.getByTestId('chart-trend').boundingBox();
		// The loading state as a user sees it (when the database is not already ready: this is not asserted here).
		const bar = page.locator('[role="progressbar"]');
		if ((await bar.count()) > 0) await page.screenshot({ path: join(OUTPUT_DIR, 'first-paint-loading.png') });
		await live(page, `"yearFrom":${MIN},"yearTo":${MAX}`);
		const after = await page.getByTestId('chart-trend').boundingBox();
		// The live chart took the prerendered one's box: nothing moved.
		expect(after).toEqual(before);
		await page.screenshot({ path: join(OUTPUT_DIR, 'first-paint-live.png'), fullPage: true });

		const s = await seen(page);
		expect(s.prerendered).toBeGreaterThan(0);
		expect(s.progress).toBeGreaterThan(0);
		expect(s.values.length).toBeGreaterThan(0);
		expect(s.values.every((v) => Number(v) >= 0 && Number(v) <= 100)).toBe(true);
		await expect(page.locator('[role="progressbar"]').count()).resolves.toBe(0);
		await expect(page.locator('[data-prerendered="true"]').count()).resolves.toBe(0);
		expect(await kpiNew(page)).toBe(sumNew(AGENCIES_ONLY));

		// Live: clicking the first year's column narrows the range to that year (trend.ts grid: left 56, right 16, top 56, bottom 40).
		const box = (await page.getByTestId('chart-trend').boundingBox())!;
		const gridWidth = box.width - 56 - 16;
		await page.mouse.click(box.x + 56 + gridWidth / (MAX - MIN + 1) / 2, box.y + 56 + (box.height - 96) / 2);
		await page.waitForURL((u) => u.searchParams.get('yearFrom') === String(MIN) && u.searchParams.get('yearTo') === String(MIN));
		await live(page, `"yearFrom":${MIN},"yearTo":${MIN}`);
		expect(await kpiNew(page)).toBe(sumNew(AGENCIES_ONLY.filter((r) => r.year === MIN)));
		// Back to the default view: the live numbers, not the prerendered panels.
		await page.goBack();
		await live(page, `"yearFrom":${MIN},"yearTo":${MAX}`);
		await expect(page.locator('[data-prerendered="true"]').count()).resolves.toBe(0);

		expect(foreignRequests(requests, site.url)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('another view (other filters) shows loading states, not the default aggregates; English gets English charts', { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		page.setDefaultTimeout(240_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		await page.goto(`${site.url}/?scope=all`, { waitUntil: 'load' });
		// Once the page runs, the panels are loading (or already live), never the default view's prerendered ones.
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="overview"]')?.dataset.prerendered === 'false');
		await live(page, '"scope":"all"');
		expect(await kpiNew(page)).toBe(sumNew(RECORDS));

		const svgFiles: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/first-paint/')) svgFiles.push(new URL(r.url()).pathname);
		});
		await page.goto(`${site.url}/?lang=en`, { waitUntil: 'load' });
		await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Government'));
		// The HTML carries the Chinese charts; the English ones come from the build's SVG files while still prerendered.
		await page.locator('[data-testid="chart-trend"][data-prerendered="true"][data-lang="en"]').or(page.locator('[data-testid="chart-trend"][data-ready="true"]')).waitFor();
		const text = async () => (await page.getByTestId('chart-trend').locator('svg text').allTextContents()).join(' ');
		expect(await text()).toContain('Requests');
		expect(await text()).not.toContain('申请数');
		await live(page, `"yearFrom":${MIN},"yearTo":${MAX}`);
		expect(await text()).toContain('Requests');
		expect(svgFiles.every((f) => f.startsWith('/first-paint/en/'))).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("after the user loads their own data, the overview never shows the bundled aggregates", { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		page.setDefaultTimeout(240_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		await page.goto(`${site.url}/data`, { waitUntil: 'load' });
		await page.getByTestId('db-status').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 240_000 });
		// Two single agencies' reports of one year as the user's records.json.
		const mine = AGENCIES_ONLY.filter((r) => r.year === MAX && (r.applications.newReceived.total.value ?? 0) > 0).slice(0, 2);
		expect(mine.length).toBe(2);
		await page.getByTestId('file-input').setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
		await page.getByTestId('dataset').and(page.locator('[data-origin="files"]')).waitFor({ timeout: 240_000 });

		await page.evaluate(WATCH);
		await page.locator('nav a', { hasText: '概览' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await live(page, `"yearFrom":${MAX},"yearTo":${MAX}`);
		expect((await seen(page)).prerendered).toBe(0);
		expect(await kpiNew(page)).toBe(sumNew(mine));
		expect(errors).toEqual([]);
		await page.close();
	});
});
