/**
 * The overview's build-time charts as static files, /first-paint/{zh,en}/{trend,applicants,agencies,findings}.svg:
 * the prerendered page carries the default language's charts in its HTML and fetches the other language's from here
 * when the URL or the switch asks for it before the live charts are ready.
 */
import { error } from '@sveltejs/kit';
import { CHART_PANELS, type ChartPanel } from '$lib/dashboard/overview';
import { Lang } from '$lib/filters';
import { defaultFirstPaint } from '$lib/server/first-paint';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Lang.options.flatMap((lang) => CHART_PANELS.map((chart) => ({ lang, chart })));

export const GET: RequestHandler = async ({ params }) => {
	const lang = Lang.safeParse(params.lang);
	if (!lang.success || !(CHART_PANELS as readonly string[]).includes(params.chart)) error(404, 'no such chart');
	const svg = (await defaultFirstPaint()).svg[lang.data][params.chart as ChartPanel];
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
