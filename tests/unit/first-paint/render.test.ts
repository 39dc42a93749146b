/**
 * The overview's build-time first paint: ECharts' SSR output is well-formed SVG with escaped dataset text (an agency
 * name cannot inject markup into the page), the guard refuses anything scriptable, and the bundled dataset's
 * prerendered rows and charts agree with data/default/records.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { topAgenciesOption } from '../../../src/lib/charts';
import { CHART_PANELS, chartHeight, isDefaultView, overviewParams, defaultFilters } from '../../../src/lib/dashboard/overview';
import { DEFAULT_VIEW } from '../../../src/lib/filters';
import { assertSafeSvg, buildFirstPaint, CHART_WIDTHS, injectCharts, renderSvg } from '../../../src/lib/server/first-paint';
import { estimateTextWidth } from '../../../src/lib/server/first-paint/render-svg';
import { AGENCIES } from '../charts/fixtures';
import { DEFAULT_DIR, HAS_DEFAULT } from '../db/helpers';

const HOSTILE = '<script>alert(1)</script>&"';

/** Parses SVG markup strictly enough for a test: one root <svg>, every element closed in order; returns its text. */
function parseSvg(svg: string): { elements: string[]; texts: string[] } {
	const stack: string[] = [];
	const elements: string[] = [];
	const texts: string[] = [];
	let roots = 0;
	let text: string | null = null;
	const parser = new Parser(
		{
			onopentag(name) {
				if (stack.length === 0) roots++;
				stack.push(name);
				elements.push(name);
				if (name === 'text') text = '';
			},
			onclosetag(name) {
				expect(stack.pop(), `</${name}> closes the open element`).toBe(name);
				if (name === 'text' && text !== null) texts.push(text);
				if (name === 'text') text = null;
			},
			// Called in pieces (entities split it): one text element's content is their concatenation.
			ontext(piece) {
				if (text !== null) text += piece;
			}
		},
		{ xmlMode: true, decodeEntities: true, recognizeSelfClosing: true }
	);
	parser.write(svg);
	parser.end();
	expect(stack).toEqual([]);
	expect(roots).toBe(1);
	expect(elements[0]).toBe('svg');
	return { elements, texts };
}

describe('first paint: ECharts SSR to SVG', () => {
	const rows = [{ ...AGENCIES[0]!, name: HOSTILE, new_received: 123 }, ...AGENCIES.slice(1)];
	const svg = renderSvg(topAgenciesOption(rows, { lang: 'zh' }), 600, 200);

	it('escapes an agency name: no markup gets through, the text reads back unchanged', () => {
		// Whole, as a category label and a series name (legend) ...
		const plain = renderSvg(
			{ legend: {}, xAxis: { type: 'value' }, yAxis: { type: 'category', data: [HOSTILE, 'b'] }, series: [{ type: 'bar', name: HOSTILE, data: [1, 2] }] },
			600,
			200
		);
		expect(plain).not.toContain('<script');
		expect(plain).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
		expect(parseSvg(plain).texts.filter((t) => t === HOSTILE).length).toBe(2);
		// ... and on the ranking's axis, where long names are cut.
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;script&gt;alert…');
		const { texts } = parseSvg(svg);
		expect(texts).toContain('<script>alert…');
		expect(texts).toContain('<img src=x on…');
	});

	it('is a sized SVG with the data drawn: one bar per agency with a value, value labels', () => {
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toMatch(/viewBox="0 0 600 200"/);
		const { elements, texts } = parseSvg(svg);
		// Bars are paths tagged as chart data by the SSR renderer.
		const bars = [...svg.matchAll(/<path [^>]*ecmeta_ssr_type="chart"/g)];
		expect(bars.length).toBe(rows.filter((r) => r.new_received !== null).length);
		expect(elements.filter((e) => e === 'text').length).toBeGreaterThan(3);
		expect(texts).toContain('123');
		expect(svg).not.toMatch(/\son[a-z]+=/i);
	});

	it('the guard refuses script, event handlers, links and foreign content', () => {
		expect(assertSafeSvg(svg)).toBe(svg);
		const bad = [
			'<svg><script>alert(1)</script></svg>',
			'<svg onload="alert(1)"></svg>',
			'<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
			'<svg><foreignObject><div></div></foreignObject></svg>',
			'<svg><image xlink:href="http://example.com/x.png"/></svg>',
			'<svg><rect style="fill:url(http://example.com/x)"/></svg>',
			'<div></div>'
		];
		for (const b of bad) expect(() => assertSafeSvg(b), b).toThrow(/first paint/);
		expect(assertSafeSvg('<svg><rect clip-path="url(#zr0-c0)"/></svg>')).toContain('url(#');
		// Escaped text that merely reads like markup is text.
		expect(assertSafeSvg('<svg><text>a onload=b javascript:x &lt;script&gt;</text></svg>')).toContain('onload');
	});
});

describe('first paint: the default view', () => {
	it('treats the same filters as the default view, whatever the language', () => {
		const range = { min: 2019, max: 2025 };
		expect(isDefaultView(DEFAULT_VIEW, range)).toBe(true);
		expect(isDefaultView({ ...DEFAULT_VIEW, lang: 'en', scope: 'agencies', yearFrom: 2019 }, range)).toBe(true);
		expect(isDefaultView({ ...DEFAULT_VIEW, scope: 'all' }, range)).toBe(false);
		expect(isDefaultView({ ...DEFAULT_VIEW, yearFrom: 2024 }, range)).toBe(false);
		expect(isDefaultView({ ...DEFAULT_VIEW, q: '公安' }, range)).toBe(false);
		const p = overviewParams(defaultFilters(range), range);
		expect(p.kpis.scope).toBe('agencies');
		expect(p.findings.scope).toBe('all');
		expect(p.agencies.limit).toBe(10);
	});
});

interface RecordLite {
	year: number;
	agency: { name: string; kind: string };
	applications: { newReceived: { total: { value: number | null } } };
}

describe.skipIf(!HAS_DEFAULT)('first paint: the bundled dataset', async () => {
	const fp = HAS_DEFAULT ? await buildFirstPaint(join(DEFAULT_DIR, 'gongkai.duckdb')) : null;
	const records = JSON.parse(readFileSync(join(DEFAULT_DIR, 'records.json'), 'utf8')) as RecordLite[];
	const agencies = records.filter((r) => r.agency.kind !== 'area');

	it('covers the dataset years and sums single agencies (area-wide reports left out)', () => {
		const years = records.map((r) => r.year);
		expect(fp!.range).toEqual({ min: Math.min(...years), max: Math.max(...years) });
		for (const row of fp!.rows.kpis) {
			const inYear = agencies.filter((r) => r.year === row.year).map((r) => r.applications.newReceived.total.value);
			const expected = inYear.every((v) => v === null) ? null : inYear.reduce<number>((s, v) => s + (v ?? 0), 0);
			expect(row.new_received, String(row.year)).toBe(expected);
		}
		const total = agencies.reduce((s, r) => s + (r.applications.newReceived.total.value ?? 0), 0);
		expect(fp!.rows.kpis.reduce((s, r) => s + (r.new_received ?? 0), 0)).toBe(total);
		expect(fp!.rows.agencies.map((a) => a.name)).not.toContain('平潭综合实验区');
	});

	it('renders every chart in both languages, sized as the live chart, with its data drawn', () => {
		for (const lang of ['zh', 'en'] as const) {
			for (const c of CHART_PANELS) {
				const svg = fp!.svg[lang][c];
				expect(svg, `${lang} ${c}`).toMatch(new RegExp(`^<svg width="${CHART_WIDTHS[c]}" height="${chartHeight(c, fp!.rows)}"`));
				parseSvg(svg);
				expect([...svg.matchAll(/ecmeta_ssr_type="chart"/g)].length, `${lang} ${c}`).toBeGreaterThan(0);
				// One text marked for the Element Timing API, the chart's own id (bench/first-paint.ts).
				expect([...svg.matchAll(/elementtiming="([^"]*)"/g)].map((m) => m[1]), `${lang} ${c}`).toEqual([`chart-${c}`]);
			}
		}
		expect(parseSvg(fp!.svg.zh.trend).texts).toContain('申请数');
		expect(parseSvg(fp!.svg.en.trend).texts).toContain('Requests');
		// The ranking's first agency is on the chart (names are cut to 14 characters on the axis).
		const first = [...fp!.rows.agencies[0]!.name].slice(0, 13).join('');
		expect(parseSvg(fp!.svg.zh.agencies).texts.some((t) => t.startsWith(first))).toBe(true);
	});
});

describe('injectCharts: the build writes each chart into its empty box in the HTML', () => {
	const svg = Object.fromEntries(CHART_PANELS.map((c) => [c, `<svg id="${c}"></svg>`])) as Record<(typeof CHART_PANELS)[number], string>;
	const box = (c: string, inner = '') => `<div class="chart s-x" style="height: 300px;" data-testid="chart-${c}" data-prerendered="true" data-first-paint="${c}" data-lang="zh">${inner}</div>`;

	it('fills every empty box with its own chart, once, and leaves the rest of the page as it was', () => {
		const page = `<main><h1>概览</h1>${CHART_PANELS.map((c) => `<section>${box(c)}</section>`).join('')}<p>data-first-paint="x"</p></main>`;
		const out = injectCharts(page, svg);
		for (const c of CHART_PANELS) expect(out).toContain(box(c, svg[c]));
		expect(out.match(/<svg\b/g)).toHaveLength(CHART_PANELS.length);
		expect(out.replace(/<svg id="[a-z]+"><\/svg>/g, '')).toBe(page);
	});

	it('leaves a page without boxes (another view, a client-rendered page) unchanged', () => {
		const page = '<main><div class="chart" data-testid="chart-trend"></div></main>';
		expect(injectCharts(page, svg)).toBe(page);
	});

	it('refuses a box for a chart it has no SVG for (a build error, not a blank chart)', () => {
		expect(() => injectCharts(box('treemap'), svg)).toThrow(/no SVG for the chart box "treemap"/);
	});
});

describe('estimateTextWidth: text measured without a browser, for the build-time layout', () => {
	it('counts CJK and full-width characters as one em, in the font size of the font string', () => {
		expect(estimateTextWidth('申请数', '12px sans-serif')).toBe(36);
		expect(estimateTextWidth('（）', 'bold 14px "Noto Sans CJK SC"')).toBe(28);
		expect(estimateTextWidth('', '12px sans-serif')).toBe(0);
	});

	it('errs wide for Latin text (legend items must not overlap in any fallback font)', () => {
		// Chromium here measures these at 12 px system-ui (DejaVu Sans) as 106.8, 85.2 and 125.6 px (Arial: 94.1 for the first).
		expect(estimateTextWidth('Unable to provide', '12px system-ui')).toBeGreaterThanOrEqual(106.8);
		expect(estimateTextWidth('Partly granted', '12px system-ui')).toBeGreaterThanOrEqual(85.2);
		expect(estimateTextWidth('Research institutions', '12px system-ui')).toBeGreaterThanOrEqual(125.6);
		expect(estimateTextWidth('mmm', '10px x')).toBeGreaterThan(estimateTextWidth('iii', '10px x'));
		expect(estimateTextWidth('abc', undefined)).toBe(estimateTextWidth('abc', '12px sans-serif'));
	});
});
