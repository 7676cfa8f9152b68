// Extending a consultation's deadline: "征求意见 延期 C1 2016-12-20" shows the change (and that
// a closed consultation opens again) with a confirmation button; the confirmation moves the
// deadline, records it in `consultation-events` and tells every member who can still answer,
// in their language and time zone (those who answered may still add or revise). The button
// carries the deadline it was shown for, so a second press changes nothing. A draft's
// deadline just changes: nobody has it yet.
import { BROADCAST_CONCURRENCY, mapConcurrent } from '../../core/concurrency.ts';
import { formatMoment } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import type { Consultation } from '../schema.ts';
import { consultationTitle } from '../texts.ts';
import { activeRecipients, EVENTS_LOG, extensions, stateOf, type DeliveryRecord } from './consultation.ts';
import { parseDeadline } from './parse.ts';
import { deliver, names, showDraft } from './send.ts';

const CONFIRM = /^(.*?)\s+(?:confirm|确认|確認)\s+(\S+)$/i;

export async function extendDeadline(ctx: Context, c: Consultation, more: string[]): Promise<void> {
  const line = more.join(' ').trim();
  const confirmed = CONFIRM.exec(line);
  const dateText = (confirmed ? confirmed[1]! : line).trim();
  const state = stateOf(c, ctx.now);
  if (state === 'discarded') return ctx.reply(ctx.t('consult-was-discarded', { id: c.id }));
  if (!dateText) return ctx.reply(ctx.t('consult-extend-usage', { id: c.id, deadline: formatMoment(ctx, c.deadline) }));
  // A button shown for another deadline (pressed before): nothing more to do.
  if (confirmed && Date.parse(c.deadline).toString(36) !== confirmed[2])
    return ctx.reply(ctx.t('consult-extend-stale', { id: c.id, deadline: formatMoment(ctx, c.deadline) }));
  const to = parseDeadline(dateText);
  if (!to) return ctx.reply(ctx.t('consult-bad-date', { input: dateText.slice(0, 30) }));
  if (to <= ctx.now.toISOString()) return ctx.reply(ctx.t('consult-deadline-past', { input: dateText.slice(0, 30) }));
  if (to <= c.deadline)
    return ctx.reply(
      ctx.t('consult-extend-not-later', { id: c.id, deadline: formatMoment(ctx, c.deadline), input: dateText.slice(0, 30) }),
    );

  if (state === 'draft') {
    await ctx.store.update((db) => {
      const d = db.consultations[c.id];
      if (d && stateOf(d, ctx.now) === 'draft') d.deadline = to;
    });
    return showDraft(ctx, ctx.store.data.consultations[c.id]!);
  }
  const members = activeRecipients(ctx.store, c);
  if (!confirmed) {
    return ctx.reply(
      ctx.t('consult-extend-preview', {
        id: c.id,
        title: consultationTitle(ctx, c),
        from: formatMoment(ctx, c.deadline),
        to: formatMoment(ctx, to),
        count: members.length,
        reopens: state === 'closed' ? 'yes' : 'no',
      }),
      {
        choices: [
          {
            label: ctx.t('consult-extend-button', { count: members.length }),
            command: `consult extend ${c.id} ${dateText} confirm ${Date.parse(c.deadline).toString(36)}`,
          },
        ],
      },
    );
  }
  return confirmExtension(ctx, c, to, confirmed[2]!);
}

async function confirmExtension(ctx: Context, c: Consultation, to: string, token: string): Promise<void> {
  const from = c.deadline;
  const n = extensions(ctx.store, c.id).length + 1;
  const moved = await ctx.store.update((db) => {
    const d = db.consultations[c.id];
    // The deadline the button was shown for: anything else means it was pressed before.
    if (!d || Date.parse(d.deadline).toString(36) !== token) return false;
    d.deadline = to;
    return true;
  });
  if (!moved)
    return ctx.reply(
      ctx.t('consult-extend-stale', { id: c.id, deadline: formatMoment(ctx, ctx.store.data.consultations[c.id]!.deadline) }),
    );
  const now = ctx.now;
  await ctx.store.append(EVENTS_LOG, [
    { id: `extend:${c.id}:${n}`, at: now.toISOString(), kind: 'extended', consultation: c.id, by: ctx.person!.id, from, to },
  ]);
  const saved = ctx.store.data.consultations[c.id]!;
  const members = activeRecipients(ctx.store, saved);
  const results = await mapConcurrent(members, BROADCAST_CONCURRENCY, (p) => deliver(ctx, p, saved, now, 'extension', from));
  const missed: string[] = [];
  for (const [i, person] of members.entries()) {
    const r = results[i]!;
    const rec: DeliveryRecord = {
      id: `extension:${c.id}:${n}:${person}`,
      at: now.toISOString(),
      kind: 'extension',
      consultation: c.id,
      person,
      status: r.ok ? 'sent' : r.failure === 'failed' ? 'failed' : 'unreachable',
    };
    if (r.failure) rec.failure = r.failure;
    if (r.detail) rec.reason = r.detail;
    await ctx.store.append(EVENTS_LOG, [rec]);
    if (!r.ok) missed.push(person);
  }
  const lines = [
    ctx.t('consult-extended', { id: c.id, to: formatMoment(ctx, to), sent: members.length - missed.length, total: members.length }),
  ];
  if (missed.length) lines.push(ctx.t('consult-remind-unreached', { names: names(ctx, missed) }));
  await ctx.reply(lines.join('\n'));
}
