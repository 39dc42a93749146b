/**
 * Build time only (every route is prerendered): the overview's default view from the bundled dataset, so the page
 * paints its panels before DuckDB-wasm has loaded (DESIGN.md §5). Node-only code stays here and in lib/server.
 * The rows only: the charts' SVG goes into the HTML through hooks.server.ts, not into the hydration data.
 */
import { defaultFirstPaint } from '$lib/server/first-paint';
import type { FirstPaint } from '$lib/dashboard/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { range, rows } = await defaultFirstPaint();
	return { firstPaint: { range, rows } satisfies FirstPaint };
};
