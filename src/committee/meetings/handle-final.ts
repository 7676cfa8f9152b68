// 会议 定 / 改期 / 取消: the secretariat fixes (or moves) the date, or calls the meeting off.
// Both tell every invitee, so both first show what will happen and wait for a confirmation;
// fixing a slot below quorum says why it is below. The confirmation carries the schedule
// number it was given for, so a second press of the same button sends nothing.
import type { Context } from '../../core/context.ts';
import { timeZoneOf } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { closeIfDue } from './deadline.ts';
import { deliver, deliveredIds } from './deliver.ts';
import { announce, pickSlot, schedule, slotTally } from './finalise.ts';
import { isInvitee } from './repo.ts';
import { pollSent, quorumState } from './tally-view.ts';
import { formatWhen } from './time.ts';
import { isConfirm, sentText, words } from './words.ts';

const CONFIRMED = /^([\s\S]*?)\s+(?:confirm|确认|確認)\s+(\d+)$/i;

export async function handleFinal(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  meeting = await closeIfDue(ctx.services, meeting, ctx.now);
  if (meeting.status === 'cancelled') return ctx.reply(ctx.t('meeting-is-cancelled', { id: meeting.id }));
  const confirmed = CONFIRMED.exec(rest);
  const slotText = (confirmed ? confirmed[1]! : rest).trim();
  if (!slotText) return ctx.reply(ctx.t('meeting-final-usage', { id: meeting.id }));
  const pick = pickSlot(meeting, slotText, ctx.now);
  if (!pick.ok) return ctx.reply(ctx.t(pick.error, pick.args));
  const zone = timeZoneOf(ctx.store, ctx.person!.id);
  const when = formatWhen(ctx, zone, pick.slot.start, pick.slot.end);
  const current = meeting.status === 'scheduled' ? meeting.slots.find((s) => s.id === meeting.finalSlot) : undefined;
  if (current?.start === pick.slot.start && current.end === pick.slot.end)
    return ctx.reply(ctx.t('meeting-final-same', { id: meeting.id, when }));

  if (!confirmed) {
    const t = slotTally(ctx.store, meeting, pick.slot);
    const lines = [
      ctx.t('meeting-final-preview', { id: meeting.id, title: meetingTitle(ctx, meeting), when, count: meeting.invitees.length }),
    ];
    if (current) lines.push(ctx.t('meeting-final-change', { from: formatWhen(ctx, zone, current.start, current.end) }));
    if (pick.fresh) lines.push(ctx.t('meeting-final-fresh'));
    lines.push(
      t.quorate
        ? ctx.t('meeting-final-quorate', { able: t.able, min: t.min })
        : ctx.t('meeting-final-below', { able: t.able, min: t.min, why: quorumState(ctx, ctx.store, t) }),
    );
    return ctx.reply(lines.join('\n'), {
      choices: [
        {
          label: ctx.t(t.quorate ? 'meeting-button-final-confirm' : 'meeting-button-final-anyway'),
          command: `meeting final ${meeting.id} ${slotText} confirm ${meeting.schedule}`,
        },
      ],
    });
  }
  const saved =
    Number(confirmed[2]) === meeting.schedule ? await schedule(ctx.store, meeting.id, pick.slot, meeting.schedule, ctx.now) : undefined;
  if (!saved) return ctx.reply(ctx.t('meeting-final-stale', { id: meeting.id }));
  const summary = await announce(ctx.services, saved, current, ctx.now);
  return ctx.reply(
    `${ctx.t('meeting-final-done', { id: meeting.id, when, changed: current ? 'yes' : 'no' })}\n${sentText(ctx, summary, summary.sent.length + summary.missed.length)}`,
  );
}

export async function handleCancel(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  if (meeting.status === 'cancelled') return ctx.reply(ctx.t('meeting-is-cancelled', { id: meeting.id }));
  const told = meeting.status === 'scheduled' || pollSent(ctx.store, meeting);
  const invitees = told ? meeting.invitees.filter((p) => isInvitee(ctx.store, meeting, p)) : [];
  if (!isConfirm(words(rest, 1).head[0])) {
    return ctx.reply(ctx.t('meeting-cancel-confirm', { id: meeting.id, title: meetingTitle(ctx, meeting), count: invitees.length }), {
      choices: [{ label: ctx.t('meeting-button-cancel'), command: `meeting cancel ${meeting.id} confirm` }],
    });
  }
  const now = ctx.now;
  const changed = await ctx.store.update((db) => {
    const m = db.meetings[meeting.id];
    if (!m || m.status === 'cancelled') return false;
    m.status = 'cancelled';
    m.closedAt ??= now.toISOString();
    return true;
  });
  if (!changed) return ctx.reply(ctx.t('meeting-is-cancelled', { id: meeting.id }));
  const done = deliveredIds(ctx.services);
  const to = invitees.map((person) => ({ id: `${meeting.id}/cancelled/${person}`, person })).filter((d) => !done.has(d.id));
  const summary = await deliver(
    ctx.services,
    { meeting: meeting.id, kind: 'cancelled', now, ttlMs: 0, retryUnreachable: false },
    to,
    (voice) => ({
      text: voice.t('meeting-cancelled-notice', { id: meeting.id, title: meetingTitle(voice, meeting) }),
    }),
  );
  const lines = [ctx.t('meeting-cancel-done', { id: meeting.id })];
  if (to.length) lines.push(sentText(ctx, summary, to.length));
  return ctx.reply(lines.join('\n'));
}
