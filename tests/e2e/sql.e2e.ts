/**
 * The SQL console (/sql) in headless Chromium on the built site, used as a new user would: type a query and press
 * Ctrl+Enter (rows equal records.json), refused statements say why, a query in the URL waits for Run, 100k rows
 * scroll to the end with few rows in the DOM, the CSV export holds the grid's rows, the history survives a reload,
 * completion offers a column name, the schema browser shows zh labels and inserts names, the language switch
 * relabels the page; no request leaves the site and the console stays clean. Screenshot: tests/e2e/output/sql.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as { year: number }[];
const PER_YEAR = [...RECORDS.reduce((m, r) => m.set(r.year, (m.get(r.year) ?? 0) + 1), new Map<number, number>())].sort((a, b) => a[0] - b[0]);

/** Replaces the editor's text (as a paste would). */
async function setSql(page: Page, sql: string) {
	await page.locator('.cm-content').focus();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(sql);
}
const editorText = (page: Page) => page.locator('.cm-content').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));

/** Waits for the run to finish in `state` (done / refused / error). */
async function finished(page: Page, state: string) {
	await page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-testid="sql-page"]')?.dataset.state === s, state, { timeout: 120_000 });
}

/** The grid's rendered rows as cell texts (row number column left out). */
const gridRows = (page: Page) =>
	page.locator('[data-testid="result-grid"] .body [role="row"]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role="cell"]')].map((c) => c.textContent ?? '')));

describe('SQL console (/sql)', () => {
	const site = useSite();

	it('runs queries read-only, scrolls 100k rows, exports, keeps history, completes names, switches language', { timeout: 900_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		await page.goto(`${site.url}/sql`, { waitUntil: 'load' });
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="sql-page"]')?.dataset.db === 'ready', null, { timeout: 240_000 });
		expect(await page.locator('h1').textContent()).toBe('SQL 查询');
		await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('SQL');

		// Type a query as a person would, run it with Ctrl+Enter: one row per year, counts as in records.json.
		await page.locator('.cm-content').click();
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Delete');
		await page.keyboard.type('SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year', { delay: 5 });
		await page.keyboard.press('Escape'); // closes a completion popup if one is open
		await page.keyboard.press('Control+Enter');
		await finished(page, 'done');
		expect(await gridRows(page)).toEqual(PER_YEAR.map(([y, n]) => [String(y), String(n)]));
		await expect(page.getByTestId('result-meta').getAttribute('data-rows')).resolves.toBe(String(PER_YEAR.length));
		expect(await page.getByTestId('result-meta').textContent()).toMatch(/7 行 · 用时 \d+ 毫秒/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year');
		await page.screenshot({ path: join(OUTPUT_DIR, 'sql.png'), fullPage: true });

		// Export CSV: the file holds the header and the grid's rows.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
		expect(download.suggestedFilename()).toMatch(/^gongkai-sql_.*\.csv$/);
		const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
		expect(csv).toEqual([['year', 'n'], ...PER_YEAR.map(([y, n]) => [String(y), String(n)])]);

		// Writing statements are refused with a message naming them; the views stay.
		await setSql(page, 'DROP VIEW reports');
		await page.getByTestId('run').click();
		await finished(page, 'refused');
		expect(await page.getByTestId('result-error').textContent()).toContain('不能运行 DROP VIEW 语句');
		await setSql(page, 'SELECT 1; DROP VIEW reports');
		await page.keyboard.press('Control+Enter');
		await page.waitForFunction(() => document.querySelector('[data-testid="result-error"]')?.textContent?.includes('一次只能运行一条语句'));
		await setSql(page, "SELECT count(*) AS n, count(*) FILTER (WHERE kind = 'area') AS areas FROM reports");
		await page.keyboard.press('Control+Enter');
		await finished(page, 'done');
		expect(await gridRows(page)).toEqual([[String(RECORDS.length), '6']]);
		// DuckDB's own error message shows for a query it rejects.
		await setSql(page, 'SELECT * FROM no_such_table');
		await page.keyboard.press('Control+Enter');
		await finished(page, 'error');
		expect(await page.getByTestId('result-error').textContent()).toContain('no_such_table');

		// NULL, the empty string and 0 look different.
		await setSql(page, "SELECT NULL::INTEGER AS a, '' AS b, 0 AS c");
		await page.keyboard.press('Control+Enter');
		await finished(page, 'done');
		const cells = page.locator('[data-testid="result-grid"] .body [role="cell"]');
		expect(await cells.evaluateAll((els) => els.map((e) => `${e.className.split(' ').filter((c: string) => ['null', 'empty', 'number'].includes(c)).join('')}:${e.textContent}`))).toEqual(['null:NULL', 'empty:（空字符串）', 'number:0']);

		// 100k rows: scrolling to the end shows the last row while the DOM holds only a few rows.
		await setSql(page, 'SELECT * FROM range(100000)');
		await page.keyboard.press('Control+Enter');
		await finished(page, 'done');
		await expect(page.getByTestId('result-grid').getAttribute('data-rows')).resolves.toBe('100000');
		const grid = page.getByTestId('result-grid');
		await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await page.waitForFunction(() => document.querySelector('[data-testid="result-grid"] [data-row="99999"]')?.textContent?.includes('99999'));
		const domRows = await page.locator('[data-testid="result-grid"] .body [role="row"]').count();
		expect(domRows).toBeLessThan(60);
		const last = page.locator('[data-testid="result-grid"] [data-row="99999"]');
		const [gridBox, lastBox] = [(await grid.boundingBox())!, (await last.boundingBox())!];
		expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(gridBox.y + gridBox.height + 1);
		expect(lastBox.y).toBeGreaterThan(gridBox.y);

		// A query in the URL is shown but not run until Run; Run puts it back in the URL.
		await page.goto(`${site.url}/sql?q=${encodeURIComponent('SELECT 42 AS answer')}`, { waitUntil: 'load' });
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="sql-page"]')?.dataset.db === 'ready', null, { timeout: 240_000 });
		await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent === 'SELECT 42 AS answer');
		await page.waitForTimeout(500);
		await expect(page.getByTestId('sql-page').getAttribute('data-state')).resolves.toBe('idle');
		expect(await page.getByTestId('result-idle').textContent()).toContain('按“运行”后执行');
		expect(await page.getByTestId('result-grid').count()).toBe(0);
		await page.getByTestId('run').click();
		await finished(page, 'done');
		expect(await gridRows(page)).toEqual([['42']]);

		// The history survives a reload, newest first; clicking an entry restores it.
		await page.goto(`${site.url}/sql`, { waitUntil: 'load' });
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="sql-page"]')?.dataset.db === 'ready', null, { timeout: 240_000 });
		const history = page.getByTestId('history').locator('button');
		await page.waitForFunction(() => (document.querySelectorAll('[data-testid="history"] button').length ?? 0) > 0);
		const entries = await history.allTextContents();
		expect(entries.slice(0, 3)).toEqual(['SELECT 42 AS answer', 'SELECT * FROM range(100000)', "SELECT NULL::INTEGER AS a, '' AS b, 0 AS c"]);
		expect(entries).not.toContain('DROP VIEW reports');
		await history.nth(1).click();
		expect(await editorText(page)).toBe('SELECT * FROM range(100000)');

		// Completion offers a column name with its table and meaning.
		await setSql(page, 'SELECT agency_na');
		await page.keyboard.press('Control+Space');
		const popup = page.locator('.cm-tooltip-autocomplete');
		await popup.waitFor({ timeout: 10_000 });
		expect(await popup.textContent()).toContain('agency_name');
		// CodeMirror ignores Enter for its interactionDelay (75 ms) after the popup opens: wait for the selected option
		// to settle before accepting it with the keyboard.
		await page.waitForTimeout(250);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent === 'SELECT agency_name', null, { timeout: 10_000 });
		expect(await editorText(page)).toBe('SELECT agency_name');

		// The schema browser shows each column's zh label; clicking a column inserts its name.
		const schema = page.getByTestId('schema-browser');
		await page.waitForFunction(() => document.querySelector('[data-testid="schema-browser"] [data-column="applications_results_totalProcessed_naturalPerson"]') !== null);
		await expect(schema.locator('[data-column="agency_name"]').textContent()).resolves.toContain('机关名称（报告所载）');
		await expect(schema.locator('[data-column="applications_results_totalProcessed_naturalPerson"]').textContent()).resolves.toContain('表三 · （七）总计 · 自然人');
		await page.keyboard.type(', ');
		await schema.locator('[data-column="year"]').first().click();
		expect(await editorText(page)).toBe('SELECT agency_name, year');

		// Language switch: labels in English, the editor keeps its text.
		await page.getByTestId('lang-switch').click();
		await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'SQL console');
		await expect(schema.locator('[data-column="agency_name"]').textContent()).resolves.toContain('Agency name (as published)');
		expect(await editorText(page)).toBe('SELECT agency_name, year');
		await page.locator('.cm-content').focus();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+End');
		await page.keyboard.insertText(' FROM reports LIMIT 3');
		await page.getByTestId('run').click();
		await finished(page, 'done');
		expect(await page.getByTestId('result-meta').textContent()).toMatch(/^\s*3 rows · \d+ ms\s*$/);
		await setSql(page, 'INSTALL httpfs');
		await page.getByTestId('run').click();
		await finished(page, 'refused');
		expect(await page.getByTestId('result-error').textContent()).toContain('does not run INSTALL statements');
		await page.screenshot({ path: join(OUTPUT_DIR, 'sql-en.png'), fullPage: true });

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
