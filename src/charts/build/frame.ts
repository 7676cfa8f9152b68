// What the chart builders share: where panels go in the frame, numbers and days in the
// reader's language, and the last step of every builder: a zh-Hant reader's chart has its
// data (kept in Simplified Chinese) turned into Traditional, as replies are.
import { formatDay, formatShortDay, intlLocale } from '../../core/clock.ts';
import type { Lang } from '../../core/types.ts';
import { toHant } from '../../i18n/script.ts';
import type { Box, Chart } from '../model.ts';

// Intl formatters take far longer to build than to use: one of each per language.
const formatters = new Map<string, Intl.NumberFormat | Intl.DisplayNames>();
function once<T extends Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** The room under the title, subtitle and legend, in percent of the frame. */
const TOP = 22;
const BOTTOM = 94;

/** One panel: the whole frame. */
export const FULL: Box = { left: 3, top: TOP, width: 94, height: BOTTOM - TOP };
/** Two panels side by side; `split` is the left one's share of the width (percent). */
export function sideBySide(split = 47): [Box, Box] {
  return [
    { left: 3, top: TOP, width: split - 5, height: BOTTOM - TOP },
    { left: split + 3, top: TOP, width: 94 - split - 3, height: BOTTOM - TOP },
  ];
}
/** Three panels: two stacked on the left, one tall on the right. */
export function twoAndOne(): [Box, Box, Box] {
  const [left, right] = sideBySide();
  const half = (BOTTOM - TOP - 10) / 2;
  return [{ ...left, height: half }, { ...left, top: TOP + half + 10, height: half }, right];
}

export function numberFormat(lang: Lang): (n: number) => string {
  const f = once(`n:${lang}`, () => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }));
  return (n) => f.format(n);
}

/** A moment's day in Shanghai as people write it (2016年9月1日 / 1 Sept 2016). */
export function dayTitle(lang: Lang, at: Date): string {
  return formatDay({ lang }, at);
}

/** A day (YYYY-MM-DD) as a short axis label: 7月1日 / 1 Jul. */
export function dayLabel(lang: Lang, day: string): string {
  return formatShortDay({ lang }, day);
}

export function regionName(lang: Lang, code: string): string {
  try {
    return once(`r:${lang}`, () => new Intl.DisplayNames(intlLocale(lang), { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every text of a chart in the reader's script (data is kept in Simplified Chinese). */
export function inScript(chart: Chart, lang: Lang): Chart {
  if (lang !== 'zh-Hant') return chart;
  return JSON.parse(JSON.stringify(chart), (_key, value: unknown) => (typeof value === 'string' ? toHant(value) : value)) as Chart;
}
