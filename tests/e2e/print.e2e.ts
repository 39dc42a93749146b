/**
 * The print briefing (/print) in headless Chromium on the built site: a new user opens the overview with filters,
 * follows "打印简报", waits for every chart, prints to PDF (A4). The PDF has its pages, page 1 shows the title, the
 * key-figures table equals data/default/records.json (scope agencies: area-wide reports left out), each PDF page is
 * rendered to tests/e2e/output/print-p<N>.png (pdfjs-dist in Node, drawn on @napi-rs/canvas) to be looked at. The
 * English briefing relabels everything. Console clean, nothing requested beyond the site's origin.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, REPO_ROOT, collectErrors, foreignRequests, recordRequests } from './harness';
import { useSite } from './site';

interface Cell {
	value: number | null;
}
interface RecordLite {
	year: number;
	agency: { id: string; level: string; kind: string; region: { county: { code: string } | null } };
	applications: {
		newReceived: { total: Cell };
		carriedOver: { total: Cell };
		results: { totalProcessed: { total: Cell } };
	};
	reviewLitigation: Record<'review' | 'litigationDirect' | 'litigationAfterReview', { total: Cell; corrected: Cell }>;
}
const RECORDS = JSON.parse(readFileSync(join(REPO_ROOT, 'data/default/records.json'), 'utf8')) as RecordLite[];

const FROM = 2021;
const TO = 2024;
const LEVEL = 'prefecture';
const COUNTY = '350128';
const SEARCH = `?yearFrom=${FROM}&yearTo=${TO}&level=${LEVEL}&countyCode=${COUNTY}`;
const CHARTS = ['print-chart-trend', 'print-chart-refusal', 'print-chart-applicants', 'print-chart-agencies', 'print-chart-findings'];

/** Sum of one cell over records, blank cells skipped; null when every one is blank (blank is not zero). */
const sum = (rs: RecordLite[], get: (r: RecordLite) => number | null) =>
	rs.reduce<number | null>((s, r) => {
		const v = get(r);
		return v === null ? s : (s ?? 0) + v;
	}, null);
const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** The key figures' count columns for a set of records (same order as the table's count columns). */
function expected(rs: RecordLite[]) {
	const rl = (k: 'review' | 'litigationDirect' | 'litigationAfterReview', f: 'total' | 'corrected') => sum(rs, (r) => r.reviewLitigation[k][f].value);
	return {
		newReceived: sum(rs, (r) => r.applications.newReceived.total.value),
		carriedOver: sum(rs, (r) => r.applications.carriedOver.total.value),
		processed: sum(rs, (r) => r.applications.results.totalProcessed.total.value),
		reviews: rl('review', 'total'),
		lawsuits: add(rl('litigationDirect', 'total'), rl('litigationAfterReview', 'total')),
		corrected: add(rl('review', 'corrected'), add(rl('litigationDirect', 'corrected'), rl('litigationAfterReview', 'corrected')))
	};
}

/** '1,234' → 1234, '—' → null. */
const parseCount = (s: string) => (s.trim() === '—' ? null : Number(s.replace(/,/g, '')));

async function ready(page: Page) {
	await page.waitForFunction(
		(charts) => {
			const el = document.querySelector<HTMLElement>('[data-testid="print"]');
			if (!el || el.dataset.state !== 'ready') return false;
			return charts.every((c) => {
				const node = document.querySelector<HTMLElement>(`[data-testid="${c}"]`);
				return node?.dataset.ready === 'true' && node.querySelectorAll('svg path').length > 0;
			});
		},
		CHARTS,
		{ timeout: 150_000 }
	);
}

/** Node 20 lacks two built-ins pdfjs-dist 6 uses (Node 22 has them); added for this test process only. */
function polyfillForPdfjs() {
	const P = Promise as unknown as { withResolvers?: () => unknown };
	P.withResolvers ??= function <T>() {
		let resolve!: (v: T) => void;
		let reject!: (e: unknown) => void;
		const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
		return { promise, resolve, reject };
	};
	const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (n?: number) => ArrayBuffer };
	AB.transferToFixedLength ??= function (this: ArrayBuffer, n?: number) {
		const out = new ArrayBuffer(n ?? this.byteLength);
		new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(this.byteLength, out.byteLength)));
		return out;
	};
}

/** The PDF's pages: text (NFKC: Chromium's ToUnicode maps some CJK to Kangxi radicals) and a PNG of each. */
async function readPdf(pdf: Buffer, prefix: string): Promise<string[]> {
	polyfillForPdfjs();
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const { createCanvas } = await import('@napi-rs/canvas');
	const task = getDocument({ data: new Uint8Array(pdf) });
	const doc = await task.promise;
	const texts: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const p = await doc.getPage(n);
		const content = await p.getTextContent();
		texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join('').normalize('NFKC'));
		const viewport = p.getViewport({ scale: 1.5 });
		const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
		await p.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
		await writeFile(join(OUTPUT_DIR, `${prefix}-p${n}.png`), canvas.toBuffer('image/png'));
	}
	await task.destroy();
	return texts;
}

describe('print briefing (/print)', () => {
	const site = useSite();

	it('opens from the overview with its filters, prints A4 pages whose figures equal records.json', { timeout: 420_000 }, async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = collectErrors(page);
		const requests = recordRequests(page);

		// A new user: the overview with a year range and a level, then the print link.
		await page.goto(`${site.url}/${SEARCH}`, { waitUntil: 'load' });
		const link = page.getByTestId('print-link');
		await expect(link.textContent()).resolves.toBe('打印简报');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="overview"]')?.dataset.state === 'ready', null, { timeout: 150_000 });
		await link.click();
		await page.waitForURL((u) => u.pathname === '/print');
		expect(new URL(page.url()).search).toBe(SEARCH);
		await ready(page);

		// No site chrome; title, date, the filters in words, the permalink back to the same view.
		await expect(page.locator('header.chrome').count()).resolves.toBe(0);
		await expect(page.locator('h1').textContent()).resolves.toBe('政府信息公开工作年度报告分析简报');
		await expect(page.getByTestId('print-date').textContent()).resolves.toMatch(/^生成日期：\d{4}年\d{1,2}月\d{1,2}日$/);
		const words = (await page.getByTestId('filters-words').textContent())!;
		expect(words).toContain(`${FROM}–${TO}年 · 福建省福州市平潭县 · 市级 · 各机关（不含区域汇总报告）`);
		await expect(page.getByTestId('permalink').textContent()).resolves.toBe(`${site.url}/${SEARCH}`);
		await expect(page.getByTestId('source-dataset').textContent()).resolves.toBeTruthy();
		await expect(page.getByTestId('source-built').textContent()).resolves.toBe('2026-04-17 00:00 UTC');
		await expect(page.getByTestId('source-synthetic').count()).resolves.toBe(0);

		// The key-figures table equals records.json: scope agencies (kind 'area' left out), the level, each year and the total.
		const inView = (r: RecordLite) => r.year >= FROM && r.year <= TO && r.agency.level === LEVEL && r.agency.region.county?.code === COUNTY;
		const keep = (r: RecordLite) => inView(r) && r.agency.kind !== 'area';
		const table = page.getByTestId('key-figures');
		const rowCells = async (key: string) => (await table.locator(`tr[data-year="${key}"] td`).allTextContents()).map((c) => c.trim());
		const counts = (cells: string[]) => {
			const [newReceived, carriedOver, processed, , , reviews, lawsuits, corrected] = cells.map(parseCount);
			return { newReceived, carriedOver, processed, reviews, lawsuits, corrected };
		};
		for (let y = FROM; y <= TO; y++) {
			expect(counts(await rowCells(String(y))), String(y)).toEqual(expected(RECORDS.filter((r) => r.year === y && keep(r))));
		}
		const inRange = RECORDS.filter(keep);
		const total = expected(inRange);
		expect(counts(await rowCells('total'))).toEqual(total);
		expect(total.newReceived).toBeGreaterThan(0);
		// Shares: (granted + partial) / processed, shown with one decimal.
		const disclosed = (await rowCells('total'))[3];
		expect(disclosed).toMatch(/^\d+(\.\d)?%$/);
		// The findings line counts every report of the selection (scope all).
		const reports = RECORDS.filter(inView).length;
		await expect(page.getByTestId('findings-line').textContent()).resolves.toContain(`所选范围内共有 ${reports} 份报告`);

		await page.screenshot({ path: join(OUTPUT_DIR, 'print.png'), fullPage: true });

		// The PDF: A4 pages; page 1 has the title and the filters; the last has the source and the permalink.
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const texts = await readPdf(pdf, 'print');
		expect(texts.length).toBeGreaterThanOrEqual(2);
		expect(texts.length).toBeLessThanOrEqual(5);
		expect(texts[0]).toContain('政府信息公开工作年度报告分析简报');
		expect(texts[0]).toContain(`${FROM}–${TO}年`);
		expect(texts[0]).toContain(`1 / ${texts.length}`);
		expect(texts.at(-1)).toContain('数据来源');
		expect(texts.join('')).toContain(`${site.url}/${SEARCH}`);

		// English: every label switches, the charts too.
		await page.goto(`${site.url}/print${SEARCH}&lang=en`, { waitUntil: 'load' });
		await ready(page);
		await expect(page.locator('h1').textContent()).resolves.toBe('Government information disclosure annual reports: briefing');
		await expect(page.getByTestId('filters-words').textContent()).resolves.toContain(`${FROM}–${TO} · 福建省, 福州市, 平潭县 · Prefecture · Single agencies`);
		const trendText = (await page.getByTestId('print-chart-trend').locator('svg text').allTextContents()).join(' ');
		expect(trendText).toContain('Requests');
		expect(trendText).not.toContain('申请数');
		await expect(page.getByTestId('permalink').textContent()).resolves.toBe(`${site.url}/${SEARCH}&lang=en`);
		await page.screenshot({ path: join(OUTPUT_DIR, 'print-en.png'), fullPage: true });
		const en = await readPdf(await page.pdf({ format: 'A4', printBackground: true }), 'print-en');
		// Line breaks in the PDF's text are not spaces: compare without white space.
		expect(en[0]!.replace(/\s+/g, '')).toContain('Governmentinformationdisclosureannualreports:briefing');

		const foreign = foreignRequests(requests, site.url);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
