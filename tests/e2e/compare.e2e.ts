/**
 * The compare page (/compare) in headless Chromium on the built site, as a new user would use it: the start state
 * suggests agencies; two agencies and a region are picked through the search; the URL holds them and a reload
 * restores them; every value, rank and outlier flag in the table equals a recomputation from records.json and
 * findings.json; a bar click finds its entity's card; a click on a year narrows the years (and the numbers follow);
 * removing a card updates the URL; the language switch relabels the page; nothing is requested beyond the site's
 * origin and the console stays clean. Screenshots: tests/e2e/output/compare*.png (1366×768).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, Finding } from '../../src/lib/report/schema';
import { MEASURE_LIST, referenceEntities, referenceStats } from '../unit/db/compare-reference';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as AnnualReport[];
const FINDINGS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/findings.json'), 'utf8')) as Finding[];
const MIN = Math.min(...RECORDS.map((r) => r.year));
const MAX = Math.max(...RECORDS.map((r) => r.year));
const idOf = (fragment: string) => RECORDS.find((r) => r.agency.name.includes(fragment))!.agency.id;
const FINANCE = idOf('财政金融');
const TRANSPORT = idOf('交通与建设');
const COUNTY = '350128';
const RATES = ['disclosed_share', 'denied_share', 'unable_share', 'not_processed_share', 'reviews_per_100', 'lawsuits_per_100', 'correction_rate', 'errors_per_report', 'late_share'];

/** Waits until the page shows `selection` (entity keys) and the years, with every query answered and chart drawn. */
async function settled(page: Page, selection: string[], years: string) {
	await page.waitForFunction(
		({ selection, years, rates }) => {
			const el = document.querySelector<HTMLElement>('[data-testid="compare"]');
			if (!el || el.dataset.state !== 'ready' || !(el.dataset.filters ?? '').includes(years)) return false;
			const sel = (JSON.parse(el.dataset.selection ?? '[]') as { type: string; id: string }[]).map((e) => `${e.type}:${e.id}`);
			if (sel.join('|') !== selection.join('|')) return false;
			if (selection.length === 0) return document.querySelectorAll('[data-testid="suggestion"]').length > 0;
			const drawn = (id: string) => (document.querySelector(`[data-testid="${id}"]`)?.querySelectorAll('svg path').length ?? 0) > 0;
			return rates.every((m) => drawn(`chart-rate-${m}`)) && drawn('chart-compare-trend') && document.querySelectorAll('[data-testid="entity-card"]').length === selection.length;
		},
		{ selection, years, rates: RATES },
		{ timeout: 240_000 }
	);
}

/** Every cell of the table equals the recomputation over [from, to]. */
async function checkTable(page: Page, entities: { type: 'agency' | 'region'; id: string }[], from: number, to: number) {
	const ref = referenceEntities(RECORDS, FINDINGS, from, to, 'agencies');
	let outliers = 0;
	for (const [i, e] of entities.entries()) {
		const r = ref.find((x) => x.type === e.type && x.id === e.id)!;
		for (const m of MEASURE_LIST) {
			const want = referenceStats(ref, r, m);
			const cell = page.getByTestId(`cell-${m}-${i}`);
			const value = await cell.getAttribute('data-value');
			const where = `${e.id} ${m} ${from}-${to}`;
			if (want.value === null) {
				expect(value, where).toBe('');
				expect(await cell.locator('.value').textContent(), where).toBe('—');
			} else expect(Math.abs(Number(value) - want.value), `${where}: ${value} vs ${want.value}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(want.value)));
			expect(await cell.getAttribute('data-rank'), where).toBe(want.rank === null ? '' : String(want.rank));
			expect(await cell.getAttribute('data-outlier'), where).toBe(want.outlier ?? '');
			if (want.rank !== null) expect(await cell.locator('.meta').textContent(), where).toContain(`${want.rank} / ${want.peers}`);
			if (want.outlier) {
				outliers++;
				expect(await cell.locator('.flag').textContent(), where).toMatch(want.outlier === 'high' ? /异常偏高|Outlier: high/ : /异常偏低|Outlier: low/);
			}
		}
	}
	return outliers;
}

async function pick(page: Page, text: string, entity: string) {
	await page.fill('#compare-search', text);
	const hit = page.locator(`[data-testid="picker-hits"] button[data-entity="${entity}"]`);
	await hit.waitFor({ timeout: 120_000 });
	await hit.click();
}

describe('compare page (/compare)', () => {
	const site = useSite();

	it('picks entities, keeps them in the URL, matches records.json, cross-filters and switches language', { timeout: 900_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		// Generous: this machine's two cores are shared (the wasm compile alone can take tens of seconds).
		page.setDefaultTimeout(180_000);
		const errors = collectErrors(page);
		const requests = recordRequests(page);
		const full = `"yearFrom":${MIN},"yearTo":${MAX}`;

		// The start state: suggestions, nothing compared yet. The nav leads here.
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		await page.locator('nav a', { hasText: '比较' }).click();
		await page.waitForURL((u) => u.pathname.endsWith('/compare'));
		await settled(page, [], full);
		expect(await page.locator('h1').textContent()).toBe('机关与地区比较');
		await expect(page.getByTestId('start').isVisible()).resolves.toBe(true);
		await page.screenshot({ path: join(OUTPUT_DIR, 'compare-start.png'), fullPage: true });

		// Pick two agencies (one by a part of its name) and a county through the search.
		await pick(page, '财政', `agency:${FINANCE}`);
		await page.waitForURL((u) => u.searchParams.get('ids') === FINANCE);
		await pick(page, '交通', `agency:${TRANSPORT}`);
		await page.waitForURL((u) => u.searchParams.get('ids') === `${FINANCE},${TRANSPORT}`);
		await pick(page, '平潭', `region:${COUNTY}`);
		await page.waitForURL((u) => u.searchParams.get('regions') === COUNTY);
		const keys = [`agency:${FINANCE}`, `agency:${TRANSPORT}`, `region:${COUNTY}`];
		const entities = [
			{ type: 'agency' as const, id: FINANCE },
			{ type: 'agency' as const, id: TRANSPORT },
			{ type: 'region' as const, id: COUNTY }
		];
		await settled(page, keys, full);
		expect(await page.getByTestId('entity-card').count()).toBe(3);
		const outliers = await checkTable(page, entities, MIN, MAX);
		expect(outliers).toBeGreaterThan(0);
		// The outlier rule is explained on the page.
		expect(await page.getByTestId('panel-table').textContent()).toContain('中位数绝对偏差');
		await page.screenshot({ path: join(OUTPUT_DIR, 'compare.png'), fullPage: true });

		// A reload restores the selection and the numbers.
		await page.reload({ waitUntil: 'load' });
		await settled(page, keys, full);
		await checkTable(page, entities, MIN, MAX);

		// A click on the second entity's bar finds its card.
		await page.getByTestId('chart-rate-denied_share').scrollIntoViewIfNeeded();
		const bars = (await page.getByTestId('chart-rate-denied_share').boundingBox())!;
		const plotLeft = bars.x + 44;
		const column = (bars.x + bars.width - 8 - plotLeft) / 3;
		await page.mouse.click(plotLeft + column * 1.5, bars.y + bars.height / 2);
		await page.waitForFunction((key) => document.activeElement?.getAttribute('data-entity') === key, keys[1], { timeout: 60_000 });
		await expect(page.locator('[data-testid="entity-card"].focused').getAttribute('data-entity')).resolves.toBe(keys[1]);

		// A click in the first year's column of the per-year chart narrows the years; the table follows.
		await page.getByTestId('chart-compare-trend').scrollIntoViewIfNeeded();
		const trend = (await page.getByTestId('chart-compare-trend').boundingBox())!;
		const yearWidth = (trend.width - 56 - 24) / (MAX - MIN + 1);
		await page.mouse.click(trend.x + 56 + yearWidth / 2, trend.y + 64 + (trend.height - 96) / 2); // compare.ts trend grid: left 56, right 24, top 64, bottom 32
		await page.waitForURL((u) => u.searchParams.get('yearFrom') === String(MIN) && u.searchParams.get('yearTo') === String(MIN));
		expect(new URL(page.url()).searchParams.get('ids')).toBe(`${FINANCE},${TRANSPORT}`);
		await settled(page, keys, `"yearFrom":${MIN},"yearTo":${MIN}`);
		await checkTable(page, entities, MIN, MIN);
		await page.goBack();
		await settled(page, keys, full);

		// The chosen measure of the per-year chart is in the URL too.
		await page.selectOption('select[name="measure"]', 'denied_share');
		await page.waitForURL((u) => u.searchParams.get('measure') === 'denied_share');
		await page.waitForFunction(() => document.querySelector('[data-testid="chart-compare-trend"] svg')?.textContent?.includes('不予公开占办结'));

		// Removing a card updates the URL and the page.
		await page.getByRole('button', { name: /移除 平潭县/ }).click();
		await page.waitForURL((u) => !u.searchParams.has('regions'));
		await settled(page, keys.slice(0, 2), full);
		await checkTable(page, entities.slice(0, 2), MIN, MAX);
		await page.goBack();
		await settled(page, keys, full);

		// The language switch: title, table and charts in English; the selection stays.
		await page.getByTestId('lang-switch').click();
		await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Compare agencies and regions');
		await settled(page, keys, full);
		await page.waitForFunction(() => document.querySelector('[data-testid="chart-compare-trend"] svg')?.textContent?.includes('Refused, of processed'));
		expect(await page.getByTestId('panel-rates').locator('figcaption').allTextContents()).toContain('Lawsuits per 100 processed');
		expect(await page.getByTestId('panel-table').textContent()).toContain('median absolute deviation');
		expect(await page.getByTestId('compare-table').textContent()).not.toContain('排名');
		await checkTable(page, entities, MIN, MAX);
		await page.screenshot({ path: join(OUTPUT_DIR, 'compare-en.png'), fullPage: true });

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
