// mine / 我的: what waits for this person — their unit's open items (those it leads first,
// then by urgency, each with its health and why, ten a page with the rest one tap away), and
// for experts their invitation, open meeting polls and consultations. Slack's App Home shows it.
import { answersOf, hasAnswered } from '../src/committee/consultations/answers.ts';
import { VOTES_LOG } from '../src/committee/meetings/tally.ts';
import type { Offer } from '../src/core/actions.ts';
import { consultationTitle, meetingTitle } from '../src/committee/texts.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { assessItems, ownFirst, type Assessed } from '../src/supervision/assess.ts';
import { daysText } from '../src/views/format.ts';
import { healthText } from '../src/views/health-view.ts';
import { itemLine } from '../src/views/item-view.ts';

/** Items shown per page. */
export const MINE_PAGE = 10;

/** "第2页", "page 2", "2": the page asked for; 1 by default, undefined for words that are no page. */
function pageOf(args: string): number | undefined {
  const t = args.normalize('NFKC').trim().toLowerCase();
  if (!t) return 1;
  const m = /^(?:第\s*(\d+)\s*[页頁]|page\s*(\d+)|(\d+))$/.exec(t);
  return m ? Math.max(1, Number(m[1] ?? m[2] ?? m[3])) : undefined;
}

function itemLines(ctx: Context, open: readonly Assessed[], page: number): { lines: string[]; choices: Offer[] } {
  const dept = ctx.person!.department!;
  const pages = Math.max(1, Math.ceil(open.length / MINE_PAGE));
  const shown = open.slice((page - 1) * MINE_PAGE, page * MINE_PAGE);
  const mixed = open.some((a) => a.item.lead.includes(dept)) && open.some((a) => !a.item.lead.includes(dept));
  const lines = [ctx.t('mine-items-page', { count: open.length, page, pages, mixed: mixed ? 'yes' : 'no' })];
  for (const a of shown) {
    const mark = mixed && !a.item.lead.includes(dept) ? ctx.t('report-shared-mark') : '';
    const health = healthText(ctx, ctx.plan.data, a.view);
    const when = a.view.health === 'overdue' ? health : `${daysText(ctx, a.view.daysLeft)} · ${health}`;
    lines.push(`  ${itemLine(ctx, a.item, 30)}${mark} — ${when}`);
  }
  const after = open.length - page * MINE_PAGE;
  if (after > 0) lines.push(`  ${ctx.t('more', { count: after })}`);
  const choices: Offer[] = [];
  if (page > 1) choices.push({ label: ctx.t('page-prev'), command: `mine page ${page - 1}` });
  if (after > 0) choices.push({ label: ctx.t('mine-more', { count: after }), command: `mine page ${page + 1}` });
  return { lines, choices };
}

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
  examples: ['我的', 'mine', '我的 第2页', 'mine page 2'],
  args: [{ name: 'page', summary: 'arg-mine-page' }],
  access: ['admin', 'head', 'reporter', 'official', 'expert'],
  privateAnswer: true,
  async run(ctx, args) {
    const p = ctx.person!;
    const page = pageOf(args);
    if (page === undefined) return ctx.reply(ctx.t('mine-bad-page', { word: args.slice(0, 20) }));
    const lines = [ctx.t('mine-heading', { name: ctx.pick(p.name, p.nameEn) })];
    const choices: Offer[] = [];
    if (p.department) {
      const dept = p.department;
      const mine = ctx.plan.data.items.filter((i) => i.lead.includes(dept) || i.responsible.includes(dept));
      const open = assessItems(ctx.plan, ctx.now, mine)
        .filter((a) => a.view.health !== 'done')
        .sort(ownFirst(dept));
      const pages = Math.max(1, Math.ceil(open.length / MINE_PAGE));
      if (page > pages) return ctx.reply(ctx.t('items-no-page', { page, pages }));
      const listed = itemLines(ctx, open, page);
      lines.push(...listed.lines);
      choices.push(...listed.choices);
    }
    // The committee's waiting things are on the first page only.
    const waiting = page === 1 ? committeeLines(ctx) : [];
    if (waiting.length) lines.push(ctx.t('mine-committee'), ...waiting.map((l) => `  ${l}`));
    if (lines.length === 1) lines.push(ctx.t('mine-nothing'));
    return ctx.reply(lines.join('\n'), { choices });
  },
});
