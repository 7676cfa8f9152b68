// The chart model: what a chart shows, in the reader's words, with no drawing library in it.
// Builders (build/*.ts) turn the plan, the reports and the committee into a Chart; option.ts
// turns a Chart into one ECharts option, which gives SVG for a web page (svg.ts) and PNG for
// a chat (png.ts). A chart is a frame (title, sample mark, size) holding one or more panels,
// each placed in a box of the frame; a web page may draw a single panel of it on its own.

/** A share of the frame, in percent: where a panel sits. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One series of numbers, drawn in the colour of its key (palette.ts). */
export interface Series {
  /** Stable key: a health, a vote, an invitation state, or a series' role. */
  key: string;
  label: string;
  values: Array<number | null>;
  /** Bars with the same stack id are stacked (default: all bars of a panel stack together). */
  stack?: string;
}

/** Stacked bars by category, e.g. items by health per part; optionally a line across them (a quorum). */
export interface BarsPanel {
  kind: 'bars';
  title: string;
  box: Box;
  categories: string[];
  series: Series[];
  /** Bars lie along the x axis (categories read down the side) when true. */
  horizontal: boolean;
  /** The value axis's name, e.g. "items". */
  valueName: string;
  /** A line at a value across the bars, e.g. the quorum. */
  line?: { value: number; label: string };
}

/** Lines over time, e.g. the share of items done per week; values in percent when `percent`. */
export interface LinesPanel {
  kind: 'lines';
  title: string;
  box: Box;
  x: string[];
  series: Series[];
  percent: boolean;
  /** Filled areas, stacked: a burn-up. */
  area: boolean;
}

/** One indicator's values by year against its stage targets, with the benchmark cities beside them. */
export interface IndicatorPanel {
  kind: 'indicator';
  title: string;
  box: Box;
  /** The value axis's name (the unit). */
  unit: string;
  years: number[];
  /** The indicator's values, one per year (null where none is known). */
  values: Series;
  /** Labels of single points, e.g. "baseline" on the first year. */
  notes: Array<{ year: number; label: string }>;
  targets: Array<{ key: 'low' | 'middle' | 'high'; label: string; value: number }>;
  /** The column the cities stand in, after the last year. */
  citiesLabel: string;
  cities: Array<{ label: string; value: number }>;
  higherIsBetter: boolean;
  /** "↑ lower is better" and the like, shown by the axis. */
  directionLabel: string;
}

export type Panel = BarsPanel | LinesPanel | IndicatorPanel;

export interface Chart {
  /** What it is (overview, indicator, meeting, invitations): the file name starts with it. */
  id: string;
  title: string;
  subtitle?: string;
  /** The sample mark ("示例数据 / sample") when anything drawn is made-up data. */
  sample?: string;
  /** One sentence saying what the chart shows, for those who cannot see it. */
  alt: string;
  width: number;
  height: number;
  panels: Panel[];
}

/** The size charts are drawn at for a chat: wide enough to stay sharp on a large screen. */
export const CHART_WIDTH = 1600;
export const CHART_HEIGHT = 1000;
