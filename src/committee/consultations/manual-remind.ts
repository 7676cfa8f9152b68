// Reminding by hand: "征求意见 催办 C1" shows who has not answered (and who is asleep now,
// by their own clock) with a confirmation button; the confirmation records the request and
// sends at once to those in their daytime. The rest are sent by the hourly run when their
// morning comes. Pressing the button twice sends nothing more.
import { formatMoment, hourIn } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import { timeZoneOf } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { consultationTitle } from '../texts.ts';
import { EVENTS_LOG, stateOf } from './consultation.ts';
import { DEFAULT_CONSULTATION_REMINDERS, requestRecord, runConsultationReminders } from './remind.ts';
import { inQuiet } from '../../supervision/reminders/config.ts';
import { names } from './send.ts';
import { pendingOf } from './status.ts';

function asleep(ctx: Context, persons: string[]): string[] {
  return persons.filter((p) => inQuiet(hourIn(ctx.now, timeZoneOf(ctx.store, p)), DEFAULT_CONSULTATION_REMINDERS.quiet));
}

function refusal(ctx: Context, c: Consultation): string | undefined {
  const state = stateOf(c, ctx.now);
  if (state === 'open') return undefined;
  return ctx.t('consult-remind-not-open', { id: c.id, state });
}

export async function previewReminder(ctx: Context, c: Consultation): Promise<void> {
  const refused = refusal(ctx, c);
  if (refused) return ctx.reply(refused);
  const pending = pendingOf(ctx, c);
  if (!pending.length) return ctx.reply(ctx.t('consult-remind-none', { id: c.id }));
  const night = asleep(ctx, pending);
  const lines = [
    ctx.t('consult-remind-preview', { id: c.id, title: consultationTitle(ctx, c), count: pending.length, names: names(ctx, pending) }),
  ];
  if (night.length) lines.push(ctx.t('consult-remind-night', { count: night.length, names: names(ctx, night) }));
  const stamp = ctx.now.getTime().toString(36);
  await ctx.reply(lines.join('\n'), {
    choices: [
      { label: ctx.t('consult-remind-confirm-button', { count: pending.length }), command: `consult remind ${c.id} confirm ${stamp}` },
    ],
  });
}

export async function confirmReminder(ctx: Context, c: Consultation, stamp: string): Promise<void> {
  const refused = refusal(ctx, c);
  if (refused) return ctx.reply(refused);
  const request = requestRecord(c.id, stamp, [], ctx.person!.id, ctx.now);
  const earlier = ctx.store.records(EVENTS_LOG).find((r) => r.id === request.id);
  if (earlier) return ctx.reply(ctx.t('consult-remind-already', { id: c.id, at: formatMoment(ctx, earlier.at) }));
  const pending = pendingOf(ctx, c);
  if (!pending.length) return ctx.reply(ctx.t('consult-remind-none', { id: c.id }));
  await ctx.store.append(EVENTS_LOG, [{ ...request, persons: pending }]);
  const run = await runConsultationReminders(ctx.services, ctx.now, { consultation: c.id });
  const lines = [ctx.t('consult-reminded', { id: c.id, sent: run.sent, waiting: run.waiting, unreachable: run.unreachable + run.failed })];
  if (run.unreached.length) lines.push(ctx.t('consult-remind-unreached', { names: names(ctx, run.unreached) }));
  await ctx.reply(lines.join('\n'));
}
