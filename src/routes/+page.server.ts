/**
 * Build time only (every route is prerendered): the overview's default view from the bundled dataset, so the page
 * paints its panels before DuckDB-wasm has loaded (DESIGN.md §5). Node-only code stays here and in lib/server.
 */
import { resolve } from 'node:path';
import { buildFirstPaint } from '$lib/server/first-paint';
import type { FirstPaint } from '$lib/dashboard/overview';
import type { PageServerLoad } from './$types';

// Once per process: the prerender (and `vite dev`) asks for the same dataset's aggregates.
let firstPaint: Promise<FirstPaint> | undefined;

export const load: PageServerLoad = async () => ({
	firstPaint: await (firstPaint ??= buildFirstPaint(resolve('data/default/gongkai.duckdb')).catch((e: unknown) => {
		firstPaint = undefined;
		throw e;
	}))
});
