// Meetings in the store: finding one by what a person typed, the poll's lifecycle
// (open -> closed at the deadline -> scheduled), and the answers people give, each an
// append-only record. A repeated answer appends nothing: the record id is
// meeting/person/slot/<n> (n = how many came before), so a repeat computed from the same
// history has the same id and the store keeps it once.
import type { Person } from '../../domain/schema.ts';
import { own } from '../../core/own.ts';
import { toSimplified } from '../../i18n/script.ts';
import { z } from 'zod';
import type { Store } from '../../db.ts';
import { defineLog } from '../../store/types.ts';
import { isMember, personById } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { currentVotes, voteCount, VOTES_LOG, type Answer, type VoteRecord } from './tally.ts';

export const ATTENDANCE = ['attend', 'online', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** A record of the `attendance` log: an answer for one schedule (date) of a meeting. */
export const AttendanceRecord = z.object({
  id: z.string(),
  at: z.string(),
  meeting: z.string(),
  schedule: z.number(),
  person: z.string(),
  answer: z.enum(ATTENDANCE),
  note: z.string().optional(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

export const ATTENDANCE_LOG = defineLog('attendance', AttendanceRecord);

/** "m3", "M3", "3", "#3" -> "m3". */
export function meetingRef(text: string): string {
  const t = text.normalize('NFKC').trim().toLowerCase().replace(/^#/, '');
  return /^\d+$/.test(t) ? `m${t}` : t;
}

export function findMeeting(store: Store, text: string): Meeting | undefined {
  return own(store.data.meetings, meetingRef(text));
}

/** The next free id, computed inside a store change so two creations never share one. */
export function nextMeetingId(meetings: Record<string, unknown>): string {
  let n = Object.keys(meetings).length + 1;
  while (meetings[`m${n}`]) n++;
  return `m${n}`;
}

/** The secretariat: everyone with the admin role. */
export function secretariat(store: Store): Person[] {
  return store.data.people.filter((p) => p.roles.includes('admin'));
}

/** Invited, and (for a committee meeting) still a member. */
export function isInvitee(store: Store, meeting: Meeting, personId: string): boolean {
  if (!meeting.invitees.includes(personId)) return false;
  return meeting.audience === 'people' || isMember(store, personId);
}

/** True when the deadline has passed but the poll was not closed yet (the closer will). */
export function pastDeadline(meeting: Meeting, now: Date): boolean {
  return meeting.status === 'open' && Date.parse(meeting.deadline) <= now.getTime();
}

/** Closes an open poll; resolves true only for the call that closed it (that one tells the secretariat). */
export async function closePoll(store: Store, id: string, now: Date): Promise<boolean> {
  return store.update((db) => {
    const m = db.meetings[id];
    if (m?.status !== 'open') return false;
    m.status = 'closed';
    m.closedAt = now.toISOString();
    return true;
  });
}

export type Saved = 'saved' | 'unchanged';

/** Records a vote unless it repeats the one that counts. */
export async function castVote(
  store: Store,
  meeting: Meeting,
  person: string,
  slot: string,
  answer: Answer,
  note: string | undefined,
  now: Date,
): Promise<Saved> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = currentVotes(store.records(VOTES_LOG), meeting.id).get(person)?.get(slot);
    if (current && current.answer === answer && (note === undefined || note === current.note)) return 'unchanged';
    const n = voteCount(store.records(VOTES_LOG), meeting.id, person, slot);
    const rec: VoteRecord = {
      id: `${meeting.id}/${person}/${slot}/${n + 1}`,
      at: now.toISOString(),
      meeting: meeting.id,
      person,
      slot,
      answer,
    };
    if (note !== undefined) rec.note = note;
    else if (current?.answer === answer && current.note) rec.note = current.note;
    await store.append(VOTES_LOG, [rec]);
    // Another answer may have taken this id at the same moment: then count again.
    if (currentVotes(store.records(VOTES_LOG), meeting.id).get(person)?.get(slot)?.answer === answer) return 'saved';
  }
  return 'saved';
}

/** person -> the attendance answer that counts for the meeting's current schedule. */
export function currentAttendance(store: Store, meeting: Meeting): Map<string, AttendanceRecord> {
  const out = new Map<string, AttendanceRecord>();
  for (const r of store.records(ATTENDANCE_LOG)) {
    if (r.meeting === meeting.id && r.schedule === meeting.schedule && ATTENDANCE.includes(r.answer)) out.set(r.person, r);
  }
  return out;
}

export async function answerAttendance(
  store: Store,
  meeting: Meeting,
  person: string,
  answer: Attendance,
  note: string | undefined,
  now: Date,
): Promise<Saved> {
  const current = currentAttendance(store, meeting).get(person);
  if (current && current.answer === answer && (note === undefined || note === current.note)) return 'unchanged';
  const mine = store
    .records(ATTENDANCE_LOG)
    .filter((r) => r.meeting === meeting.id && r.schedule === meeting.schedule && r.person === person);
  const rec: AttendanceRecord = {
    id: `${meeting.id}/${meeting.schedule}/${person}/${mine.length + 1}`,
    at: now.toISOString(),
    meeting: meeting.id,
    schedule: meeting.schedule,
    person,
    answer,
  };
  if (note !== undefined) rec.note = note;
  await store.append(ATTENDANCE_LOG, [rec]);
  return 'saved';
}

/** Finds one of `ids` by id, Chinese or English name (case and spaces ignored). */
export function findAmong(store: Store, ids: readonly string[], text: string): string | undefined {
  const norm = (s: string) => toSimplified(s.normalize('NFKC').toLowerCase().replace(/\s+/g, ''));
  const key = norm(text);
  return ids.find((id) => {
    const p = personById(store, id);
    return id === key || (p !== undefined && (norm(p.name) === key || (p.nameEn !== undefined && norm(p.nameEn) === key)));
  });
}
