// The `committee` log: every change of an invitation, appended after the change was saved,
// so an expert's record can show the whole history (the Invitation keeps only the latest
// times). Ids are random unless a repeat must not double (a reminder's number): the guard
// against repeats is the state check inside store.update, the log only tells what happened.
import { randomBytes } from 'node:crypto';
import type { LogRecord, Store } from '../../store/types.ts';

export const COMMITTEE_LOG = 'committee';

export type InvitationEvent =
  | 'invited' // sending was attempted
  | 'delivered'
  | 'unreachable'
  | 'opened'
  | 'bound' // the invitation's code bound a chat account to the expert
  | 'accepted'
  | 'declined'
  | 'reason' // a decline reason given afterwards
  | 'question' // forwarded to the secretariat
  | 'reminded'
  | 'reminder-failed'
  | 'revoked'
  | 'chair'
  | 'vice';

export interface CommitteeEvent extends LogRecord {
  expert: string;
  event: InvitationEvent;
  /** The person who caused it (the expert, a secretariat member), or `system` for the scheduler. */
  by: string;
  detail?: Record<string, unknown>;
}

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

/** One expert's events, oldest first. Records of an unknown shape are skipped, not fatal. */
export function eventsOf(store: Store, expertId: string): CommitteeEvent[] {
  return store.records(COMMITTEE_LOG).filter((r): r is CommitteeEvent => r.expert === expertId && typeof r.event === 'string');
}
