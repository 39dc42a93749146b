/**
 * Server hooks, run when the site is prerendered (and by `vite dev`). Only the overview (/) is touched, for its first
 * paint (DESIGN.md §6, ≤ 400 ms to the first chart; bench/first-paint.ts):
 * - its charts' SVG is written into the empty chart boxes of the HTML (`injectCharts`), so the markup is sent once
 *   instead of also inside the hydration data;
 * - its JavaScript is not preloaded: 36 `modulepreload` links in the head made Chromium fetch and compile the
 *   modules while it laid out the page (measured: the first paint ~150 ms later on this 2-core machine). The
 *   bootstrap script at the end of the body still imports them; hydration starts a little later, after the paint.
 */
import type { Handle } from '@sveltejs/kit';
import { FIRST_PAINT_LANG } from '$lib/dashboard/overview';
import { defaultFirstPaint, injectCharts } from '$lib/server/first-paint';

export const handle: Handle = async ({ event, resolve }) => {
	if (event.route.id !== '/') return resolve(event);
	const svg = (await defaultFirstPaint()).svg[FIRST_PAINT_LANG];
	return resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => injectCharts(html, svg)
	});
};
