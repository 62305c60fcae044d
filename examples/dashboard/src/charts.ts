// Apache ECharts, imported piece by piece (echarts/core and only what the trend charts use), so
// the bundle carries the line chart, its axes, tooltips and the ARIA description, and nothing
// else. SVG rendering: crisp at any zoom, and readable by tests and screen readers.
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

type TrendChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** One measurement's values over the years, and what to draw them against. */
export interface TrendChartData {
  /** The measurement's label, in the page's language. */
  readonly label: string;
  readonly unit: string;
  readonly years: readonly number[];
  /** One value per year (a decimal string as the package shows it), `null` without data. */
  readonly values: readonly (string | null)[];
  /** The target, drawn as a dashed line; `null` for a trend without a fixed target. */
  readonly target: string | null;
  readonly targetLabel: string;
  /** The colour of the line: its progress category's. */
  readonly colour: string;
  readonly noDataText: string;
}

/** Draws (or redraws) a trend chart in `container`; the chart is disposed with {@link disposeCharts}. */
export function drawTrendChart(container: HTMLElement, data: TrendChartData): ECharts {
  const chart = init(container, undefined, { renderer: 'svg' });
  // The chart draws numbers (a float axis); the values themselves stay decimal strings in the page.
  const values = data.values.map((value) => (value === null ? null : Number(value)));
  const option: TrendChartOption = {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: `${data.label}: ${data.years.map((year, index) => `${year} ${data.values[index] ?? data.noDataText}`).join(', ')}${data.target === null ? '' : `; ${data.targetLabel} ${data.target}`}`,
      },
    },
    grid: { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        value === null || value === undefined ? data.noDataText : `${String(value)} ${data.unit}`.trim(),
    },
    xAxis: { type: 'category', data: data.years.map(String), boundaryGap: false, axisLabel: { hideOverlap: true } },
    // The target is a series of its own (a dashed line): the axis makes room for it.
    yAxis: { type: 'value', scale: true, splitNumber: 3 },
    series: [
      {
        type: 'line',
        name: data.label,
        data: values,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { width: 3, color: data.colour },
        itemStyle: { color: data.colour },
      },
      ...(data.target === null
        ? []
        : [
            {
              type: 'line' as const,
              name: `${data.targetLabel} ${data.target}`,
              data: data.years.map(() => Number(data.target)),
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed' as const, color: '#4a5a51', width: 1.5 },
              itemStyle: { color: '#4a5a51' },
            },
          ]),
    ],
  };
  chart.setOption(option);
  return chart;
}

const charts = new Set<ECharts>();

/** Keeps `chart` to be resized and disposed with the others. */
export function keepChart(chart: ECharts): void {
  charts.add(chart);
}

/** Disposes every chart drawn so far (before the view is drawn again). */
export function disposeCharts(): void {
  for (const chart of charts) chart.dispose();
  charts.clear();
}

/** Resizes every chart to its container (after the layout changed). */
export function resizeCharts(): void {
  for (const chart of charts) chart.resize();
}
