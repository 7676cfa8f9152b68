// Starts an indicator report from what the person typed after 指标/indicator:
// "E1 28 2017 民航统计公报" (code, value, year, source; any may be missing).
import type { Context } from '../core/context.ts';
import { indicatorReportFlow, nextIndicatorStep, parseNumber, takeIndicator, type IndicatorDraft } from './indicator-report-flow.ts';

export async function startIndicatorReport(ctx: Context, rest: string): Promise<void> {
  const d: IndicatorDraft = {};
  const tokens = rest.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  if (tokens[0]) {
    const refused = takeIndicator(ctx, d, tokens[0]);
    if (refused && 'retry' in refused) await ctx.reply(ctx.t(refused.retry, refused.args));
  }
  if (d.code && tokens[1] !== undefined) {
    const v = parseNumber(tokens[1]);
    if (v === undefined) await ctx.reply(ctx.t('ireport-bad-value', { input: tokens[1].slice(0, 20) }));
    else d.value = v;
  }
  if (d.value !== undefined && tokens[2] && /^\d{4}年?$/.test(tokens[2])) d.year = Number(tokens[2].slice(0, 4));
  if (d.year !== undefined && tokens.length > 3) d.source = tokens.slice(3).join(' ').slice(0, 200);
  await ctx.services.conversations.start(ctx, indicatorReportFlow, d, nextIndicatorStep(d));
}
