/**
 * Bring your own data (/data) in headless Chromium on the built site: 200 report files (../shared/reports plus
 * 90 rendered here, see byo-fixtures.ts) go in through the file input and once through a synthetic drop; they
 * are parsed in a Web Worker with a progress bar; every file is listed as loaded or rejected with its reason,
 * exactly as `npm run ingest` accounts for them in Node; the counts SQL gives in the page equal the expected
 * records and findings; the overview (reached by client-side navigation) shows the user's numbers; the header's
 * switch brings the bundled data back; a synthetic manifest shows the banner; nothing leaves the origin and the
 * console stays clean. Screenshot: tests/e2e/output/byo.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../src/lib/report/schema';
import type { IngestResult } from '../../src/lib/server/ingest';
import { expectedIngest, fixtureFiles, HAS_SHARED, type FixtureFile } from './byo-fixtures';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const BUNDLED = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as AnnualReport[];

/** The overview's default KPI: new applications summed over the reports of departments (area-wide ones left out). */
const newReceived = (records: readonly AnnualReport[]) =>
	records.filter((r) => r.agency.kind !== 'area').reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);

/** Every line of the file list, page by page (50 a page). */
async function listedFiles(page: Page): Promise<{ name: string; status: string; reason: string; record: string; text: string }[]> {
	await page.getByTestId('filter-all').click();
	const out: { name: string; status: string; reason: string; record: string; text: string }[] = [];
	for (;;) {
		out.push(
			...(await page.getByTestId('file-status').evaluateAll((rows) =>
				rows.map((r) => {
					const d = (r as HTMLElement).dataset;
					return { name: d.name ?? '', status: d.status ?? '', reason: d.reason ?? '', record: d.record ?? '', text: r.textContent ?? '' };
				})
			))
		);
		const next = page.getByTestId('page-next');
		if (await next.isDisabled()) break;
		const before = await page.getByTestId('page-range').textContent();
		await next.click();
		await page.waitForFunction((b) => document.querySelector('[data-testid="page-range"]')?.textContent !== b, before);
	}
	return out;
}

/** The list and the page's SQL counts equal what the ingest made of the files. */
async function expectLoaded(page: Page, files: readonly FixtureFile[], expected: IngestResult) {
	const tally = page.getByTestId('tally');
	await expect(tally.getAttribute('data-inputs')).resolves.toBe(String(files.length));
	await expect(tally.getAttribute('data-reports')).resolves.toBe(String(expected.records.length));
	await expect(tally.getAttribute('data-rejected')).resolves.toBe(String(expected.rejects.length));
	await expect(tally.getAttribute('data-skipped')).resolves.toBe('0');
	expect(expected.records.length + expected.rejects.length).toBe(files.length);

	const listed = await listedFiles(page);
	expect(listed.map((f) => f.name).sort()).toEqual(files.map((f) => f.name).sort());
	expect(listed.filter((f) => f.status === 'loaded').map((f) => f.record).sort()).toEqual(expected.records.map((r) => r.id).sort());
	const rejected = listed.filter((f) => f.status === 'rejected');
	expect(rejected.map((f) => [f.name, f.reason]).sort()).toEqual(expected.rejects.map((r) => [r.file, r.reason]).sort());
	// Each reject says why; an incomplete report names the missing table.
	for (const r of expected.rejects) {
		const line = rejected.find((f) => f.name === r.file)!;
		expect(line.text).toContain(r.message.zh.slice(0, 12));
		if (r.table) expect(line.text).toContain(`表${r.table}`);
	}
	// Filtered to rejects: only those, on one page.
	await page.getByTestId('filter-rejected').click();
	await expect(page.getByTestId('file-status').count()).resolves.toBe(expected.rejects.length);
	await page.getByTestId('filter-all').click();

	// SQL in the page: count(*) over the dataset's views, and the query check's rows.
	await expect(page.getByTestId('count-reports').textContent()).resolves.toBe(String(expected.records.length));
	await expect(page.getByTestId('count-findings').textContent()).resolves.toBe(String(expected.findings.length));
	await page.waitForFunction(() => document.querySelector('[data-testid="query-dataset-summary"]')?.getAttribute('data-rows') === '1');
	await expect(page.getByTestId('dataset-indicator').getAttribute('data-reports')).resolves.toBe(String(expected.records.length));
	await expect(page.getByTestId('dataset-badge').textContent()).resolves.toBe(`您的数据：${expected.records.length} 份报告`);
}

async function waitKpi(page: Page, value: number) {
	await page.waitForFunction(
		(v) => {
			const o = document.querySelector<HTMLElement>('[data-testid="overview"]');
			return o?.dataset.state === 'ready' && document.querySelector('[data-testid="kpi-new-received"]')?.getAttribute('data-value') === String(v);
		},
		value,
		{ timeout: 60_000 }
	);
}

describe('bring your own data (/data)', () => {
	const site = useSite();

	it.skipIf(!HAS_SHARED)('200 reports picked and dropped: listed, counted, the whole site on them, and back', { timeout: 900_000 }, async () => {
		const files = fixtureFiles();
		expect(files.length).toBe(200);
		const expected = expectedIngest(files);
		const userKpi = newReceived(expected.records);
		expect(userKpi).not.toBe(newReceived(BUNDLED));

		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		await page.goto(`${site.url}/data`, { waitUntil: 'load' });
		await page.getByTestId('db-status').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 90_000 });
		await page.getByTestId('dataset-indicator').and(page.locator('[data-kind="bundled"]')).waitFor();
		await expect(page.getByTestId('dataset-badge').textContent()).resolves.toBe('默认数据集');
		await expect(page.getByTestId('privacy').textContent()).resolves.toContain('不会上传');

		// Picked through the file input: the progress bar counts the files, naming the current one.
		const requestsBefore = requests.length;
		await page.getByTestId('file-input').setInputFiles(files);
		const bar = page.getByRole('progressbar');
		await bar.waitFor({ timeout: 30_000 });
		// Reading the files, then parsing them in the worker: done / total with the current file's name.
		const parsing = await page.waitForFunction(
			() => {
				const p = document.querySelector<HTMLElement>('[data-testid="progress"][data-phase="parse"]');
				const b = p?.querySelector('[role="progressbar"]');
				const done = Number(b?.getAttribute('aria-valuenow'));
				return p && done > 0 && done < 200 && b?.getAttribute('aria-valuemax') === '200' ? p.textContent : false;
			},
			undefined,
			{ timeout: 60_000, polling: 20 }
		);
		expect(await parsing.jsonValue()).toMatch(/\d+ \/ 200\s*解析 \S+\.(txt|html?)/);
		// The page answers while the worker parses.
		const t0 = Date.now();
		await page.evaluate(() => document.title);
		expect(Date.now() - t0).toBeLessThan(2000);
		await page.getByTestId('tally').waitFor({ timeout: 240_000 });
		expect(await page.getByTestId('load-error').allTextContents()).toEqual([]);
		await page.getByTestId('dataset').and(page.locator('[data-origin="files"]')).waitFor();
		await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
		await expectLoaded(page, files, expected);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: join(OUTPUT_DIR, 'byo.png'), fullPage: true });
		// Parsing fetched nothing but the site's own code (the worker script).
		const during = requests.slice(requestsBefore);
		expect(during.every((u) => new URL(u).origin === new URL(site.url).origin)).toBe(true);

		// The overview, reached by client-side navigation, runs over the user's records.
		await page.getByRole('navigation', { name: 'site' }).getByRole('link', { name: '概览' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await waitKpi(page, userKpi);
		await expect(page.getByTestId('dataset-badge').textContent()).resolves.toBe(`您的数据：${expected.records.length} 份报告`);
		await page.screenshot({ path: join(OUTPUT_DIR, 'byo-overview.png'), fullPage: false });

		// The header's switch: the bundled data again, on this very page.
		await page.getByTestId('switch-back').click();
		await page.getByTestId('dataset-indicator').and(page.locator('[data-kind="bundled"]')).waitFor({ timeout: 60_000 });
		await waitKpi(page, newReceived(BUNDLED));

		// Dropped (a synthetic drop event with the same 200 files): the same result.
		await page.getByRole('navigation', { name: 'site' }).getByRole('link', { name: '数据' }).click();
		await page.waitForURL((u) => u.pathname === '/data');
		await page.getByTestId('db-status').and(page.locator('[data-state="ready"]')).waitFor();
		await page.evaluate(
			(list) => {
				const dt = new DataTransfer();
				for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
				const zone = document.querySelector('[data-testid="drop-zone"]')!;
				zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
				zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
			},
			files.map((f) => ({ name: f.name, mimeType: f.mimeType, b64: f.buffer.toString('base64') }))
		);
		await page.getByRole('progressbar').waitFor({ timeout: 30_000 });
		await page.getByTestId('tally').waitFor({ timeout: 240_000 });
		expect(await page.getByTestId('load-error').allTextContents()).toEqual([]);
		await page.getByTestId('dataset').and(page.locator('[data-origin="files"]')).waitFor();
		await expectLoaded(page, files, expected);

		// A synthetic dataset (records.json with a manifest saying so): the banner on every page.
		const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/manifest.json'), 'utf8')) as Record<string, unknown>;
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'records.json', mimeType: 'application/json', buffer: readFileSync(join(REPO_ROOT, 'data/default/records.json')) },
			{ name: 'manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...manifest, synthetic: true })) }
		]);
		await page.getByTestId('synthetic-banner').waitFor({ timeout: 60_000 });
		await expect(page.getByTestId('dataset-synthetic').textContent()).resolves.toContain('合成数据');
		await page.getByRole('navigation', { name: 'site' }).getByRole('link', { name: '概览' }).click();
		await waitKpi(page, newReceived(BUNDLED));
		await expect(page.getByTestId('synthetic-banner').isVisible()).resolves.toBe(true);
		await page.getByTestId('switch-back').click();
		await page.getByTestId('dataset-indicator').and(page.locator('[data-kind="bundled"]')).waitFor({ timeout: 60_000 });
		await expect(page.getByTestId('synthetic-banner').count()).resolves.toBe(0);

		// A reload returns to the bundled data (user data lives in the tab only).
		await page.goto(`${site.url}/data?lang=en`, { waitUntil: 'load' });
		await page.getByTestId('dataset-indicator').and(page.locator('[data-kind="bundled"]')).waitFor({ timeout: 90_000 });
		await expect(page.getByTestId('dataset-badge').textContent()).resolves.toBe('Bundled dataset');
		await expect(page.locator('h1').textContent()).resolves.toBe('Data');

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.runIf(!HAS_SHARED)('notice: ../shared/reports is absent, the 200-file load is skipped', () => {
		console.warn('byo.e2e: ../shared/reports not found; the 200-report load was skipped');
	});
});
