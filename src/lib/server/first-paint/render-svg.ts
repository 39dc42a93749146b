/**
 * ECharts' server-side rendering (Node only, at build time): an option → an SVG string, from the same pure option
 * builders and the same registered ECharts parts the browser uses (echarts handbook, "Server Side Rendering":
 * `init(null, null, { renderer: 'svg', ssr: true, width, height })` + `renderToSVGString()`).
 *
 * The string is inserted into the page as markup, and agency names are dataset text: ECharts escapes text content
 * and attribute values (tests/unit/first-paint prove it for `<script>` and quotes); `assertSafeSvg` checks the
 * output once more and refuses anything that could run script.
 */
import type { EChartsOption } from 'echarts';
import { setPlatformAPI } from 'echarts/core';
// The browser's registration (charts, components, SVG renderer), so a prerendered chart is laid out as the live one.
import { init } from '../../charts/echarts';

/** Em widths of Latin characters, generous (DejaVu Sans, what `system-ui` is on Debian, is among the widest). */
const NARROW = new Set("iljtfrI.,:;'|!()[] ");
const WIDE = new Set('mwMW@%');

/**
 * The width of `text` in `font` without a browser (a server has no canvas to measure with): CJK and full-width
 * characters are one em, Latin ones by class, rounded up. ECharts lays out legends and axis labels with it; its own
 * fallback table is Arial's, narrower than the fonts the page falls back to on Linux, and English legends then
 * overlapped in the prerendered charts. Erring wide only leaves a little more space than the live chart.
 */
export function estimateTextWidth(text: string, font: string | undefined): number {
	const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
	let em = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) em += 1;
		else if (NARROW.has(ch)) em += 0.36;
		else if (WIDE.has(ch)) em += 0.98;
		else if (ch >= 'A' && ch <= 'Z') em += 0.74;
		else em += 0.64;
	}
	return em * size;
}

setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: estimateTextWidth(text, font) }) });

/** Elements and attributes an SVG chart never needs and that could run script or load something. */
const UNSAFE = /<\s*(script|foreignObject|iframe|object|embed|image|use|a)\b|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=|url\(\s*['"]?(?!#)/i;

/** Throws when `svg` is not one `<svg>` element or contains something that could run script or fetch. */
export function assertSafeSvg(svg: string): string {
	if (!/^<svg[\s>]/.test(svg) || !svg.trimEnd().endsWith('</svg>')) throw new Error('first paint: not an SVG document');
	// Text content is dataset text (escaped by ECharts: no raw `<` in it); only the markup around it is checked.
	const bad = UNSAFE.exec(svg.replace(/>[^<]*</g, '><'));
	if (bad) throw new Error(`first paint: unsafe SVG content: ${bad[0]}`);
	return svg;
}

/** Renders `option` at width × height (CSS pixels) to SVG markup; the chart scales with its viewBox. */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		// Tooltips and hover states are the live chart's job; the static SVG gets neither.
		const { tooltip: _tooltip, ...still } = option;
		chart.setOption(still);
		return assertSafeSvg(chart.renderToSVGString());
	} finally {
		chart.dispose();
	}
}
