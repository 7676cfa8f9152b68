// unit / 单位: a department or working group and what it leads, by name, alias or id.
import { defineCommand } from '../src/core/command.ts';
import { answerLookup } from '../src/lookup/answer.ts';
import { renderDepartment } from '../src/views/department-view.ts';

export default defineCommand({
  id: 'unit',
  names: { en: ['unit', 'dept', 'department'], zh: ['单位', '部门'] },
  summary: 'cmd-unit',
  examples: ['单位 市发改委', 'unit commerce', '部门 协调组'],
  args: [{ name: 'name', summary: 'arg-unit-name', required: true }],
  access: ['anyone'],
  async run(ctx, args) {
    if (!args) return ctx.reply(ctx.t('unit-ask'));
    const byId = ctx.plan.department(args.trim());
    if (byId) return ctx.reply(renderDepartment(ctx, byId, ctx.plan));
    return answerLookup(ctx, args, ['department']);
  },
});
