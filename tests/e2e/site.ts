// The set-up every e2e file shares, kept out of harness.ts so that the benchmarks can import the harness without
// vitest.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { OUTPUT_DIR, launchBrowser, startSite, type Browser, type Site } from './harness';

export interface SiteUnderTest {
	/** The served site's base URL. */
	readonly url: string;
	/** A new page of the describe block's Chromium. */
	newPage(): Promise<Page>;
}

/**
 * Call in a describe block: the built site is served and a fresh Chromium started before its tests, both closed
 * after them, and the screenshot folder exists. Read `url` and call `newPage()` inside the tests.
 */
export function useSite(): SiteUnderTest {
	let site: Site | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		site = await startSite();
		browser = await launchBrowser();
		await mkdir(OUTPUT_DIR, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	const started = <T>(x: T | undefined): T => {
		if (x === undefined) throw new Error('useSite: the site is started in beforeAll; use it inside a test');
		return x;
	};
	return {
		get url() {
			return started(site).url;
		},
		newPage: () => started(browser).newPage()
	};
}
