/**
 * Build time only (every route is prerendered): the overview's default view from the bundled dataset, so the page
 * paints its panels before DuckDB-wasm has loaded (DESIGN.md §5). Node-only code stays here and in lib/server.
 */
import { resolve } from 'node:path';
import { buildFirstPaint } from '$lib/server/first-paint';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	firstPaint: await buildFirstPaint(resolve('data/default/gongkai.duckdb'))
});
