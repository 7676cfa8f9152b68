// overview / 总览: where the plan stands by health, for the whole plan, a part or a department.
import { attachChart } from '../src/charts/attach.ts';
import { defineCommand } from '../src/core/command.ts';
import { parseOverview } from '../src/supervision/overview-args.ts';
import { renderOverview } from '../src/supervision/overview.ts';

export default defineCommand({
  id: 'overview',
  names: { en: ['overview', 'dashboard'], zh: ['总览', '概览'] },
  summary: 'cmd-overview',
  examples: ['总览', 'overview', '总览 第五部分', '总览 市发改委', '总览 部门', 'overview at-risk'],
  args: [{ name: 'scope', summary: 'arg-overview-scope' }],
  access: ['admin', 'head', 'reporter', 'official'],
  async run(ctx, args) {
    const parsed = parseOverview(ctx, args);
    if (!parsed.ok) return ctx.reply(ctx.t('overview-bad-scope', { word: parsed.word.slice(0, 30) }));
    const { text, choices } = renderOverview(ctx, parsed.req);
    await ctx.reply(text, { choices });
    return attachChart(ctx, (charts) => charts.overviewChartFor(ctx, parsed.req));
  },
});
