// One panel of a chart -> its x axis, y axis and series in the ECharts option, on the grid
// of the same index. Stacked bars (health, votes, invitations), lines (the burn-up), and an
// indicator against its stage targets with the benchmark cities in a column of their own.
import type { BarsPanel, IndicatorPanel, LinesPanel, Panel } from './model.ts';
import { colorOf, inkOn, MUTED, TEXT } from './palette.ts';

export type Json = Record<string, unknown>;

/**
 * Text ECharts must show as written: braces start its templates and rich-text styles, so
 * they are replaced by their full-width forms.
 */
export function plain(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝');
}

export interface PanelParts {
  xAxis: Json;
  yAxis: Json;
  series: Json[];
}

const AXIS_LABEL = { fontSize: TEXT.label, color: MUTED };
const AXIS_NAME = { fontSize: TEXT.small, color: MUTED };

export function panelParts(panel: Panel, grid: number): PanelParts {
  if (panel.kind === 'bars') return bars(panel, grid);
  if (panel.kind === 'lines') return lines(panel, grid);
  return indicator(panel, grid);
}

function bars(p: BarsPanel, grid: number): PanelParts {
  const category: Json = {
    type: 'category',
    gridIndex: grid,
    data: p.categories.map(plain),
    inverse: p.horizontal, // the first category on top
    axisTick: { show: false },
    axisLabel: { ...AXIS_LABEL, interval: 0, width: p.horizontal ? 300 : 190, overflow: p.horizontal ? 'truncate' : 'break' },
  };
  const value: Json = {
    type: 'value',
    gridIndex: grid,
    minInterval: 1,
    name: plain(p.valueName),
    nameLocation: 'end',
    nameTextStyle: AXIS_NAME,
    axisLabel: AXIS_LABEL,
  };
  const series = p.series.map((s, i) => ({
    type: 'bar',
    name: plain(s.label),
    stack: `${grid}:${s.stack ?? 'all'}`,
    xAxisIndex: grid,
    yAxisIndex: grid,
    // An empty segment gets no label (a 0 squeezed between two colours says nothing).
    data: s.values.map((v) => (v ? v : null)),
    barMaxWidth: 56,
    itemStyle: { color: colorOf(s.key) },
    label: { show: true, position: 'inside', fontSize: TEXT.small, color: inkOn(colorOf(s.key)) },
    labelLayout: { hideOverlap: true },
    ...(i === 0 && p.line ? { markLine: quorumLine(p) } : {}),
  }));
  return p.horizontal ? { xAxis: value, yAxis: category, series } : { xAxis: category, yAxis: value, series };
}

function quorumLine(p: BarsPanel): Json {
  const line = p.line!;
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: colorOf('line'), type: 'dashed', width: 3 },
    label: { formatter: plain(line.label), position: 'insideEndTop', fontSize: TEXT.label, color: colorOf('line') },
    data: [p.horizontal ? { xAxis: line.value } : { yAxis: line.value }],
  };
}

function lines(p: LinesPanel, grid: number): PanelParts {
  return {
    xAxis: { type: 'category', gridIndex: grid, data: p.x.map(plain), boundaryGap: false, axisLabel: { ...AXIS_LABEL, hideOverlap: true } },
    yAxis: {
      type: 'value',
      gridIndex: grid,
      ...(p.percent ? { min: 0, max: 100, axisLabel: { ...AXIS_LABEL, formatter: '{value}%' } } : { axisLabel: AXIS_LABEL }),
    },
    series: p.series.map((s) => ({
      type: 'line',
      name: plain(s.label),
      xAxisIndex: grid,
      yAxisIndex: grid,
      data: s.values,
      showSymbol: p.x.length <= 12,
      lineStyle: { width: 3, color: colorOf(s.key) },
      itemStyle: { color: colorOf(s.key) },
      ...(p.area ? { stack: `${grid}:area`, areaStyle: { color: colorOf(s.key), opacity: 0.35 } } : {}),
    })),
  };
}

function indicator(p: IndicatorPanel, grid: number): PanelParts {
  const columns = [...p.years.map(String), ...(p.cities.length ? [p.citiesLabel] : [])].map(plain);
  const numbers = [...p.values.values, ...p.targets.map((t) => t.value), ...p.cities.map((c) => c.value)].filter(
    (v): v is number => v !== null,
  );
  // Benchmark cities can be a hundred times the city's own value: a log axis keeps both readable.
  const log = numbers.length > 0 && numbers.every((v) => v > 0) && Math.max(...numbers) / Math.min(...numbers) > 30;
  const notes = new Map(p.notes.map((n) => [n.year, n.label]));
  const values = p.values.values.map((v, i) => {
    const note = notes.get(p.years[i]!);
    return v === null ? null : note ? { value: v, label: { show: true, formatter: `${plain(note)} {c}` } } : v;
  });
  return {
    xAxis: { type: 'category', gridIndex: grid, data: columns, axisLabel: AXIS_LABEL },
    yAxis: {
      type: log ? 'log' : 'value',
      gridIndex: grid,
      inverse: !p.higherIsBetter, // better is always up
      scale: !log,
      name: plain(`${p.unit}  ${p.directionLabel}`.trim()),
      nameTextStyle: AXIS_NAME,
      axisLabel: AXIS_LABEL,
    },
    series: [
      {
        type: 'line',
        name: plain(p.values.label),
        xAxisIndex: grid,
        yAxisIndex: grid,
        data: [...values, ...(p.cities.length ? [null] : [])],
        connectNulls: true,
        symbolSize: 16,
        lineStyle: { width: 4, color: colorOf('value') },
        itemStyle: { color: colorOf('value') },
        label: { show: true, position: 'top', fontSize: TEXT.label, fontWeight: 'bold' },
        markLine: {
          silent: true,
          symbol: 'none',
          data: p.targets.map((t) => ({
            yAxis: t.value,
            lineStyle: { color: colorOf(t.key), type: 'dashed', width: 3 },
            label: { formatter: plain(t.label), position: 'insideStartTop', fontSize: TEXT.label, color: colorOf(t.key) },
          })),
        },
      },
      ...(p.cities.length
        ? [
            {
              type: 'scatter',
              name: plain(p.citiesLabel),
              xAxisIndex: grid,
              yAxisIndex: grid,
              symbol: 'diamond',
              symbolSize: 20,
              itemStyle: { color: colorOf('city') },
              data: p.cities.map((c) => ({
                value: [columns.at(-1), c.value],
                label: { show: true, position: 'right', formatter: plain(c.label), fontSize: TEXT.small, color: colorOf('city') },
              })),
              labelLayout: { moveOverlap: 'shiftY' },
            },
          ]
        : []),
    ],
  };
}
