// The arithmetic of a meeting poll, pure: the votes that count (the latest per person and
// slot in the append-only `votes` log), the tally of each slot and whether it reaches
// quorum. Yes and if-need-be both count as able to attend. A slot is quorate when at least
// `min` invitees are able (by default more than half: floor(n/2)+1) and every required
// invitee is among them.
import { z } from 'zod';
import { defineLog } from '../../store/types.ts';
import type { Meeting, Slot } from '../schema.ts';

export const ANSWERS = ['yes', 'ifneedbe', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/** A record of the `votes` log. */
export const VoteRecord = z.object({
  id: z.string(),
  at: z.string(),
  meeting: z.string(),
  person: z.string(),
  slot: z.string(),
  answer: z.enum(ANSWERS),
  note: z.string().optional(),
});
export type VoteRecord = z.infer<typeof VoteRecord>;

export const VOTES_LOG = defineLog('votes', VoteRecord);

/** person -> slot -> the vote that counts. */
export type CurrentVotes = Map<string, Map<string, VoteRecord>>;

export function currentVotes(log: readonly VoteRecord[], meetingId: string): CurrentVotes {
  const out: CurrentVotes = new Map();
  for (const r of log) {
    if (r.meeting !== meetingId) continue;
    let mine = out.get(r.person);
    if (!mine) out.set(r.person, (mine = new Map()));
    mine.set(r.slot, r);
  }
  return out;
}

/** All votes ever cast by one person on one slot (the id of the next one depends on it). */
export function voteCount(log: readonly VoteRecord[], meetingId: string, person: string, slot: string): number {
  let n = 0;
  for (const r of log) if (r.meeting === meetingId && r.person === person && r.slot === slot) n++;
  return n;
}

/** How many must be able to attend (or be present) for the meeting to be quorate. */
export function quorumMin(meeting: Pick<Meeting, 'quorum' | 'invitees'>): number {
  return meeting.quorum.min ?? Math.floor(meeting.invitees.length / 2) + 1;
}

/** Whether a set of able (or present) people makes quorum, and what is still missing. */
export function quorumOf(meeting: Pick<Meeting, 'quorum' | 'invitees'>, able: ReadonlySet<string>) {
  const min = quorumMin(meeting);
  const count = meeting.invitees.filter((p) => able.has(p)).length;
  const requiredAway = meeting.quorum.required.filter((p) => !able.has(p));
  return { min, count, needs: Math.max(0, min - count), requiredAway, quorate: count >= min && requiredAway.length === 0 };
}

export interface SlotTally {
  slot: Slot;
  yes: string[];
  ifneedbe: string[];
  no: string[];
  missing: string[];
  /** Yes + if need be. */
  able: number;
  min: number;
  /** More able people needed to reach `min` (0 when reached). */
  needs: number;
  /** Required invitees who are not able (voted no or have not voted). */
  requiredAway: string[];
  quorate: boolean;
  /** Quorum can still be reached if the missing votes come in as yes. */
  reachable: boolean;
}

export function tallySlot(meeting: Meeting, votes: CurrentVotes, slot: Slot): SlotTally {
  const t: SlotTally = {
    slot,
    yes: [],
    ifneedbe: [],
    no: [],
    missing: [],
    able: 0,
    min: 0,
    needs: 0,
    requiredAway: [],
    quorate: false,
    reachable: false,
  };
  for (const person of meeting.invitees) {
    const v = votes.get(person)?.get(slot.id);
    t[v ? v.answer : 'missing'].push(person);
  }
  const q = quorumOf(meeting, new Set([...t.yes, ...t.ifneedbe]));
  Object.assign(t, { able: q.count, min: q.min, needs: q.needs, requiredAway: q.requiredAway, quorate: q.quorate });
  const noRequiredSaidNo = meeting.quorum.required.every((p) => !t.no.includes(p));
  t.reachable = q.count + t.missing.length >= q.min && noRequiredSaidNo;
  return t;
}

export function tallyMeeting(meeting: Meeting, votes: CurrentVotes): SlotTally[] {
  return meeting.slots.map((slot) => tallySlot(meeting, votes, slot));
}

/** The slot to propose: quorate first, then most able, then most plain yes, then earliest. */
export function bestSlot(tallies: readonly SlotTally[]): SlotTally | undefined {
  return [...tallies].sort((a, b) => Number(b.quorate) - Number(a.quorate) || b.able - a.able || b.yes.length - a.yes.length)[0];
}

/** The slots a person has not answered whose quorum their vote could help make. */
export function slotsYourVoteCouldMake(tallies: readonly SlotTally[], person: string): SlotTally[] {
  return tallies.filter((t) => t.missing.includes(person) && !t.quorate && t.reachable);
}
