// item / 事项: one work item of the action plan, by number or by words.
import { defineCommand } from '../src/core/command.ts';
import { answerLookup } from '../src/lookup/answer.ts';

export default defineCommand({
  id: 'item',
  names: { en: ['item', 'i'], zh: ['事项', '工作'] },
  summary: 'cmd-item',
  examples: ['事项 92', 'item 92', '事项 专家咨询委员会', 'item jungfrau'],
  args: [{ name: 'query', summary: 'arg-item-query', required: true }],
  access: ['anyone'],
  async run(ctx, args) {
    if (!args) return ctx.reply(ctx.t('item-ask'));
    return answerLookup(ctx, args, ['item']);
  },
});
