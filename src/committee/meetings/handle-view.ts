// 会议 / 会议 m1 / 会议 点名: looking at meetings. The secretariat sees every meeting and each
// one's tally; an invitee sees the meetings they are asked to and their own poll (edited in
// place, like the one they were sent). On the day, the secretariat takes the roll call.
import type { Context } from '../../core/context.ts';
import { timeZoneOf } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { closeIfDue } from './deadline.ts';
import { pollView } from './poll-view.ts';
import { findAmong, isInvitee } from './repo.ts';
import { rollCallRefusal, rollCallState, takeRollCall } from './roll-call.ts';
import { names, quorumState, tallyView } from './tally-view.ts';
import { formatWhen } from './time.ts';

const zoneOf = (ctx: Context) => timeZoneOf(ctx.store, ctx.person!.id);

export async function handleList(ctx: Context): Promise<void> {
  const admin = ctx.hasRole('admin');
  const all = Object.values(ctx.store.data.meetings).filter(
    (m) => admin || (isInvitee(ctx.store, m, ctx.person!.id) && m.status !== 'cancelled'),
  );
  if (!all.length) return ctx.reply(ctx.t(admin ? 'meeting-list-empty-admin' : 'meeting-list-empty'));
  const zone = zoneOf(ctx);
  const lines = [ctx.t('meeting-list-heading', { count: all.length })];
  for (let m of all) {
    m = await closeIfDue(ctx.services, m, ctx.now);
    const final = m.slots.find((s) => s.id === m.finalSlot);
    const when = m.status === 'scheduled' && final ? formatWhen(ctx, zone, final.start, final.end) : formatWhen(ctx, zone, m.deadline);
    lines.push(ctx.t('meeting-list-line', { id: m.id, title: meetingTitle(ctx, m), status: m.status, when }));
  }
  lines.push('', ctx.t('meeting-list-footer'));
  return ctx.reply(lines.join('\n'));
}

export async function handleView(ctx: Context, meeting: Meeting): Promise<void> {
  meeting = await closeIfDue(ctx.services, meeting, ctx.now);
  const zone = zoneOf(ctx);
  if (ctx.hasRole('admin')) {
    const view = tallyView(ctx, ctx.store, meeting, zone, ctx.now);
    return ctx.reply(view.text, { choices: view.offers });
  }
  if (!isInvitee(ctx.store, meeting, ctx.person!.id)) return ctx.reply(ctx.t('meeting-not-invited', { id: meeting.id }));
  if (meeting.status === 'scheduled') {
    const final = meeting.slots.find((s) => s.id === meeting.finalSlot)!;
    return ctx.reply(
      ctx.t('meeting-scheduled-for-you', {
        id: meeting.id,
        title: meetingTitle(ctx, meeting),
        when: formatWhen(ctx, zone, final.start, final.end),
      }),
    );
  }
  const poll = pollView(ctx.store, meeting, ctx.person!.id, ctx, zone);
  return ctx.reply(poll.text, { editKey: poll.editKey!, ...(poll.offers ? { choices: poll.offers } : {}) });
}

/** "会议 点名 m1 张伟, sarah-mitchell, -李娜": marks present (a leading minus takes it back). */
export async function handleRoll(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  const refusal = rollCallRefusal(meeting, ctx.now);
  if (refusal === 'not-scheduled') return ctx.reply(ctx.t('meeting-roll-not-scheduled', { id: meeting.id }));
  const final = meeting.slots.find((s) => s.id === meeting.finalSlot)!;
  if (refusal)
    return ctx.reply(ctx.t('meeting-roll-not-today', { id: meeting.id, when: formatWhen(ctx, zoneOf(ctx), final.start, final.end) }));
  const tokens = (/[,，;；、]/.test(rest) ? rest.split(/[,，;；、]+/) : rest.split(/\s+/)).map((t) => t.trim()).filter(Boolean);
  const present: string[] = [];
  const absent: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const away = /^[-－−]/.test(token);
    const id = findAmong(ctx.store, meeting.invitees, away ? token.slice(1) : token);
    if (!id) unknown.push(token);
    else (away ? absent : present).push(id);
  }
  if (unknown.length)
    return ctx.reply(ctx.t('meeting-roll-unknown', { id: meeting.id, names: unknown.join(ctx.lang === 'en' ? ', ' : '、') }));
  if (tokens.length) await takeRollCall(ctx.store, meeting, ctx.person!.id, present, absent, ctx.now);
  const roll = rollCallState(ctx.store, meeting);
  const away = meeting.invitees.filter((p) => !roll.present.has(p));
  const lines = [
    ctx.t('meeting-roll-result', {
      id: meeting.id,
      present: roll.present.size,
      count: meeting.invitees.length,
      min: roll.quorum.min,
      quorate: roll.quorum.quorate ? 'yes' : 'no',
    }),
    quorumState(ctx, ctx.store, roll.quorum),
  ];
  if (roll.present.size) lines.push(ctx.t('meeting-roll-present', { names: names(ctx, ctx.store, [...roll.present]) }));
  if (away.length) lines.push(ctx.t('meeting-roll-away', { count: away.length, names: names(ctx, ctx.store, away) }));
  return ctx.reply(lines.join('\n'));
}
