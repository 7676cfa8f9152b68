// whoami / 我是谁: who this account is to the bot: the person, roles, department, language.
import { defineCommand } from '../src/core/command.ts';
import { unitName } from '../src/views/format.ts';

export default defineCommand({
  id: 'whoami',
  names: { en: ['whoami', 'me'], zh: ['我是谁', '我的信息'] },
  summary: 'cmd-whoami',
  examples: ['我是谁', 'whoami'],
  args: [],
  access: ['anyone'],
  privateAnswer: true,
  async run(ctx) {
    const p = ctx.person;
    if (!p) return ctx.reply(ctx.t('whoami-unbound', { platform: ctx.msg.platform }));
    const accounts = ctx.store.data.accounts.filter((a) => a.personId === p.id).map((a) => a.platform);
    return ctx.reply(
      ctx.t('whoami', {
        name: ctx.pick(p.name, p.nameEn),
        roles: p.roles.map((r) => ctx.t('role-name', { role: r })).join(ctx.lang === 'en' ? ', ' : '、'),
        dept: p.department ? unitName(ctx, ctx.plan.data, p.department) : 'none',
        accounts: accounts.length ? accounts.join(', ') : '-',
        sample: p.provenance,
      }),
    );
  },
});
