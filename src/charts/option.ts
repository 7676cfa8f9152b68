// Chart model -> one ECharts option: the frame (title, legend, the sample mark) and one grid
// per panel. The option is plain data (no functions), so it is hashed for the cache, sent to
// the PNG worker as it is, and is the same for the web page's SVG and the chat's PNG.
import type { EChartsOption } from 'echarts';
import type { Chart, Panel } from './model.ts';
import { FONT_FAMILY, INK, MUTED, SAMPLE_INK, TEXT } from './palette.ts';
import { panelParts, plain, type Json, type PanelParts } from './option-panels.ts';

export function toOption(chart: Chart): EChartsOption {
  const parts = chart.panels.map((p, i) => panelParts(p, i));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, fontSize: TEXT.label, color: INK },
    title: [frameTitle(chart), ...chart.panels.filter((p) => p.title).map(panelTitle)],
    legend: legend(chart),
    graphic: chart.sample ? sampleMark(chart.sample) : [],
    grid: chart.panels.map((p) => ({
      left: `${p.box.left}%`,
      top: `${p.box.top}%`,
      width: `${p.box.width}%`,
      height: `${p.box.height}%`,
      // Axis labels and names stay inside the panel's box.
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    })),
    xAxis: parts.map((p) => p.xAxis),
    yAxis: parts.map((p) => p.yAxis),
    series: parts.flatMap((p: PanelParts) => p.series),
  } as EChartsOption;
}

function frameTitle(chart: Chart): Json {
  return {
    text: plain(chart.title),
    ...(chart.subtitle ? { subtext: plain(chart.subtitle) } : {}),
    left: 40,
    top: 24,
    itemGap: 12,
    textStyle: { fontSize: TEXT.title, fontWeight: 'bold', color: INK, fontFamily: FONT_FAMILY },
    subtextStyle: { fontSize: TEXT.subtitle, color: MUTED, fontFamily: FONT_FAMILY },
  };
}

function panelTitle(panel: Panel): Json {
  return {
    text: plain(panel.title),
    left: `${panel.box.left}%`,
    top: `${Math.max(0, panel.box.top - 5)}%`,
    textStyle: { fontSize: TEXT.panelTitle, fontWeight: 'normal', color: INK, fontFamily: FONT_FAMILY },
  };
}

/** One legend entry per series name (a health keeps one entry across panels). */
function legend(chart: Chart): Json {
  const names = [
    ...new Set(
      chart.panels.flatMap((p) =>
        p.kind === 'indicator' ? [p.values.label, ...(p.cities.length ? [p.citiesLabel] : [])] : p.series.map((s) => s.label),
      ),
    ),
  ].map(plain);
  return { data: names, top: chart.subtitle ? 118 : 84, left: 40, itemWidth: 28, itemHeight: 18, textStyle: { fontSize: TEXT.label } };
}

/** "示例数据 / sample" in the corner and, faintly, across the whole picture. */
function sampleMark(text: string): Json[] {
  const style = { text: plain(text), fontFamily: FONT_FAMILY };
  return [
    { type: 'text', right: 40, top: 32, z: 100, style: { ...style, fontSize: 26, fontWeight: 'bold', fill: SAMPLE_INK } },
    {
      type: 'text',
      left: 'center',
      top: 'middle',
      rotation: Math.PI / 12,
      z: 100,
      silent: true,
      style: { ...style, fontSize: 140, fill: 'rgba(198, 40, 40, 0.07)' },
    },
  ];
}
