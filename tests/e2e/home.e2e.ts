import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_DIR, collectErrors, launchBrowser, startSite, type Browser, type Site } from './harness';

describe('home page', () => {
	let site: Site;
	let browser: Browser;

	beforeAll(async () => {
		site = await startSite();
		browser = await launchBrowser();
		await mkdir(OUTPUT_DIR, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	it('renders the title without console errors', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		const response = await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
		const h1 = await page.locator('h1').textContent();
		expect(h1).toContain('政府信息公开');
		await page.screenshot({ path: join(OUTPUT_DIR, 'home.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});
});
