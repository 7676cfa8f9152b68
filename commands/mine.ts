// mine / 我的: what waits for this person — their unit's open items by urgency, and for
// experts their invitation, open meeting polls and consultations. Slack's App Home shows it.
import { answersOf, hasAnswered } from '../src/committee/consultations/answers.ts';
import { VOTES_LOG } from '../src/committee/meetings/tally.ts';
import { consultationTitle, meetingTitle } from '../src/committee/texts.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { healthOf } from '../src/supervision/health.ts';
import { daysLeft, daysText } from '../src/views/format.ts';
import { itemLine } from '../src/views/item-view.ts';

function committeeLines(ctx: Context): string[] {
  const id = ctx.person!.id;
  const lines: string[] = [];
  const inv = ctx.store.data.invitations[id];
  if (inv && !inv.answer && !inv.revokedAt && inv.invitedAt) lines.push(ctx.t('mine-invitation'));
  const voted = new Set(
    ctx.store
      .records(VOTES_LOG)
      .filter((v) => v.person === id)
      .map((v) => v.meeting),
  );
  for (const m of Object.values(ctx.store.data.meetings)) {
    if (m.status === 'open' && m.invitees.includes(id) && !voted.has(m.id))
      lines.push(ctx.t('mine-poll', { title: meetingTitle(ctx, m), id: m.id }));
  }
  for (const c of Object.values(ctx.store.data.consultations)) {
    if (c.closedAt || !c.recipients.includes(id) || c.deadline <= ctx.now.toISOString()) continue;
    if (!hasAnswered(answersOf(ctx.store, c.id), id))
      lines.push(ctx.t('mine-consultation', { title: consultationTitle(ctx, c), id: c.id }));
  }
  return lines;
}

export default defineCommand({
  id: 'mine',
  names: { en: ['mine', 'home', 'todo'], zh: ['我的', '待办'] },
  summary: 'cmd-mine',
  examples: ['我的', 'mine'],
  args: [],
  access: ['admin', 'head', 'reporter', 'official', 'expert'],
  async run(ctx) {
    const p = ctx.person!;
    const lines = [ctx.t('mine-heading', { name: ctx.pick(p.name, p.nameEn) })];
    if (p.department) {
      const open = ctx.plan.data.items
        .filter((i) => i.lead.includes(p.department!) || i.responsible.includes(p.department!))
        .map((i) => ({ i, h: healthOf(i, ctx.plan.latestReport(`item:${i.no}`), ctx.now) }))
        .filter((x) => x.h.health !== 'done')
        .sort((a, b) => a.h.daysLeft - b.h.daysLeft);
      lines.push(ctx.t('mine-items', { count: open.length }));
      for (const { i, h } of open.slice(0, 10)) {
        lines.push(
          `  ${itemLine(ctx, i, 30)} — ${daysText(ctx, daysLeft(ctx.now, i.deadline))} · ${ctx.t('sv-health', { health: h.health })}`,
        );
      }
    }
    const waiting = committeeLines(ctx);
    if (waiting.length) lines.push(ctx.t('mine-committee'), ...waiting.map((l) => `  ${l}`));
    if (lines.length === 1) lines.push(ctx.t('mine-nothing'));
    return ctx.reply(lines.join('\n'));
  },
});
