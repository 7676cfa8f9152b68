// A chart as the picture of a reply: its file name and words, and a render() that draws it
// (cached, in the worker) only when an adapter sends it. The PNG machinery is imported on
// the first drawing, so a bot that sends no picture never loads it.
import type { ReplyImage } from '../core/types.ts';
import type { Chart } from './model.ts';
import { toOption } from './option.ts';

export function chartImage(chart: Chart): ReplyImage {
  const option = toOption(chart);
  let key: string | undefined;
  return {
    name: `${chart.id}.png`,
    alt: chart.alt,
    async render() {
      const png = await import('./png.ts');
      key ??= png.chartKey(option, chart.width, chart.height);
      return png.renderPng(option, chart.width, chart.height, key);
    },
  };
}
