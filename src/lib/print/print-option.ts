/**
 * Adapts a dashboard chart option for paper: no animation (the chart is complete when printed), every text at least
 * 12 px (9 pt at 96 px per inch; the briefing's charts are laid out 1:1 on the A4 text width), and ECharts' aria
 * decals so series stay distinguishable on a greyscale printer (https://echarts.apache.org/en/option.html#aria.decal).
 * Pure: returns a new option, functions (formatters) kept as they are.
 */
import type { EChartsOption } from 'echarts';

/** 9 pt in CSS pixels. */
export const PRINT_FONT_PX = 12;

function raise(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(raise);
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = k === 'fontSize' && typeof v === 'number' && v < PRINT_FONT_PX ? PRINT_FONT_PX : raise(v);
		return out;
	}
	return value;
}

export function forPrint(option: EChartsOption): EChartsOption {
	const o = raise(option) as EChartsOption & { textStyle?: Record<string, unknown> };
	return {
		...o,
		animation: false,
		textStyle: { ...o.textStyle, fontSize: Math.max(PRINT_FONT_PX, Number(o.textStyle?.fontSize ?? 0)) },
		aria: { enabled: true, decal: { show: true } }
	};
}

/**
 * The category axis labels as they are, not shortened (the top-agencies chart cuts long names and shows them whole
 * in its tooltip; paper has no tooltip).
 */
export function wholeCategoryLabels(option: EChartsOption): EChartsOption {
	const y = option.yAxis;
	if (!y || Array.isArray(y)) return option;
	const axis = y as { axisLabel?: Record<string, unknown> };
	const { formatter: _dropped, ...label } = axis.axisLabel ?? {};
	return { ...option, yAxis: { ...y, axisLabel: label } as EChartsOption['yAxis'] };
}
