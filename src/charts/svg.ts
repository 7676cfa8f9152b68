// Chart -> SVG text, by ECharts' server-side renderer: for a web page (the dashboard inlines
// it) and for the tests that read a chart's labels. Text is measured by ECharts' estimate,
// since the browser draws it with its own fonts.
import type { EChartsOption } from 'echarts';
import { loadEcharts } from './echarts.ts';
import type { Chart } from './model.ts';
import { toOption } from './option.ts';

export async function renderSvg(chart: Chart): Promise<string> {
  return optionToSvg(toOption(chart), chart.width, chart.height);
}

export async function optionToSvg(option: EChartsOption, width: number, height: number): Promise<string> {
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
