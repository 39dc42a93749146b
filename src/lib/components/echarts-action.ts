/**
 * The one Svelte action that owns an ECharts instance (STYLE.md §4): lazy-loads the registered ECharts runtime
 * (browser only, dynamic import), inits with the SVG renderer, updates the option (in place when only its data
 * changed, else replaced), follows the container's size and disposes on destroy. A click in the plot area is
 * forwarded to `onclick` as the x category under it (cross-filtering).
 */
import type { EChartsOption } from 'echarts';
import type { Action } from 'svelte/action';

export interface ChartClick {
	name: string;
	dataIndex: number;
	seriesName: string | undefined;
}

export interface ChartParams {
	option: EChartsOption;
	onclick?: ((e: ChartClick) => void) | undefined;
}

/** What exports need from a drawn chart (SVG renderer). */
export interface ChartHandle {
	renderToSVGString(opts?: { useViewBox?: boolean }): string;
	getWidth(): number;
	getHeight(): number;
}
const handles = new WeakMap<Element, ChartHandle>();

/** The chart drawn in `node` (an element this action is on, once its chart is ready), for SVG/PNG export. */
export const chartOf = (node: Element | null): ChartHandle | null => (node ? (handles.get(node) ?? null) : null);

/**
 * The option with its HTML tooltip hosted in the chart's own box (where ECharts puts it anyway). Without a host,
 * ECharts reads the box's computed style on every render: one forced style recalculation per chart per update.
 */
function hosted(option: EChartsOption, node: HTMLElement): EChartsOption {
	const t = option.tooltip;
	if (!t) return option;
	return { ...option, tooltip: Array.isArray(t) ? t.map((x) => ({ ...x, appendTo: node })) : { ...t, appendTo: node } };
}

/**
 * An option's structure without its data: two options of the same shape differ only in `data` arrays (and the
 * closures of their formatters), which a merge replaces whole, so merging gives exactly the new option.
 */
const shapeOf = (o: EChartsOption): string => JSON.stringify(o, (k, v: unknown) => (k === 'data' ? undefined : typeof v === 'function' ? 'fn' : v));

export const echarts: Action<HTMLElement, ChartParams> = (node, params) => {
	let current = params;
	let shape = shapeOf(params.option);
	let chart: { setOption(o: EChartsOption, opts: { notMerge: boolean }): void; resize(): void; dispose(): void } | undefined;
	let destroyed = false;
	const observer = new ResizeObserver(() => chart?.resize());

	void import('$lib/charts/echarts').then(({ init }) => {
		if (destroyed) return;
		const instance = init(node, null, { renderer: 'svg' });
		// A click anywhere in a category's column (not only on a bar, whose segments can be a few pixels tall) picks
		// that category: the zrender click, mapped through the grid's first x axis.
		instance.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
			const point = [e.offsetX, e.offsetY];
			if (!current.onclick || !instance.containPixel({ gridIndex: 0 }, point)) return;
			// With a grid finder the point is [x, y] and the answer [x category index, y value].
			const coord: unknown = instance.convertFromPixel({ gridIndex: 0 }, point);
			const index = Math.round(Array.isArray(coord) ? Number(coord[0]) : Number(coord));
			const axes = (instance.getOption() as { xAxis?: { data?: unknown[] }[] }).xAxis;
			const name = axes?.[0]?.data?.[index];
			if (name === undefined) return;
			current.onclick({ name: String(name), dataIndex: index, seriesName: undefined });
		});
		instance.setOption(hosted(current.option, node), { notMerge: true });
		chart = instance;
		handles.set(node, instance);
		node.dataset.ready = 'true';
		observer.observe(node);
	});

	return {
		update(next) {
			// Same shape: merge, so ECharts updates its components in place (about half the time of re-creating them
			// with notMerge, measured on the overview's charts). Another shape: replace everything.
			const nextShape = shapeOf(next.option);
			const same = nextShape === shape;
			current = next;
			shape = nextShape;
			chart?.setOption(hosted(next.option, node), { notMerge: !same });
			// How many new options the chart has drawn (tests: one filter change redraws each chart once).
			if (chart) node.dataset.updates = String(Number(node.dataset.updates ?? 0) + 1);
		},
		destroy() {
			destroyed = true;
			observer.disconnect();
			handles.delete(node);
			chart?.dispose();
		}
	};
};
