/**
 * The compliance page (/compliance) in headless Chromium on the built site, as a new user would use it: the counts on
 * screen (KPIs, the rule × year heat table, the failing-reports total, the late/missing list) equal
 * data/default/findings.json; a heat-table click puts the year into the URL filters and the rule into `rule=`, the
 * list follows and a reload restores it; a drill-in shows the cells with the record's values and raw text
 * (records.json); the CSV download's rows equal findings.json for the filters; sorting and the severity filter
 * live in the URL; the language switch relabels the page. Console clean, nothing requested beyond the origin.
 * Screenshots: tests/e2e/output/compliance*.png (1366×768).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

interface FindingLite {
	rule: string;
	severity: 'error' | 'warning' | 'info';
	recordId: string;
	agencyId: string;
	year: number;
	paths: string[];
	message: { zh: string; en: string };
}
interface Cell {
	value: number | null;
	raw: string;
}
const read = <T>(name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'data/default', name), 'utf8')) as T;
const FINDINGS = read<FindingLite[]>('findings.json');
const RECORDS = read<({ id: string; year: number } & Record<string, unknown>)[]>('records.json');
const YEARS = RECORDS.map((r) => r.year);
const MIN = Math.min(...YEARS);
const MAX = Math.max(...YEARS);

const reportsOf = (fs: FindingLite[]) => new Set(fs.map((f) => `${f.recordId}|${f.year}`)).size;
function cellOf(id: string, path: string): Cell | undefined {
	let node: unknown = RECORDS.find((r) => r.id === id);
	for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
	return node && typeof node === 'object' && 'raw' in node ? (node as Cell) : undefined;
}

/** Waits until the page shows the filters and own state containing the fragments with every query answered. */
async function settled(page: Page, filters: string, own = '') {
	await page.waitForFunction(
		({ filters, own }) => {
			const el = document.querySelector<HTMLElement>('[data-testid="compliance"]');
			if (!el || el.dataset.state !== 'ready' || !(el.dataset.filters ?? '').includes(filters) || !(el.dataset.own ?? '').includes(own)) return false;
			return ['matrix', 'regions', 'late', 'reports'].every((p) => document.querySelector(`[data-testid="panel-${p}"]`)?.getAttribute('data-status') !== 'loading');
		},
		{ filters, own },
		{ timeout: 180_000 }
	);
}
const num = async (page: Page, testid: string) => Number(await page.getByTestId(testid).getAttribute('data-value'));

describe('compliance page (/compliance)', () => {
	const site = useSite();

	it('counts equal findings.json, cross-filters from the matrix, drills into cells, exports CSV, switches language', { timeout: 600_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		// A new user arrives from the overview through the navigation.
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		await page.getByRole('link', { name: '合规' }).click();
		await page.waitForURL((u) => u.pathname.startsWith('/compliance'));
		await settled(page, `"yearFrom":${MIN},"yearTo":${MAX}`);
		expect(await page.locator('h1').textContent()).toBe('合规核查');
		await expect(page.getByTestId('scope-note').textContent()).resolves.toContain('全部报告');
		expect(await page.locator('select[name="scope"]').count()).toBe(0);

		// The counts on screen equal the findings in the dataset.
		expect(await num(page, 'kpi-findings')).toBe(FINDINGS.length);
		expect(await num(page, 'kpi-reports')).toBe(reportsOf(FINDINGS));
		expect(await num(page, 'kpi-agencies')).toBe(new Set(FINDINGS.map((f) => f.agencyId)).size);
		for (const s of ['error', 'warning', 'info'] as const) expect(await num(page, `kpi-${s}s`)).toBe(FINDINGS.filter((f) => f.severity === s).length);
		expect(await num(page, 'reports-total')).toBe(reportsOf(FINDINGS));
		const cells = await page.locator('[data-testid^="heat-"][data-count]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid'), Number(e.getAttribute('data-count'))] as const));
		const expected: Record<string, number> = {};
		for (const f of FINDINGS) expected[`heat-${f.rule}-${f.year}`] = (expected[`heat-${f.rule}-${f.year}`] ?? 0) + 1;
		expect(Object.fromEntries(cells)).toEqual(expected);
		expect(await page.getByTestId('heat-total').textContent()).toBe(FINDINGS.length.toLocaleString('zh-CN'));
		// Late and missing: one row per TIMELINESS / MISSING finding, the missing years among them.
		const lateFindings = FINDINGS.filter((f) => f.rule === 'TIMELINESS' || f.rule === 'MISSING');
		expect(await page.getByTestId('late-list').locator('tbody tr').count()).toBe(lateFindings.length);
		expect(await page.getByTestId('late-list').locator('tr[data-status="missing"]').count()).toBe(FINDINGS.filter((f) => f.rule === 'MISSING').length);
		// Region bars are drawn.
		expect(await page.getByTestId('chart-regions').locator('svg path').count()).toBeGreaterThan(0);
		await page.screenshot({ path: join(OUTPUT_DIR, 'compliance.png'), fullPage: true });

		// A matrix click: the year goes into the URL filters, the rule into rule=; the counts and the list follow.
		const rule = 'T3_BALANCE';
		const byYear = FINDINGS.filter((f) => f.rule === rule).reduce<Record<number, number>>((m, f) => ({ ...m, [f.year]: (m[f.year] ?? 0) + 1 }), {});
		const year = Number(Object.entries(byYear).sort((a, b) => b[1] - a[1])[0]![0]);
		await page.getByTestId(`heat-${rule}-${year}`).click();
		await page.waitForURL((u) => u.searchParams.get('rule') === rule && u.searchParams.get('yearFrom') === String(year) && u.searchParams.get('yearTo') === String(year));
		await settled(page, `"yearFrom":${year},"yearTo":${year}`, `"rule":"${rule}"`);
		const selected = FINDINGS.filter((f) => f.rule === rule && f.year === year);
		const check = async () => {
			expect(await num(page, 'kpi-findings')).toBe(selected.length);
			expect(await num(page, 'reports-total')).toBe(reportsOf(selected));
			const listed = await page.getByTestId('reports-list').locator('tbody tr.row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-report')}|${r.getAttribute('data-year')}`));
			expect(listed.sort()).toEqual([...new Set(selected.map((f) => `${f.recordId}|${f.year}`))].sort());
		};
		await check();
		await expect(page.getByTestId('rule-chip').textContent()).resolves.toContain('收支平衡');
		// A reload restores the view.
		await page.reload({ waitUntil: 'load' });
		await settled(page, `"yearFrom":${year},"yearTo":${year}`, `"rule":"${rule}"`);
		await check();
		await expect(page.locator('select[name="rule"]').inputValue()).resolves.toBe(rule);

		// Drill-in: the report's findings and the cells with the record's values and raw text.
		const first = page.getByTestId('reports-list').locator('tbody tr.row').first();
		const reportId = (await first.getAttribute('data-report'))!;
		await first.getByRole('button').click();
		const drill = page.getByTestId('drill-in');
		await page.waitForFunction(() => document.querySelector('[data-testid="drill-in"]')?.getAttribute('data-state') === 'ready');
		const shown = await drill.locator('[data-testid="finding"]').count();
		expect(shown).toBe(selected.filter((f) => f.recordId === reportId).length);
		const evidence = await drill.locator('tr[data-path]').evaluateAll((rows) =>
			rows.map((r) => ({ path: r.getAttribute('data-path')!, value: r.getAttribute('data-value')!, raw: r.querySelector('.raw')?.textContent ?? '' }))
		);
		expect(evidence.length).toBe(selected.filter((f) => f.recordId === reportId).reduce((s, f) => s + f.paths.length, 0));
		for (const e of evidence) {
			const cell = cellOf(reportId, e.path);
			expect(e.value, e.path).toBe(cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
			if (cell && cell.raw !== '') expect(e.raw, e.path).toBe(cell.raw);
		}
		await drill.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(OUTPUT_DIR, 'compliance-drill.png') });

		// Export: the download's rows equal findings.json for the filters (all of them, not one page).
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
		expect(csv[0]!.slice(0, 3)).toEqual(['机关', '机关编号', '省']);
		const header = csv[0]!;
		const col = (name: string) => header.indexOf(name);
		const body = csv.slice(1);
		expect(body).toHaveLength(selected.length);
		const key = (rule: string, y: string | number, msg: string) => `${rule}|${y}|${msg}`;
		expect(body.map((r) => key(r[col('规则编号')]!, r[col('年度')]!, r[col('说明')]!)).sort()).toEqual(selected.map((f) => key(f.rule, f.year, f.message.zh)).sort());

		// Clearing the rule and widening the years; the whole dataset's CSV equals findings.json.
		await page.getByTestId('rule-chip').getByRole('button').click();
		await page.waitForURL((u) => !u.searchParams.has('rule'));
		await page.getByRole('button', { name: '清除筛选' }).click();
		await page.waitForURL((u) => !u.searchParams.has('yearFrom'));
		await settled(page, `"yearFrom":${MIN},"yearTo":${MAX}`, '"rule":null');
		const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
		const allRows = parseCsv(readFileSync((await all.path())!, 'utf8')).slice(1);
		expect(allRows).toHaveLength(FINDINGS.length);
		expect(allRows.map((r) => key(r[col('规则编号')]!, r[col('年度')]!, r[col('说明')]!)).sort()).toEqual(FINDINGS.map((f) => key(f.rule, f.year, f.message.zh)).sort());

		// Pages: the next page shows the following rows, the total stays.
		const firstPage = await page.getByTestId('reports-list').locator('tbody tr.row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-report')}|${r.getAttribute('data-year')}`));
		expect(firstPage.length).toBe(25);
		await page.getByRole('button', { name: '下一页' }).click();
		await page.waitForURL((u) => u.searchParams.get('page') === '2');
		await settled(page, `"yearFrom":${MIN}`, '"page":2');
		await expect(page.getByTestId('page-of').textContent()).resolves.toBe(`第 2 / ${Math.ceil(reportsOf(FINDINGS) / 25)} 页`);
		expect(await num(page, 'reports-total')).toBe(reportsOf(FINDINGS));
		const secondPage = await page.getByTestId('reports-list').locator('tbody tr.row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-report')}|${r.getAttribute('data-year')}`));
		expect(secondPage.some((id) => firstPage.includes(id))).toBe(false);

		// Severity filter and sorting live in the URL.
		await page.selectOption('select[name="severity"]', 'error');
		await page.waitForURL((u) => u.searchParams.get('severity') === 'error');
		await settled(page, `"yearFrom":${MIN}`, '"severity":"error"');
		const errs = FINDINGS.filter((f) => f.severity === 'error');
		expect(await num(page, 'kpi-findings')).toBe(errs.length);
		expect(await num(page, 'reports-total')).toBe(reportsOf(errs));
		await page.locator('button[data-sort="agency"]').click();
		await page.waitForURL((u) => u.searchParams.get('sort') === 'agency' && u.searchParams.get('dir') === 'asc');
		await settled(page, `"yearFrom":${MIN}`, '"sort":"agency","desc":false');
		const names = await page.getByTestId('reports-list').locator('tbody tr.row th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		// The language switch relabels the page and the matrix.
		await page.getByTestId('lang-switch').click();
		await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Compliance');
		await settled(page, `"yearFrom":${MIN}`, '"severity":"error"');
		expect(await page.getByTestId('heat-table').textContent()).toContain('Balance of requests');
		expect(await page.getByTestId('heat-table').textContent()).not.toContain('收支平衡');
		expect(await num(page, 'kpi-findings')).toBe(errs.length);
		await page.screenshot({ path: join(OUTPUT_DIR, 'compliance-en.png'), fullPage: true });

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
