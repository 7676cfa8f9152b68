// A consultation's life, read from the store. It is saved as a draft when the secretariat
// writes it and becomes sent when the confirmation sets `sentAt` and fills its recipients,
// in one update: that update is what makes a second press of "send" harmless. Each
// delivery and each reminder go to the append-only log `consultation-events`, with ids
// that make a repeat count once; so do deadline extensions.
import type { Expert } from '../../domain/expert.ts';
import type { Consultation } from '../schema.ts';
import { z } from 'zod';
import type { Store } from '../../db.ts';
import { defineLog } from '../../store/types.ts';
import { isMember, members } from '../members.ts';

/** The consultation was sent (id `sent:<cid>`), to these people. */
export const SentRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.literal('sent'),
  consultation: z.string(),
  by: z.string(),
  recipients: z.array(z.string()),
});
export type SentRecord = z.infer<typeof SentRecord>;

/**
 * One person's delivery of the consultation (`send:<cid>:<person>`), of a reminder
 * (`remind:<cid>:<slot>:<person>`) or of a deadline extension (`extension:<cid>:<n>:<person>`).
 */
export const DeliveryRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['send', 'reminder', 'extension']),
  consultation: z.string(),
  person: z.string(),
  status: z.enum(['sent', 'unreachable', 'failed', 'skipped']),
  slot: z.string().optional(),
  failure: z.enum(['unreachable', 'blocked', 'failed']).optional(),
  reason: z.string().optional(),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecord>;

/** The secretariat asked by hand to remind these people (`request:<cid>:<slot>`). */
export const RequestRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.literal('remind-request'),
  consultation: z.string(),
  slot: z.string(),
  persons: z.array(z.string()),
  by: z.string(),
});
export type RequestRecord = z.infer<typeof RequestRecord>;

/** The secretariat moved the deadline (`extend:<cid>:<n>`, n = how many extensions before it, plus one). */
export const ExtendRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.literal('extended'),
  consultation: z.string(),
  by: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ExtendRecord = z.infer<typeof ExtendRecord>;

export const EventRecord = z.discriminatedUnion('kind', [SentRecord, DeliveryRecord, RequestRecord, ExtendRecord]);
export type EventRecord = z.infer<typeof EventRecord>;

export const EVENTS_LOG = defineLog('consultation-events', EventRecord);

/** "C3", "c3", "#3" or "3" -> "C3"; undefined when the word is no consultation id. */
export function parseConsultationId(word: string): string | undefined {
  const m = /^[#＃]?[cC]?(\d{1,5})$/.exec(word.normalize('NFKC').trim());
  return m ? `C${Number(m[1])}` : undefined;
}

export function nextConsultationId(consultations: Record<string, Consultation>): string {
  const used = Object.keys(consultations).map((id) => Number(id.slice(1)) || 0);
  return `C${Math.max(0, ...used) + 1}`;
}

export function isSent(c: Consultation): boolean {
  return c.sentAt !== undefined || c.recipients.length > 0;
}

/**
 * draft: written, not sent; discarded: a draft closed unsent (kept, so its id and buttons
 * never come to mean another consultation); open: taking answers; closed: past its deadline.
 */
export function stateOf(c: Consultation, now: Date): 'draft' | 'discarded' | 'open' | 'closed' {
  if (!isSent(c)) return c.closedAt ? 'discarded' : 'draft';
  return isOpen(c, now) ? 'open' : 'closed';
}

/** Answers are taken from sending until the deadline (or an earlier close). */
export function isOpen(c: Consultation, now: Date): boolean {
  return isSent(c) && !c.closedAt && now.toISOString() <= c.deadline;
}

/** The members a consultation to these fields goes to (all members when no field is named). */
export function audience(store: Store, fields?: readonly string[]): Expert[] {
  return members(store).filter((e) => !fields?.length || fields.includes(e.field));
}

export function events(store: Store, cid: string): EventRecord[] {
  return store.records(EVENTS_LOG).filter((r) => r.consultation === cid);
}

export function sentRecord(store: Store, cid: string): SentRecord | undefined {
  return events(store, cid).find((r): r is SentRecord => r.kind === 'sent');
}

/** The latest delivery of the consultation itself to each person. */
export function deliveries(store: Store, cid: string): Map<string, DeliveryRecord> {
  const out = new Map<string, DeliveryRecord>();
  for (const r of events(store, cid)) if (r.kind === 'send') out.set(r.person, r);
  return out;
}

/** Recipients who can still answer: sent to them and still on the committee. */
export function activeRecipients(store: Store, c: Consultation): string[] {
  return c.recipients.filter((id) => isMember(store, id));
}

/** The deadline extensions of a consultation, oldest first. */
export function extensions(store: Store, cid: string): ExtendRecord[] {
  return events(store, cid).filter((r): r is ExtendRecord => r.kind === 'extended');
}
