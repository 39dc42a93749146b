/**
 * The browser query layer in headless Chromium, on the built site: /data starts DuckDB-wasm, loads the bundled
 * dataset and runs every named query; the row counts equal those of @duckdb/node-api on the same file, and no
 * request leaves the site's origin. Then a malformed file is rejected with a clear message while the loaded data
 * stays, and two raw report files (from ../shared/reports, when present) are parsed in the page and replace it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { probeQueries } from '../../src/lib/db/probe';
import { QUERIES } from '../../src/lib/db/queries';
import { RANGE_BYTES } from '../../src/lib/load/fetch-blob';
import { openNode } from '../unit/db/helpers';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

const SHARED_REPORTS = join(REPO_ROOT, '../shared/reports');
const NAMES = Object.keys(QUERIES);

/** Row count per named query as the page shows it. */
async function pageCounts(page: Page): Promise<Record<string, number | null>> {
	const out: Record<string, number | null> = {};
	for (const name of NAMES) {
		const row = page.getByTestId(`query-${name}`);
		const rows = await row.getAttribute('data-rows');
		const error = await row.getAttribute('data-error');
		expect(error, `${name}: ${error}`).toBe('');
		out[name] = rows === '' || rows === null ? null : Number(rows);
	}
	return out;
}

/** Waits until every query shows a row count. */
async function waitForCounts(page: Page) {
	await page.waitForFunction(
		(names) => names.every((n) => document.querySelector(`[data-testid="query-${n}"]`)?.getAttribute('data-rows')),
		NAMES,
		{ timeout: 60_000 }
	);
}

/** Two report files the default dataset was built from: a .txt and an .html, when the shared folder is there. */
function twoReports(): { name: string; mimeType: string; buffer: Buffer }[] | null {
	if (!existsSync(SHARED_REPORTS)) return null;
	const log = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/ingest-log.json'), 'utf8')) as {
		inputs: { file: string; status: string }[];
	};
	const records = log.inputs.filter((i) => i.status === 'record').map((i) => basename(i.file));
	const picks = [records.find((f) => f.endsWith('.txt')), records.find((f) => f.endsWith('.html'))].filter((f) => f !== undefined);
	if (picks.length < 2 || !picks.every((f) => existsSync(join(SHARED_REPORTS, f)))) return null;
	return picks.map((f) => ({
		name: f,
		mimeType: f.endsWith('.html') ? 'text/html' : 'text/plain',
		buffer: readFileSync(join(SHARED_REPORTS, f))
	}));
}

describe('browser query layer (/data)', () => {
	const site = useSite();
	let expected: Record<string, number>;

	beforeAll(async () => {
		const node = await openNode();
		try {
			expected = Object.fromEntries((await probeQueries(node.runner)).map((r) => [r.name, r.rows ?? -1]));
		} finally {
			node.close();
		}
	});

	it('loads the bundled dataset, answers every named query as node-api does, only from its own origin; survives a malformed file; parses dropped reports', { timeout: 180_000 }, async () => {
		const page = await site.newPage();
		const errors = collectErrors(page);
		const requests = recordRequests(page);
		// How the bundled .duckdb was fetched: in byte ranges, each answered with that range (fetch-blob.ts).
		const datasetParts: { range: string | undefined; status: number }[] = [];
		page.on('response', (r) => {
			if (r.url().endsWith('/data/default/gongkai.duckdb')) datasetParts.push({ range: r.request().headers().range, status: r.status() });
		});

		const response = await page.goto(`${site.url}/data`);
		expect(response?.status()).toBe(200);
		await page.getByTestId('db-status').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 90_000 });
		await waitForCounts(page);

		// The bundled dataset: its manifest says real reports; every query's row count as in node-api.
		await expect(page.getByTestId('dataset').getAttribute('data-origin')).resolves.toBe('bundled');
		await expect(page.getByTestId('dataset-synthetic').textContent()).resolves.toContain('真实报告');
		const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/manifest.json'), 'utf8')) as { counts: { reports: number } };
		await expect(page.getByTestId('count-reports').textContent()).resolves.toBe(String(manifest.counts.reports));
		const bundled = await pageCounts(page);
		expect(bundled).toEqual(expected);
		await page.screenshot({ path: join(OUTPUT_DIR, 'data.png'), fullPage: true });

		// No request beyond the site's own origin (the wasm, the worker and the data included).
		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(requests.some((u) => u.endsWith('/data/default/gongkai.duckdb'))).toBe(true);
		const size = statSync(join(REPO_ROOT, 'data/default/gongkai.duckdb')).size;
		expect(datasetParts.length).toBe(Math.ceil(size / RANGE_BYTES));
		expect(datasetParts.every((p, i) => p.status === 206 && p.range === `bytes=${i * RANGE_BYTES}-${(i + 1) * RANGE_BYTES - 1}`)).toBe(true);
		expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);

		// A malformed file: a clear error naming it, and the bundled data stays.
		const input = page.getByTestId('file-input');
		await input.setInputFiles({ name: 'reports.parquet', mimeType: 'application/octet-stream', buffer: Buffer.from('PAR1 this is not parquet') });
		const error = page.getByTestId('load-error');
		await error.waitFor({ timeout: 30_000 });
		await expect(error.textContent()).resolves.toMatch(/reports\.parquet 不是可读的 Parquet 文件.*之前的数据保持不变/);
		await expect(page.locator('[data-testid="file-status"][data-name="reports.parquet"]').getAttribute('data-status')).resolves.toBe('rejected');
		await waitForCounts(page);
		await expect(page.getByTestId('dataset').getAttribute('data-origin')).resolves.toBe('bundled');
		expect(await pageCounts(page)).toEqual(bundled);

		// A .duckdb file chosen by the user (here the bundled one): attached as the File it is, read by DuckDB's
		// worker a block at a time; its tables counted from it.
		await input.setInputFiles(join(REPO_ROOT, 'data/default/gongkai.duckdb'));
		await page.getByTestId('dataset').and(page.locator('[data-origin="files"]')).waitFor({ timeout: 60_000 });
		const picked = page.locator('[data-testid="file-status"][data-name="gongkai.duckdb"]');
		await expect(picked.getAttribute('data-status')).resolves.toBe('loaded');
		await expect(picked.textContent()).resolves.toContain(`${manifest.counts.reports} 份报告`);
		await expect(page.getByTestId('count-reports').textContent()).resolves.toBe(String(manifest.counts.reports));

		// Two raw reports, parsed in the page by the command line's parser: they become the dataset.
		const reports = twoReports();
		if (!reports) {
			console.warn('db.e2e: ../shared/reports not found; skipping the raw-report load');
		} else {
			await input.setInputFiles(reports);
			await page.locator(`[data-testid="file-status"][data-name="${reports[0]!.name}"]`).waitFor({ timeout: 60_000 });
			await expect(page.getByTestId('dataset').getAttribute('data-origin')).resolves.toBe('files');
			await waitForCounts(page);
			const statuses = page.getByTestId('file-status');
			await expect(statuses.count()).resolves.toBe(2);
			for (const r of reports) {
				await expect(page.locator(`[data-testid="file-status"][data-name="${r.name}"]`).getAttribute('data-status')).resolves.toBe('loaded');
			}
			await expect(page.getByTestId('count-reports').textContent()).resolves.toBe('2');
			await expect(page.getByTestId('dataset-synthetic').textContent()).resolves.toContain('真实报告');
			const counts = await pageCounts(page);
			expect(counts['dataset-summary']).toBe(1);
			expect(counts['agency-profile']).toBeGreaterThan(0);
			expect(counts['agency-list']).toBeGreaterThan(0);
			expect(counts['report-cells']).toBeGreaterThan(0);
			await page.screenshot({ path: join(OUTPUT_DIR, 'data-reports.png'), fullPage: true });
		}

		const foreignAfter = foreignRequests(requests, site.url);
		expect(foreignAfter).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
