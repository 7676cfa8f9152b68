// What the secretariat sees of consultations: the list, and one consultation's standing —
// who has answered (with how many messages), who has not, who could not be reached, and
// the next steps as buttons (remind those who have not answered, read, export).
import type { Context } from '../../core/context.ts';
import { formatMoment } from '../../core/clock.ts';
import { shorten } from '../../views/format.ts';
import type { Consultation } from '../schema.ts';
import { consultationTitle } from '../texts.ts';
import { answersOf, hasAnswered, standing } from './answers.ts';
import { activeRecipients, deliveries, events, extensions, stateOf, type DeliveryRecord } from './consultation.ts';
import { fieldList, timeLeft } from './present.ts';
import { names, showDraft } from './send.ts';

export async function listConsultations(ctx: Context): Promise<void> {
  const all = Object.values(ctx.store.data.consultations)
    .filter((c) => stateOf(c, ctx.now) !== 'discarded')
    .sort((a, b) => Number(b.id.slice(1)) - Number(a.id.slice(1)));
  if (!all.length) return ctx.reply([ctx.t('consult-list-none'), ctx.t('consult-create-example')].join('\n'));
  const lines = all.map((c) => {
    const answers = answersOf(ctx.store, c.id);
    return ctx.t('consult-list-line', {
      id: c.id,
      title: shorten(consultationTitle(ctx, c), 30),
      state: stateOf(c, ctx.now),
      deadline: formatMoment(ctx, c.deadline),
      answered: c.recipients.filter((p) => hasAnswered(answers, p)).length,
      total: c.recipients.length,
    });
  });
  await ctx.reply([ctx.t('consult-list-heading', { count: all.length }), ...lines, ctx.t('consult-list-hint')].join('\n'));
}

/** Who has not answered yet, of those who can still answer. */
export function pendingOf(ctx: Pick<Context, 'store'>, c: Consultation): string[] {
  const answers = answersOf(ctx.store, c.id);
  return activeRecipients(ctx.store, c).filter((p) => !hasAnswered(answers, p));
}

export async function showStatus(ctx: Context, c: Consultation): Promise<void> {
  const state = stateOf(c, ctx.now);
  if (state === 'draft') return showDraft(ctx, c);
  if (state === 'discarded') return ctx.reply(ctx.t('consult-was-discarded', { id: c.id }));
  const answers = answersOf(ctx.store, c.id);
  const answered = c.recipients.filter((p) => hasAnswered(answers, p));
  const pending = pendingOf(ctx, c);
  const messages = answered.reduce((sum, p) => sum + standing(answers.get(p)).length, 0);
  const undelivered = [...deliveries(ctx.store, c.id).values()].filter((d) => d.status !== 'sent' && !hasAnswered(answers, d.person));
  const reminded = events(ctx.store, c.id).filter((r): r is DeliveryRecord => r.kind === 'reminder' && r.status === 'sent');

  const lines = [
    ctx.t('consult-status-heading', {
      id: c.id,
      title: consultationTitle(ctx, c),
      state,
      deadline: formatMoment(ctx, c.deadline),
      left: timeLeft(ctx, c.deadline, ctx.now),
    }),
    ctx.t('consult-status-fields', { fields: fieldList(ctx, c.fields) }),
    ctx.t('consult-status-counts', { total: c.recipients.length, answered: answered.length, messages, pending: pending.length }),
  ];
  if (answered.length) {
    const list = answered.map((p) => ctx.t('consult-name-count', { name: names(ctx, [p]), count: standing(answers.get(p)).length }));
    lines.push(ctx.t('consult-status-answered', { names: list.join(ctx.lang === 'en' ? ', ' : '、') }));
  }
  if (pending.length) lines.push(ctx.t('consult-status-pending', { names: names(ctx, pending) }));
  if (undelivered.length)
    lines.push(
      ctx.t('consult-status-undelivered', {
        count: undelivered.length,
        names: names(
          ctx,
          undelivered.map((d) => d.person),
        ),
      }),
    );
  const extended = extensions(ctx.store, c.id);
  if (extended.length) lines.push(ctx.t('consult-status-extended', { count: extended.length, from: formatMoment(ctx, extended[0]!.from) }));
  if (reminded.length) lines.push(ctx.t('consult-status-reminded', { count: reminded.length, at: formatMoment(ctx, reminded.at(-1)!.at) }));

  const choices = [];
  if (state === 'closed') choices.push({ label: ctx.t('consult-extend-hint-button'), command: `consult extend ${c.id}` });
  if (state === 'open' && pending.length)
    choices.push({ label: ctx.t('consult-remind-button', { count: pending.length }), command: `consult remind ${c.id}` });
  if (messages) {
    choices.push({ label: ctx.t('consult-read-button'), command: `consult read ${c.id}` });
    choices.push({ label: ctx.t('consult-export-button'), command: `consult export ${c.id}` });
  }
  await ctx.reply(lines.join('\n'), { choices });
}
