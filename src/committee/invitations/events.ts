// The `committee` log: every change of an invitation, appended after the change was saved,
// so an expert's record can show the whole history (the Invitation keeps only the latest
// times). Ids are random unless a repeat must not double (a reminder's number): the guard
// against repeats is the state check inside store.update, the log only tells what happened.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../../db.ts';
import { defineLog } from '../../store/types.ts';

export const InvitationEvent = z.enum([
  'invited', // sending was attempted
  'delivered',
  'unreachable',
  'opened',
  'bound', // the invitation's code bound a chat account to the expert
  'accepted',
  'declined',
  'reason', // a decline reason given afterwards
  'question', // forwarded to the secretariat
  'reply', // the secretariat's answer to the questions asked before it
  'reminded',
  'reminder-failed',
  'revoked',
  'chair',
  'vice',
]);
export type InvitationEvent = z.infer<typeof InvitationEvent>;

export const CommitteeEvent = z.object({
  id: z.string(),
  at: z.string(),
  expert: z.string(),
  event: InvitationEvent,
  /** The person who caused it (the expert, a secretariat member), or `system` for the scheduler. */
  by: z.string(),
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type CommitteeEvent = z.infer<typeof CommitteeEvent>;

export const COMMITTEE_LOG = defineLog('committee', CommitteeEvent);

export function newEvent(
  at: Date,
  expert: string,
  event: InvitationEvent,
  by: string,
  detail?: Record<string, unknown>,
  id?: string,
): CommitteeEvent {
  const rec: CommitteeEvent = {
    id: id ?? `${expert}:${event}:${at.getTime()}:${randomBytes(3).toString('hex')}`,
    at: at.toISOString(),
    expert,
    event,
    by,
  };
  if (detail && Object.keys(detail).length) rec.detail = detail;
  return rec;
}

export async function appendEvents(store: Store, events: CommitteeEvent[]): Promise<void> {
  if (events.length) await store.append(COMMITTEE_LOG, events);
}

/** One expert's events, oldest first (records of an unknown shape were skipped when read). */
export function eventsOf(store: Store, expertId: string): CommitteeEvent[] {
  return store.records(COMMITTEE_LOG).filter((r) => r.expert === expertId);
}
