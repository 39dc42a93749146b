/**
 * Embedding and exporting panels, in headless Chromium on the built site:
 * - a test page (another document, about:blank) holds an iframe on /embed/trend with filters in its URL: the chart
 *   draws with data, there is no site chrome, the filters apply, the chart follows the iframe's size;
 * - the panel's export menu inside the iframe downloads valid files: PNG (signature, 2× size), SVG (parses as XML, has
 *   the chart's text), CSV / XLSX / Parquet equal to the same named query run with node-api on the bundled dataset;
 * - on the overview, "copy embed code" gives an iframe whose src reopens the same view (same filters, language);
 * - the console stays clean and nothing is requested beyond the site's origin.
 * Screenshots: tests/e2e/output/embed.png (the test page), export-menu.png (the menu open on the overview).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import type { Download, Frame, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv';
import { bodyRows, headerRow, type ExportColumns } from '../../src/lib/export/tables';
import { parseView, toQueryFilters } from '../../src/lib/filters';
import { panelSpec, type OverviewPanelId } from '../../src/lib/panels/overview';
import { openNode } from '../unit/db/helpers';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as { year: number }[];
const RANGE = { min: Math.min(...RECORDS.map((r) => r.year)), max: Math.max(...RECORDS.map((r) => r.year)) };

/** The rows a panel shows for a URL search, by the same named query on node-api, as cells in column order. */
async function expectedRows(id: OverviewPanelId, search: string) {
	const db = await openNode();
	try {
		const spec = panelSpec(id);
		const f = toQueryFilters(parseView(new URLSearchParams(search)), RANGE);
		const rows = await db.runner.query(spec.query, spec.params(f, RANGE));
		const shown = spec.shown ? spec.shown(rows, f) : rows;
		const columns = spec.columns as ExportColumns<Record<string, unknown>>;
		return { columns, rows: shown as Record<string, unknown>[], cells: bodyRows(columns, shown as Record<string, unknown>[]) };
	} finally {
		db.close();
	}
}

/** Waits for an embed (in a frame) to show `fragment` in its filters with the panel ready and its chart drawn. */
async function embedReady(frame: Frame, fragment: string, chart: string | null) {
	await frame.waitForFunction(
		({ fragment, chart }) => {
			const el = document.querySelector<HTMLElement>('[data-testid="embed"]');
			if (!el || el.dataset.state !== 'ready' || !(el.dataset.filters ?? '').includes(fragment)) return false;
			if (document.querySelector('[data-testid^="panel-"]')?.getAttribute('data-status') !== 'ready') return false;
			return chart === null || (document.querySelector(`[data-testid="${chart}"]`)?.querySelectorAll('svg path').length ?? 0) > 0;
		},
		{ fragment, chart },
		{ timeout: 150_000 }
	);
}

async function hostPage(page: Page, html: string): Promise<Frame> {
	await page.setContent(
		`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title><style>body{font-family:sans-serif;margin:24px;background:#eef1f4;color:#1f2328}main{max-width:900px;background:#fff;padding:16px 20px;border-radius:6px}p{font-size:14px;line-height:1.6}</style></head>` +
			`<body><main><h1 style="font-size:20px">某政务公开专栏（测试页面）</h1><p>下面的图表通过 iframe 嵌入，数据随筛选条件更新。</p>${html}<p>正文继续……</p></main></body></html>`
	);
	const frame = await (await page.waitForSelector('iframe')).contentFrame();
	if (!frame) throw new Error('no iframe frame');
	return frame;
}

/** Clicks a menu item of a panel's export menu and returns the download. */
async function download(page: Page, scope: Frame | Page, panel: string, action: string): Promise<Download> {
	await scope.getByTestId(`export-${panel}`).click();
	const [d] = await Promise.all([page.waitForEvent('download'), scope.locator(`[data-action="${action}"]`).click()]);
	return d;
}
const bytesOf = async (d: Download) => readFile((await d.path())!);

describe('embed and export (/embed/[panel], panel menus)', () => {
	const site = useSite();

	it('an iframe on another page shows the panel with its filters, no chrome, and valid downloads', { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		const search = 'yearFrom=2021&yearTo=2024&kind=department';
		const frame = await hostPage(page, `<iframe src="${site.url}/embed/trend?${search}" title="办理结果" width="100%" height="420" style="border:1px solid #d0d7de"></iframe>`);
		await embedReady(frame, '"yearFrom":2021,"yearTo":2024', 'chart-trend');

		// No site chrome; the panel and the source line are there.
		expect(await frame.locator('header.chrome, nav').count()).toBe(0);
		await expect(frame.locator('h2').textContent()).resolves.toBe('办理结果（逐年）');
		expect(await frame.getByTestId('embed-source').textContent()).toContain('gongkai');
		// The reader of the host page sees which filters the numbers are for.
		await frame.waitForFunction(() => document.querySelector('[data-testid="embed-filters"]')?.textContent === '2021–2024年 · 部门');
		const full = frame.getByTestId('embed-full-view');
		await expect(full.getAttribute('target')).resolves.toBe('_blank');
		expect(new URL((await full.getAttribute('href'))!, site.url).search).toBe(`?${search}`);

		// The filters apply: the x axis has exactly the years asked for; the filters are the ones of the URL.
		const filters = JSON.parse((await frame.getByTestId('embed').getAttribute('data-filters'))!) as Record<string, unknown>;
		expect(filters).toMatchObject({ yearFrom: 2021, yearTo: 2024, kind: 'department', scope: 'agencies' });
		const axisText = (await frame.getByTestId('chart-trend').locator('svg text').allTextContents()).join(' ');
		for (const y of [2021, 2022, 2023, 2024]) expect(axisText).toContain(String(y));
		expect(axisText).not.toContain('2019');
		expect(axisText).toContain('申请数');
		await page.screenshot({ path: join(OUTPUT_DIR, 'embed.png') });

		// The chart follows the iframe's size.
		const width = async () => Number(await frame.getByTestId('chart-trend').locator('svg').first().getAttribute('width'));
		const before = await width();
		await page.evaluate(() => document.querySelector('iframe')!.setAttribute('width', '560'));
		await frame.waitForFunction((w) => Number(document.querySelector('[data-testid="chart-trend"] svg')?.getAttribute('width')) < w - 100, before);
		expect(await width()).toBeLessThan(560);
		await page.evaluate(() => document.querySelector('iframe')!.setAttribute('width', '100%'));
		await frame.waitForFunction((w) => Number(document.querySelector('[data-testid="chart-trend"] svg')?.getAttribute('width')) === w, before);

		// Downloads from the menu inside the iframe.
		const expected = await expectedRows('trend', search);
		expect([...new Set(expected.rows.map((r) => r.year))]).toEqual([2021, 2022, 2023, 2024]);

		const csv = await download(page, frame, 'trend', 'csv');
		expect(csv.suggestedFilename()).toBe('gongkai_trend_2021-2024_department.csv');
		const csvRows = parseCsv((await bytesOf(csv)).toString('utf8'));
		expect(csvRows[0]).toEqual(['年度', '办理结果', '数量']);
		expect(csvRows.slice(1)).toEqual(expected.cells.map((r) => r.map((v) => (v === null ? '' : String(v)))));

		const xlsx = await download(page, frame, 'trend', 'xlsx');
		expect(xlsx.suggestedFilename()).toBe('gongkai_trend_2021-2024_department.xlsx');
		const [sheet] = await readXlsxFile(await bytesOf(xlsx));
		expect(sheet!.sheet).toBe('办理结果（逐年）');
		expect(sheet!.data).toEqual([headerRow(expected.columns), ...expected.cells]);

		const parquet = await download(page, frame, 'trend', 'parquet');
		const buf = await bytesOf(parquet);
		const back = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
		expect(back).toEqual(expected.rows);

		const svg = await download(page, frame, 'trend', 'svg');
		expect(svg.suggestedFilename()).toBe('gongkai_trend_2021-2024_department.svg');
		const svgText = (await bytesOf(svg)).toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
		}, svgText);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.text).toContain('申请数');
		expect(parsed.text).toContain('2024');

		const png = await download(page, frame, 'trend', 'png');
		const pngBytes = await bytesOf(png);
		expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(pngBytes.readUInt32BE(16)).toBe((await width()) * 2); // IHDR width: 2× the chart's
		expect(pngBytes.length).toBeGreaterThan(5_000);

		// An English embed: labels and the axis name switch.
		const en = await hostPage(page, `<iframe src="${site.url}/embed/agencies?lang=en&scope=all" title="agencies" width="640" height="440"></iframe>`);
		await embedReady(en, '"scope":"all"', 'chart-agencies');
		await expect(en.locator('h2').textContent()).resolves.toBe('Agencies with most new requests');
		expect(await en.getByTestId('embed-full-view').textContent()).toContain('Open the full view');
		expect(await en.getByTestId('embed-filters').textContent()).toBe('2019–2025 · All reports');
		await page.screenshot({ path: join(OUTPUT_DIR, 'embed-en.png') });
		const enCsv = await download(page, en, 'agencies', 'csv');
		const enRows = parseCsv((await bytesOf(enCsv)).toString('utf8'));
		const enExpected = await expectedRows('agencies', 'lang=en&scope=all');
		expect(enRows.slice(1)).toEqual(enExpected.cells.map((r) => r.map((v) => (v === null ? '' : String(v)))));

		const foreign = foreignRequests(requests, site.url, ['data', 'blob', 'about']);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('on the overview, every panel has the menu; the embed code reopens the same view', { timeout: 480_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });

		const search = 'yearFrom=2020&yearTo=2023&scope=all';
		await page.goto(`${site.url}/?${search}`, { waitUntil: 'load' });
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('[data-testid="overview"]')?.dataset.state === 'ready' &&
				[...document.querySelectorAll('[data-testid^="chart-"]')].every((c) => c.querySelectorAll('svg path').length > 0),
			null,
			{ timeout: 150_000 }
		);
		for (const id of ['kpis', 'trend', 'applicants', 'agencies', 'findings']) await expect(page.getByTestId(`export-${id}`).count()).resolves.toBe(1);

		// The KPI cards are not a chart: data downloads only (and the embed code); the CSV is the selected years' rows.
		await page.getByTestId('export-kpis').click();
		expect(await page.locator('[role="menu"] [data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['embed', 'csv', 'xlsx']);
		await page.keyboard.press('Escape');
		const kpiCsv = parseCsv((await bytesOf(await download(page, page, 'kpis', 'csv'))).toString('utf8'));
		const kpiExpected = await expectedRows('kpis', search);
		expect(kpiExpected.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023]);
		expect(kpiCsv.slice(1)).toEqual(kpiExpected.cells.map((r) => r.map((v) => (v === null ? '' : String(v)))));

		// The menu, open, for the screenshot.
		await page.getByTestId('export-trend').click();
		expect(await page.locator('[role="menu"] [data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
			'embed',
			'png',
			'svg',
			'csv',
			'xlsx',
			'parquet'
		]);
		await page.getByTestId('panel-trend').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(OUTPUT_DIR, 'export-menu.png') });

		// Copy the embed code: copied to the clipboard and shown in the dialog.
		await page.locator('[role="menu"] [data-action="embed"]').click();
		const dialog = page.getByTestId('embed-dialog-trend');
		await expect(dialog.isVisible()).resolves.toBe(true);
		const code = await dialog.getByTestId('embed-code').inputValue();
		await page.waitForFunction(() => document.querySelector('[data-testid="embed-dialog-trend"] [role="status"]')?.textContent?.includes('已复制'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
		expect(src).toBe(`${site.url}/embed/trend?${search}`);
		expect(code).toMatch(/title="办理结果（逐年）"/);
		await page.screenshot({ path: join(OUTPUT_DIR, 'export-embed-dialog.png') });
		await dialog.getByRole('button', { name: '关闭' }).click();
		const overviewFilters = await page.getByTestId('overview').getAttribute('data-filters');

		// The code, pasted into another page, shows the same view.
		const host = await site.newPage();
		const hostErrors = collectErrors(host);
		await host.setViewportSize({ width: 1366, height: 768 });
		const frame = await hostPage(host, code);
		await embedReady(frame, '"scope":"all"', 'chart-trend');
		await expect(frame.getByTestId('embed').getAttribute('data-filters')).resolves.toBe(overviewFilters);
		await host.close();

		const foreign = foreignRequests(requests, site.url, ['data', 'blob', 'about']);
		expect(foreign).toEqual([]);
		expect([...errors, ...hostErrors]).toEqual([]);
		await page.close();
	});
});
