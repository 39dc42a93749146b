/**
 * The overview page (/) in headless Chromium on the built site: every chart draws from the bundled dataset, the
 * "new applications" KPI equals the sum over data/default/records.json, filters live in the URL (a reload restores
 * them, back returns), clicking a trend bar narrows the years, the language switch relabels the page and the
 * charts, nothing is requested beyond the site's origin and the console stays clean. Screenshots go to
 * tests/e2e/output/overview*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

interface RecordLite {
	year: number;
	agency: { id: string; name: string; level: string; kind: string };
	applications: { newReceived: { total: { value: number | null } } };
}
const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as RecordLite[];
const YEARS = RECORDS.map((r) => r.year);
const MIN = Math.min(...YEARS);
const MAX = Math.max(...YEARS);

/**
 * Sum of applications.newReceived.total over the records in [from, to] that pass `keep`. The dashboard's default
 * scope leaves area-wide reports out (they include their departments' figures); `all` counts every report.
 */
function newReceived(from: number, to: number, keep: (r: RecordLite) => boolean = () => true, scope: 'agencies' | 'all' = 'agencies'): number {
	return RECORDS.filter((r) => r.year >= from && r.year <= to && keep(r) && (scope === 'all' || r.agency.kind !== 'area')).reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);
}

const CHARTS = ['chart-trend', 'chart-applicants', 'chart-agencies', 'chart-findings'];

/** Waits until the page shows the filters containing `fragment` with every query answered and every chart drawn. */
async function settled(page: Page, fragment: string) {
	await page.waitForFunction(
		({ fragment, charts }) => {
			const el = document.querySelector<HTMLElement>('[data-testid="overview"]');
			if (!el || el.dataset.state !== 'ready' || !(el.dataset.filters ?? '').includes(fragment)) return false;
			return charts.every((c) => (document.querySelector(`[data-testid="${c}"]`)?.querySelectorAll('svg path').length ?? 0) > 0);
		},
		{ fragment, charts: CHARTS },
		{ timeout: 60_000 }
	);
}

const kpiNew = async (page: Page) => Number(await page.getByTestId('kpi-new-received').getAttribute('data-value'));
const svgText = async (page: Page, testid: string) => (await page.getByTestId(testid).locator('svg text').allTextContents()).join(' ');

describe('overview page (/)', () => {
	const site = useSite();

	it('draws every panel, matches records.json, keeps filters in the URL, cross-filters and switches language', { timeout: 180_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		await settled(page, `"yearFrom":${MIN},"yearTo":${MAX}`);
		expect(await page.locator('h1').textContent()).toBe('政府信息公开工作年度报告概览');
		for (const c of CHARTS) expect(await page.getByTestId(c).locator('svg path').count(), c).toBeGreaterThan(0);
		for (const p of ['kpis', 'trend', 'applicants', 'agencies', 'findings']) {
			await expect(page.getByTestId(`panel-${p}`).getAttribute('data-status')).resolves.toBe('ready');
		}
		// Full range: the KPI equals the sum over the records.
		expect(await kpiNew(page)).toBe(newReceived(MIN, MAX));
		expect(await svgText(page, 'chart-trend')).toContain('申请数');
		// The data-table twin has one row per year.
		expect(await page.getByTestId('panel-trend').locator('tbody tr').count()).toBe(MAX - MIN + 1);
		await page.screenshot({ path: join(OUTPUT_DIR, 'overview.png'), fullPage: true });
		// The data-table twin: in the DOM for screen readers, shown instead of the chart on request.
		const trendPanel = page.getByTestId('panel-trend');
		await trendPanel.getByRole('button', { name: '显示数据表' }).click();
		await expect(trendPanel.locator('table').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('chart-trend').isVisible()).resolves.toBe(false);
		await trendPanel.getByRole('button', { name: '隐藏数据表' }).click();
		await expect(page.getByTestId('chart-trend').isVisible()).resolves.toBe(true);

		// A filter changes the URL and the panels; a reload restores it; back returns to the full view.
		const level = await page.locator('select[name="level"] option:nth-child(2)').getAttribute('value');
		expect(level).toBeTruthy();
		const updates = () => Promise.all(CHARTS.map(async (c) => Number((await page.getByTestId(c).getAttribute('data-updates')) ?? 0)));
		const before = await updates();
		await page.selectOption('select[name="level"]', level!);
		await page.waitForURL((u) => u.searchParams.get('level') === level);
		await settled(page, `"level":"${level}"`);
		// Each chart drew the change once (not once per panel's answer: five answers used to redraw all four).
		expect(await updates()).toEqual(before.map((n) => n + 1));
		const filtered = newReceived(MIN, MAX, (r) => r.agency.level === level);
		expect(await kpiNew(page)).toBe(filtered);
		expect(filtered).not.toBe(newReceived(MIN, MAX));
		await page.reload({ waitUntil: 'load' });
		await settled(page, `"level":"${level}"`);
		expect(await kpiNew(page)).toBe(filtered);
		await expect(page.locator('select[name="level"]').inputValue()).resolves.toBe(level);
		await page.goBack();
		await page.waitForURL((u) => !u.searchParams.has('level'));
		await settled(page, '"level":null');
		expect(await kpiNew(page)).toBe(newReceived(MIN, MAX));

		// Filters with nothing to sum (area-wide reports, while the sums leave them out): the panels say so and keep
		// their place; the chart stays under the message and is updated, not drawn anew, when the data comes back.
		expect(newReceived(MIN, MAX, (r) => r.agency.kind === 'area')).toBe(0);
		const trendBox = async () => Math.round((await page.getByTestId('panel-trend').boundingBox())!.height);
		const [heightBefore, updatesBefore] = [await trendBox(), await updates()];
		await page.selectOption('select[name="kind"]', 'area');
		await settled(page, '"kind":"area"'); // every panel answered (not just the trend), so each chart saw this change
		await expect(page.getByTestId('panel-trend').getAttribute('data-status')).resolves.toBe('empty');
		await expect(page.getByTestId('panel-trend').getByText('所选条件下没有数据。').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('chart-trend').isVisible()).resolves.toBe(false);
		expect(await trendBox()).toBe(heightBefore);
		await page.selectOption('select[name="kind"]', '');
		await settled(page, '"kind":null');
		expect(await updates()).toEqual(updatesBefore.map((n) => n + 2));
		expect(await kpiNew(page)).toBe(newReceived(MIN, MAX));

		// Scope: every report (area-wide ones too) is a larger sum; back to the default.
		await page.selectOption('select[name="scope"]', 'all');
		await page.waitForURL((u) => u.searchParams.get('scope') === 'all');
		await settled(page, '"scope":"all"');
		expect(await kpiNew(page)).toBe(newReceived(MIN, MAX, () => true, 'all'));
		expect(newReceived(MIN, MAX, () => true, 'all')).toBeGreaterThan(newReceived(MIN, MAX));
		await page.goBack();
		await settled(page, '"scope":"agencies"');

		// Agency search: the renamed agency is found under its new name with its old name's years (registry alias).
		const renamed = RECORDS.find((r) => r.agency.name.includes('投资促进'))!.agency.id;
		await page.fill('input[name="q"]', '投资促进');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForURL((u) => u.searchParams.get('q') === '投资促进');
		await settled(page, '"search":"投资促进"');
		expect(await kpiNew(page)).toBe(newReceived(MIN, MAX, (r) => r.agency.id === renamed));
		await page.goBack();
		await settled(page, '"search":null');

		// Clicking in the first year's column (above its short bar) narrows the range to that year.
		const box = (await page.getByTestId('chart-trend').boundingBox())!;
		const years = MAX - MIN + 1;
		const gridWidth = box.width - 56 - 16; // trend.ts grid: left 56, right 16, top 56, bottom 40
		await page.mouse.click(box.x + 56 + gridWidth / years / 2, box.y + 56 + (box.height - 96) / 2);
		await page.waitForURL((u) => u.searchParams.get('yearFrom') === String(MIN) && u.searchParams.get('yearTo') === String(MIN));
		await settled(page, `"yearFrom":${MIN},"yearTo":${MIN}`);
		expect(await kpiNew(page)).toBe(newReceived(MIN, MIN));
		await page.goBack();
		await settled(page, `"yearFrom":${MIN},"yearTo":${MAX}`);

		// The language switch: h1 and axis names in English, the URL says so.
		await page.getByTestId('lang-switch').click();
		await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
		await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Government'));
		await settled(page, `"yearFrom":${MIN}`);
		await page.waitForFunction(() => document.querySelector('[data-testid="chart-trend"] svg')?.textContent?.includes('Requests'));
		expect(await svgText(page, 'chart-trend')).not.toContain('申请数');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		await page.screenshot({ path: join(OUTPUT_DIR, 'overview-en.png'), fullPage: true });

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
