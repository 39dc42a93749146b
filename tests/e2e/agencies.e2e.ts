/**
 * /agencies and /agencies/[id] in headless Chromium on the built site, as a new user goes through them: the list
 * (one row per agency of data/default, report counts as in records.json, a sparkline each), search in the URL and
 * restored on reload, sorting by a header, narrowing by region; then a profile: the tables of the shown year equal
 * the record cell by cell, a click on a year in the trend switches the tables, a finding marks its cells, ?year=
 * is shareable, the source links out safely, the language switch relabels. Console clean, nothing off-origin.
 * Screenshots: tests/e2e/output/agencies.png, agency-profile.png (1366×768, full page). Waits are long: a fresh page boots DuckDB-wasm, which
 * takes over a minute when the shared machine is busy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getAt } from '../../src/lib/report/paths';
import { printedCellPaths } from '../../src/lib/report/render';
import type { AnnualReport, Finding } from '../../src/lib/report/schema';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as AnnualReport[];
const FINDINGS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/findings.json'), 'utf8')) as Finding[];
const AGENCY_IDS = [...new Set(RECORDS.map((r) => r.agency.id))];

/** An error finding about printed cells, of an agency with reports in several years, not in its latest year. */
const TARGET = (() => {
	for (const f of FINDINGS) {
		if (f.severity !== 'error' || f.paths.length < 2) continue;
		const record = RECORDS.find((r) => r.id === f.recordId)!;
		const printed = new Set(printedCellPaths(record.layout));
		const years = RECORDS.filter((r) => r.agency.id === f.agencyId).map((r) => r.year);
		if (f.paths.every((p) => printed.has(p)) && record.year < Math.max(...years)) return { finding: f, record, years };
	}
	throw new Error('no finding to click in data/default');
})();

async function listReady(page: Page, fragment = '') {
	await page.waitForFunction(
		(fragment) => {
			const el = document.querySelector<HTMLElement>('[data-testid="agencies"]');
			return !!el && el.dataset.state === 'ready' && (el.dataset.filters ?? '').includes(fragment) && document.querySelector('[data-testid="panel-agency-list"]')?.getAttribute('data-status') !== 'loading';
		},
		fragment,
		{ timeout: 150_000 }
	);
}

async function profileReady(page: Page, reportId: string) {
	await page.waitForFunction(
		(id) => {
			const el = document.querySelector<HTMLElement>('[data-testid="agency-profile"]');
			return (
				!!el &&
				el.dataset.state === 'ready' &&
				el.dataset.report === id &&
				!!document.querySelector('[data-testid="report-tables"] td[data-path]') &&
				(document.querySelector('[data-testid="chart-volume"]')?.querySelectorAll('svg path').length ?? 0) > 0
			);
		},
		reportId,
		{ timeout: 150_000 }
	);
}

const names = (page: Page) => page.locator('[data-testid="agency-table"] tbody th.name a').allTextContents();
const rowIds = (page: Page) => page.locator('[data-testid="agency-table"] tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.agency));

describe('agencies (/agencies, /agencies/[id])', () => {
	const site = useSite();

	it('lists, searches, sorts and narrows the agencies; a profile shows the record as published', { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		// The list: every agency once, its report count, a sparkline each.
		await page.goto(`${site.url}/agencies`, { waitUntil: 'load' });
		await listReady(page);
		expect(await page.locator('h1').textContent()).toBe('机关');
		expect((await rowIds(page)).sort()).toEqual([...AGENCY_IDS].sort());
		for (const id of AGENCY_IDS) {
			const cell = page.locator(`tr[data-agency="${id}"] td[data-col="reports"]`);
			expect(Number(await cell.textContent()), id).toBe(RECORDS.filter((r) => r.agency.id === id).length);
		}
		expect(await page.getByTestId('sparkline').count()).toBe(AGENCY_IDS.length);
		expect(await page.locator('[data-testid="sparkline"] path').count()).toBeGreaterThan(AGENCY_IDS.length / 2);
		await expect(page.locator('select[name="scope"]').count()).resolves.toBe(0);
		await page.screenshot({ path: join(OUTPUT_DIR, 'agencies.png'), fullPage: true });

		// Sorting by a header: the URL says so, names in pinyin order, a second click reverses.
		await page.locator('button[data-sort-key="name"]').click();
		await page.waitForURL((u) => u.searchParams.get('sort') === 'name' && u.searchParams.get('dir') === 'asc');
		const collator = new Intl.Collator('zh-CN', { numeric: true });
		const asc = await names(page);
		expect(asc).toEqual([...asc].sort(collator.compare));
		await page.locator('button[data-sort-key="name"]').click();
		await page.waitForURL((u) => u.searchParams.get('dir') === 'desc');
		expect(await names(page)).toEqual([...asc].reverse());
		await page.locator('button[data-sort-key="reports"]').click();
		await page.waitForURL((u) => u.searchParams.get('sort') === 'reports' || !u.searchParams.has('sort'));
		const reports = (await page.locator('td[data-col="reports"]').allTextContents()).map(Number);
		expect(reports).toEqual([...reports].sort((a, b) => b - a));

		// Search: the URL keeps it, a reload restores it (with the sort).
		await page.locator('button[data-sort-key="name"]').click();
		await page.waitForURL((u) => u.searchParams.get('sort') === 'name');
		await page.fill('input[name="q"]', '投资促进');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForURL((u) => u.searchParams.get('q') === '投资促进' && u.searchParams.get('sort') === 'name');
		await listReady(page, '"search":"投资促进"');
		const renamed = RECORDS.find((r) => r.agency.name.includes('投资促进'))!.agency.id;
		expect(await rowIds(page)).toEqual([renamed]);
		await page.reload({ waitUntil: 'load' });
		await listReady(page, '"search":"投资促进"');
		expect(await rowIds(page)).toEqual([renamed]);
		await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe('投资促进');
		await page.goBack();
		await page.waitForURL((u) => !u.searchParams.has('q'));
		await listReady(page, '"search":null');
		expect((await rowIds(page)).length).toBe(AGENCY_IDS.length);

		// Drill-down by region: a province narrows the list to its agencies.
		const province = RECORDS.find((r) => r.agency.region.province?.code !== '350000')?.agency.region.province;
		if (province?.code) {
			await page.selectOption('select[name="provinceCode"]', province.code);
			await page.waitForURL((u) => u.searchParams.get('provinceCode') === province.code);
			await listReady(page, `"provinceCode":"${province.code}"`);
			const inProvince = [...new Set(RECORDS.filter((r) => r.agency.region.province?.code === province.code).map((r) => r.agency.id))];
			expect((await rowIds(page)).sort()).toEqual(inProvince.sort());
			await page.goBack();
			await listReady(page, '"provinceCode":null');
		}

		// Open a profile from the list: the view's parameters go along.
		const { finding, record, years } = TARGET;
		const agencyId = record.agency.id;
		const latest = RECORDS.filter((r) => r.agency.id === agencyId).reduce((a, b) => (b.year > a.year ? b : a));
		await page.locator(`tr[data-agency="${agencyId}"] th.name a`).click();
		await page.waitForURL((u) => u.pathname === `/agencies/${agencyId}` && u.searchParams.get('q') === null);
		await profileReady(page, latest.id);
		expect(await page.getByTestId('agency-name').textContent()).toBeTruthy();

		// A click on a year in the trend chart switches the tables to that year's report.
		const box = (await page.getByTestId('chart-volume').boundingBox())!;
		const span = Math.max(...years) - Math.min(...years) + 1;
		const gridWidth = box.width - 52 - 52; // agency-trend.ts GRID: left 52, right 52, top 52, bottom 40
		const index = record.year - Math.min(...years);
		await page.mouse.click(box.x + 52 + (gridWidth / span) * (index + 0.5), box.y + 52 + (box.height - 92) / 2);
		await page.waitForURL((u) => u.searchParams.get('year') === String(record.year));
		await profileReady(page, record.id);

		// Every value cell shown equals the record: the printed text of each data-path cell, and all of them.
		const shown = await page.locator('[data-testid="report-tables"] td[data-path]').evaluateAll((tds) => tds.map((td) => [(td as HTMLElement).dataset.path!, td.textContent ?? '']));
		expect(shown.map(([p]) => p)).toEqual(printedCellPaths(record.layout));
		for (const [path, text] of shown) expect(text, path).toBe((getAt(record, path!) as { raw: string }).raw);

		// A finding marks all its cells and brings them into view.
		await page.locator(`button[data-finding="${record.id}#${FINDINGS.filter((f) => f.recordId === record.id).indexOf(finding)}"]`).click();
		const hits = page.locator('[data-testid="report-tables"] td.gk-hit');
		await expect.poll(() => hits.count()).toBe(finding.paths.length);
		expect((await hits.evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.path))).sort()).toEqual([...finding.paths].sort());
		await expect.poll(() => hits.first().evaluate((td) => {
			const r = td.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		})).toBe(true);

		// The source: a safe link to the original when the record has an http(s) URL.
		if (record.source.url?.startsWith('http')) {
			const link = page.locator('[data-testid="source"] a');
			await expect(link.getAttribute('href')).resolves.toBe(new URL(record.source.url).href);
			await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
		}
		await expect(page.getByTestId('source').textContent()).resolves.toContain(record.source.sha256 ?? record.source.fileName);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: join(OUTPUT_DIR, 'agency-profile.png'), fullPage: true });

		// ?year= is shareable: a fresh load opens that year's tables.
		const other = RECORDS.filter((r) => r.agency.id === agencyId).find((r) => r.year !== record.year)!;
		await page.goto(`${site.url}/agencies/${agencyId}?year=${other.year}`, { waitUntil: 'load' });
		await profileReady(page, other.id);
		await expect(page.locator('[data-testid="year-selector"] button[aria-pressed="true"]').textContent()).resolves.toBe(`${other.year}年`);

		// The language switch relabels the page and the charts, and keeps the year.
		await page.getByTestId('lang-switch').click();
		await page.waitForURL((u) => u.searchParams.get('lang') === 'en' && u.searchParams.get('year') === String(other.year));
		await page.waitForFunction(() => document.querySelector('[data-testid="chart-volume"] svg')?.textContent?.includes('New requests'));
		await profileReady(page, other.id);
		await expect(page.locator('#measures-title').textContent()).resolves.toBe('Key figures by year');
		expect(await page.getByTestId('chart-share').locator('svg text').allTextContents()).toContain('Share');
		await page.screenshot({ path: join(OUTPUT_DIR, 'agency-profile-en.png'), fullPage: true });
		await page.locator('a.back').click();
		await page.waitForURL((u) => u.pathname === '/agencies' && u.searchParams.get('lang') === 'en');
		await listReady(page);
		await expect(page.locator('h1').textContent()).resolves.toBe('Agencies');
		await expect(page.locator('button[data-sort-key="name"]').textContent()).resolves.toContain('Agency');
		await page.screenshot({ path: join(OUTPUT_DIR, 'agencies-en.png'), fullPage: true });

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
