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
// The browser's registration (charts, components, SVG renderer), so a prerendered chart is laid out as the live one.
import { init } from '../../charts/echarts';

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
