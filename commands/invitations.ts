// invitations / 邀请情况: where the invitations stand: accepted, declined, pending, not
// reachable yet (and not invited, revoked), each with its count and names, the questions
// experts asked that the secretariat has not answered yet, the committee's chair and
// vice-chairs, and when the last answer came in.
import { attachChart } from '../src/charts/attach.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { formatAt, ZONE } from '../src/core/clock.ts';
import { allOpenQuestions, questionText } from '../src/committee/invitations/reply.ts';
import { byState, INVITATION_STATES } from '../src/committee/invitations/status.ts';
import { joinList } from '../src/views/format.ts';

/** Experts with open questions listed here; the rest are counted. */
const MAX_QUESTIONS = 15;

function names(ctx: Context, ids: readonly string[]): string {
  return joinList(
    ctx,
    ids.map((id) => {
      const e = ctx.store.data.experts.find((x) => x.id === id)!;
      return ctx.pick(e.name, e.nameEn);
    }),
  );
}

export default defineCommand({
  id: 'invitations',
  names: { en: ['invitations'], zh: ['邀请情况'] },
  summary: 'cmd-invitations',
  examples: ['邀请情况', 'invitations'],
  args: [],
  access: ['admin', 'official'],
  privateAnswer: true,
  async run(ctx) {
    const states = byState(ctx.store);
    const { committee, experts } = ctx.store.data;
    const lines = [ctx.t('invs-heading', { total: experts.length, members: states.accepted.length })];
    for (const s of INVITATION_STATES) {
      if (!states[s].length) continue;
      lines.push('', ctx.t('invs-state', { state: s, count: states[s].length, names: names(ctx, states[s]) }));
    }
    const questions = allOpenQuestions(ctx.store);
    if (questions.length) {
      lines.push('', ctx.t('invs-questions', { count: questions.length }));
      for (const { expert, questions: asked } of questions.slice(0, MAX_QUESTIONS)) {
        for (const q of asked)
          lines.push(
            ctx.t('invs-question', { name: names(ctx, [expert]), id: expert, at: formatAt(ctx, q.at, ZONE), question: questionText(q) }),
          );
      }
      if (questions.length > MAX_QUESTIONS) lines.push(ctx.t('invs-questions-more', { count: questions.length - MAX_QUESTIONS }));
      lines.push(ctx.t('invs-questions-how'));
    }
    lines.push('');
    lines.push(
      ctx.t('invs-offices', {
        chair: committee.chair ? names(ctx, [committee.chair]) : '-',
        vice: committee.viceChairs.length ? names(ctx, committee.viceChairs) : '-',
      }),
    );
    if (committee.allAnsweredAt) lines.push(ctx.t('invs-all-answered', { at: formatAt(ctx, committee.allAnsweredAt, ZONE) }));
    if (states.unreachable.length) lines.push(ctx.t('invs-links-hint'));
    await ctx.reply(lines.join('\n'));
    return attachChart(ctx, (charts) => charts.invitationsChartFor(ctx));
  },
});
