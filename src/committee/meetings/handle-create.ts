// 会议 新建 / 发送 / 提醒: the secretariat creates a poll in one message, sees it as it will
// go out, and sends it on confirmation; later reminds, by hand, whoever has not voted.
// Sending reports how many were reached and who was not.
import type { Context } from '../../core/context.ts';
import { timeZoneOf } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { closeIfDue } from './deadline.ts';
import { createMeeting } from './create.ts';
import { deliver, deliveredIds } from './deliver.ts';
import { parseMeetingSpec, type MeetingSpec } from './parse.ts';
import { meetingLines, pollView, slotLine } from './poll-view.ts';
import { isInvitee } from './repo.ts';
import { remindByHand, toRemind } from './reminders.ts';
import { names, quorumLine } from './tally-view.ts';
import { formatWhen } from './time.ts';
import { isConfirm, sentText, words } from './words.ts';

const zoneOf = (ctx: Context) => timeZoneOf(ctx.store, ctx.person!.id);

export async function handleCreate(ctx: Context, args: string): Promise<void> {
  if (!args) return ctx.reply(ctx.t('meeting-create-usage'));
  const spec = parseMeetingSpec(args, ctx.now);
  if (!spec.ok) return ctx.reply(ctx.t(spec.error, spec.args));
  return handleCreateSpec(ctx, spec);
}

/** Creates the meeting from a checked spec and shows it with the send button. */
export async function handleCreateSpec(ctx: Context, spec: MeetingSpec): Promise<void> {
  const made = await createMeeting(ctx.store, spec, ctx.person!.id, ctx.now);
  if (!made.ok) return ctx.reply(ctx.t(made.error, made.args));
  const m = made.meeting;
  const zone = zoneOf(ctx);
  const lines = [
    ctx.t('meeting-created', { id: m.id, title: m.title }),
    ...meetingLines(ctx, m),
    ...(m.titleEn || m.placeEn || m.agendaEn
      ? [ctx.t('meeting-created-en', { title: m.titleEn ?? '-', place: m.placeEn ?? 'none', agenda: m.agendaEn ?? 'none' })]
      : []),
    ctx.t('meeting-created-slots'),
    ...m.slots.map((s) => slotLine(ctx, zone, m, s.id)),
    ctx.t('meeting-created-deadline', { deadline: formatWhen(ctx, zone, m.deadline) }),
    quorumLine(ctx, ctx.store, m),
    '',
    ctx.t('meeting-created-confirm', { count: m.invitees.length, audience: m.audience }),
  ];
  return ctx.reply(lines.join('\n'), {
    choices: [
      { label: ctx.t('meeting-button-send-count', { count: m.invitees.length }), command: `meeting send ${m.id} confirm` },
      { label: ctx.t('meeting-button-cancel'), command: `meeting cancel ${m.id} confirm` },
    ],
  });
}

/** Sends the poll to every invitee who has not had it yet (a second press sends to nobody twice). */
export async function handleSend(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  meeting = await closeIfDue(ctx.services, meeting, ctx.now);
  if (meeting.status !== 'open') return ctx.reply(ctx.t('meeting-not-open', { id: meeting.id, status: meeting.status }));
  const done = deliveredIds(ctx.services);
  const to = meeting.invitees
    .filter((p) => isInvitee(ctx.store, meeting, p))
    .map((person) => ({ id: `${meeting.id}/poll/${person}`, person }))
    .filter((d) => !done.has(d.id));
  if (!to.length) return ctx.reply(ctx.t('meeting-sent-already', { id: meeting.id, count: meeting.invitees.length }));
  if (!isConfirm(rest)) {
    return ctx.reply(ctx.t('meeting-send-confirm', { id: meeting.id, title: meetingTitle(ctx, meeting), count: to.length }), {
      choices: [{ label: ctx.t('meeting-button-send-count', { count: to.length }), command: `meeting send ${meeting.id} confirm` }],
    });
  }
  const ttlMs = Date.parse(meeting.deadline) - ctx.now.getTime();
  const m = meeting;
  const summary = await deliver(
    ctx.services,
    { meeting: m.id, kind: 'poll', now: ctx.now, ttlMs, retryUnreachable: true },
    to,
    (voice, zone, person) => pollView(ctx.store, m, person.id, voice, zone),
  );
  return ctx.reply(sentText(ctx, summary, to.length));
}

export async function handleRemind(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  meeting = await closeIfDue(ctx.services, meeting, ctx.now);
  if (meeting.status !== 'open') return ctx.reply(ctx.t('meeting-not-open', { id: meeting.id, status: meeting.status }));
  const who = toRemind(ctx.store, meeting);
  if (!who.length) return ctx.reply(ctx.t('meeting-remind-nobody', { id: meeting.id }));
  // The confirmation names the last reminder it knew of, so a second press sends nothing.
  const last = meeting.remindedAt ? String(Date.parse(meeting.remindedAt)) : '0';
  const [word, token] = words(rest, 2).head;
  if (!isConfirm(word)) {
    return ctx.reply(ctx.t('meeting-remind-confirm', { id: meeting.id, count: who.length, names: names(ctx, ctx.store, who) }), {
      choices: [
        { label: ctx.t('meeting-button-remind-count', { count: who.length }), command: `meeting remind ${meeting.id} confirm ${last}` },
      ],
    });
  }
  if (token !== undefined && token !== last) {
    return ctx.reply(ctx.t('meeting-remind-stale', { id: meeting.id, at: formatWhen(ctx, zoneOf(ctx), meeting.remindedAt!) }));
  }
  const summary = await remindByHand(ctx.services, meeting, ctx.now);
  return ctx.reply(sentText(ctx, summary, who.length));
}
