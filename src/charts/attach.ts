// Puts a chart on the answer a command has just given, unless the person turned pictures off
// (`图表 关`). The chart code is imported on the first chart, not at start; building the
// chart is cheap (no drawing happens here); a chart that cannot be built is logged and left
// out, never in the way of the text answer.
import type { Context } from '../core/context.ts';
import type { Chart } from './model.ts';

export type ChartAnswers = typeof import('./answers.ts');

/** Whether this account wants pictures (they are on unless turned off). */
export function chartsOn(ctx: Pick<Context, 'store' | 'accountKey'>): boolean {
  return ctx.store.data.prefs[ctx.accountKey]?.charts !== false;
}

/** Attaches the chart `make` builds to the last reply (not to a form, nor to a reply with a picture). */
export async function attachChart(
  ctx: Context,
  make: (charts: ChartAnswers) => Chart | undefined | Promise<Chart | undefined>,
): Promise<void> {
  const reply = ctx.replies.at(-1);
  if (!reply || reply.form || reply.image || !chartsOn(ctx)) return;
  try {
    const [answers, { chartImage }] = await Promise.all([import('./answers.ts'), import('./image.ts')]);
    const chart = await make(answers);
    if (chart) reply.image = chartImage(chart);
  } catch (error) {
    ctx.services.log.warn({ err: error, code: 'CHART_BUILD_FAILED' }, 'chart left out of the answer');
  }
}
