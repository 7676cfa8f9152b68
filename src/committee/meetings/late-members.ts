// Members who join after a meeting was set up. A committee meeting's invitees are the
// members when it was created; an expert who accepts later is added to every committee
// meeting still ahead — an open poll (and gets the poll, if it was sent) or a fixed date
// not yet over (and gets the announcement with its calendar file) — as a board portal gives
// a new member the committee's upcoming meetings. The secretariat is told (the caller does
// it), since the default quorum grows with the invitees. Members missed before this
// existed are offered to the secretariat in the tally (`会议 添加 m1`).
import type { Services } from '../../core/context.ts';
import type { Store } from '../../db.ts';
import { isMember } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import type { Voice } from '../../views/format.ts';
import { closeIfDue } from './deadline.ts';
import { deliver, deliveredIds, type SendSummary } from './deliver.ts';
import { announce } from './finalise.ts';
import { pollView } from './poll-view.ts';
import { pollSent } from './tally-view.ts';
import { takesNewMembers } from './joinable.ts';
import { quorumMin } from './tally.ts';

export interface Joined {
  meeting: string;
  status: Meeting['status'];
  added: string[];
  /** The quorum and invitees after the change. */
  min: number;
  count: number;
  /** What was sent to the new members: the poll, the date, or nothing yet (poll not sent). */
  sent: 'poll' | 'announce' | 'none';
  summary: SendSummary;
}

/** Adds these members to the meeting (those still members and not invited yet) and sends them what the others have. */
export async function addMembers(services: Services, meetingId: string, ids: readonly string[], now: Date): Promise<Joined | undefined> {
  const current = services.store.data.meetings[meetingId];
  if (!current) return undefined;
  await closeIfDue(services, current, now);
  const added = await services.store.update((db) => {
    const m = db.meetings[meetingId];
    if (!m || !takesNewMembers(m, now)) return [];
    const fresh = ids.filter((id) => isMember(services.store, id) && !m.invitees.includes(id));
    m.invitees.push(...fresh);
    return fresh;
  });
  if (!added.length) return undefined;
  const meeting = services.store.data.meetings[meetingId]!;
  const base = { meeting: meetingId, status: meeting.status, added, min: quorumMin(meeting), count: meeting.invitees.length };
  if (meeting.status === 'scheduled')
    return { ...base, sent: 'announce', summary: await announce(services, meeting, undefined, now, added) };
  if (!pollSent(services.store, meeting)) return { ...base, sent: 'none', summary: { sent: [], missed: [] } };
  const done = deliveredIds(services);
  const to = added.map((person) => ({ id: `${meetingId}/poll/${person}`, person })).filter((d) => !done.has(d.id));
  const ttlMs = Date.parse(meeting.deadline) - now.getTime();
  const summary = await deliver(
    services,
    { meeting: meetingId, kind: 'poll', now, ttlMs, retryUnreachable: true },
    to,
    (voice, zone, person) => pollView(services.store, meeting, person.id, voice, zone),
  );
  return { ...base, sent: 'poll', summary };
}

/** For a new member: joins every committee meeting still ahead. */
export async function joinMeetingsAhead(services: Services, expertId: string, now: Date): Promise<Joined[]> {
  const joined: Joined[] = [];
  for (const meeting of Object.values(services.store.data.meetings)) {
    if (!takesNewMembers(meeting, now) || meeting.invitees.includes(expertId)) continue;
    const j = await addMembers(services, meeting.id, [expertId], now);
    if (j) joined.push(j);
  }
  return joined;
}

/** One line per meeting joined, for the secretariat's notice. */
export function joinedLines(voice: Voice, store: Store, joined: readonly Joined[]): string {
  return joined
    .map((j) => {
      const m = store.data.meetings[j.meeting]!;
      return voice.t('meeting-joined-line', {
        id: j.meeting,
        title: meetingTitle(voice, m),
        status: j.status,
        sent: j.sent,
        delivered: j.summary.sent.length ? 'yes' : 'no',
        min: j.min,
        count: j.count,
      });
    })
    .join('\n');
}
