/**
 * The one module that imports the ECharts runtime (browser only, loaded with a dynamic import by the chart action):
 * only the parts the site uses are registered, so the bundle stays small (echarts/core + use, ECharts handbook
 * "Shrinking bundle size"). SVG renderer: crisp text at any zoom, and testable in the DOM.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { init };
