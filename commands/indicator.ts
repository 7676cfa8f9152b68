// indicator / 指标: one indicator of the indicator system, by code or by words.
import { attachChart } from '../src/charts/attach.ts';
import { defineCommand } from '../src/core/command.ts';
import { answerLookup } from '../src/lookup/answer.ts';

export default defineCommand({
  id: 'indicator',
  names: { en: ['indicator', 'ind'], zh: ['指标'] },
  summary: 'cmd-indicator',
  examples: ['指标 国际航线', 'indicator hangxian', '指标 E', 'indicator gdp'],
  args: [{ name: 'query', summary: 'arg-indicator-query', required: true }],
  access: ['anyone'],
  async run(ctx, args) {
    if (!args) {
      const top = ctx.plan.data.indicators.filter((i) => !i.parent);
      return ctx.reply(ctx.t('indicator-ask'), {
        choices: top.map((i) => ({ label: `${i.code} ${ctx.pick(i.name, i.nameEn)}`, command: `indicator ${i.code}` })),
      });
    }
    await answerLookup(ctx, args, ['indicator']);
    return attachChart(ctx, (charts) => charts.indicatorChartFor(ctx));
  },
});
