// dashboard / 看板: a personal link to the dashboard (督办看板) in the browser — it works once
// and for ten minutes. For the secretariat, officials and the departments' heads and
// reporters; experts and unbound accounts get a clear answer and no link. The link is
// personal: asked for in a group, it goes by direct message, and the group is told so.
import { defineCommand } from '../src/core/command.ts';
import { issueLink, LINK_TTL_MS } from '../src/dashboard/links.ts';
import { scopeOf } from '../src/dashboard/viewer.ts';

export default defineCommand({
  id: 'dashboard',
  names: { en: ['dashboard'], zh: ['看板', '督办看板'] },
  summary: 'cmd-dashboard',
  examples: ['看板', 'dashboard'],
  args: [],
  access: ['admin', 'official', 'head', 'reporter', 'expert'],
  writes: true,
  async run(ctx) {
    const person = ctx.person!;
    if (!scopeOf(person)) return ctx.reply(ctx.t('dashboard-not-for-you'));
    const base = ctx.services.dashboardUrl;
    if (!base) return ctx.reply(ctx.t('dashboard-not-running'));
    const token = await issueLink(ctx.store, person.id, ctx.now);
    const text = ctx.t('dashboard-link', { url: `${base}/signin?t=${token}`, minutes: LINK_TTL_MS / 60_000 });
    if (ctx.msg.chatType === 'direct') return ctx.reply(text);
    const sent = await ctx.services.notifier.toPerson(person, { text });
    return ctx.reply(ctx.t(sent.ok ? 'dashboard-sent-dm' : 'dashboard-dm-failed'));
  },
});
