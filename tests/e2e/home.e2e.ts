import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, collectErrors } from './harness';
import { useSite } from './site';

describe('home page', () => {
	const site = useSite();

	it('renders the title without console errors', async () => {
		const page = await site.newPage();
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

	it('every page carries a strict Content-Security-Policy that the browser enforces', async () => {
		const page = await site.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		for (const path of ['/', '/agencies', '/compare', '/compliance', '/sql', '/data', '/print', '/embed/trend']) {
			await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp, path).toMatch(/default-src 'self'/);
			const script = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
			expect(script, path).toContain("'self'");
			expect(script, path).not.toContain('unsafe-inline');
			expect(csp, path).toMatch(/connect-src 'self'/);
		}
		expect(violations, 'the site itself violates nothing').toEqual([]);
		// An injected inline script (what a stored XSS would be) does not run, and a request off-site is refused.
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		const ran = await page.evaluate(() => {
			const w = window as unknown as { injected?: boolean };
			const el = document.createElement('script');
			el.textContent = 'window.injected = true';
			document.body.append(el);
			return w.injected === true;
		});
		expect(ran).toBe(false);
		const fetched = await page.evaluate(() => fetch('https://example.org/x').then(() => 'sent', (e: unknown) => String(e)));
		expect(fetched).not.toBe('sent');
		await page.waitForTimeout(100);
		expect(violations.length).toBeGreaterThanOrEqual(2);
		await page.close();
	});
});
