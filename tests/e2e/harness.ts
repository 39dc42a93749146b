// Shared e2e helpers: serve build/ and drive Debian Chromium through playwright-core.
// `npx playwright install` cannot work on this machine; Chromium comes from apt (/usr/bin/chromium).
import { mkdtemp, rm, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { serveStatic } from './server';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const BUILD_DIR = join(REPO_ROOT, 'build');
export const OUTPUT_DIR = join(REPO_ROOT, 'tests/e2e/output');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Site {
	url: string;
	close(): Promise<void>;
}

/** Serve the built site (run `vite build` first; `npm run test:e2e` does). */
export async function startSite(root: string = BUILD_DIR): Promise<Site> {
	try {
		await access(join(root, 'index.html'));
	} catch {
		throw new Error(`${root}/index.html not found: run \`vite build\` first (npm run test:e2e does).`);
	}
	const { url, close } = await serveStatic(root);
	return { url, close };
}

export interface Browser {
	context: BrowserContext;
	newPage(): Promise<Page>;
	close(): Promise<void>;
}

/** Launch Chromium with a fresh, throwaway user-data-dir (and `extraArgs` after the standard flags). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
	const userDataDir = await mkdtemp(join(tmpdir(), 'gongkai-chromium-'));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: [...CHROMIUM_ARGS, ...extraArgs],
			viewport: { width: 1280, height: 800 },
			locale: 'zh-CN'
		});
	} catch (error) {
		await rm(userDataDir, { recursive: true, force: true });
		throw error;
	}
	return {
		context,
		newPage: () => context.newPage(),
		close: async () => {
			await context.close();
			await rm(userDataDir, { recursive: true, force: true });
		}
	};
}

/** Collect console errors and uncaught page errors for a page (call before navigating). */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
	});
	page.on('pageerror', (error: Error) => errors.push(`pageerror: ${error.message}`));
	return errors;
}

/** Every URL the page's context requests from now on (its workers and frames included). */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.context().on('request', (r) => urls.push(r.url()));
	return urls;
}

/** The requested URLs that left `siteUrl`'s origin; URLs of the `own` schemes are the page's own (no network). */
export function foreignRequests(urls: readonly string[], siteUrl: string, own: readonly string[] = ['data', 'blob']): string[] {
	const origin = new URL(siteUrl).origin;
	return urls.filter((u) => !own.some((scheme) => u.startsWith(`${scheme}:`)) && new URL(u).origin !== origin);
}
