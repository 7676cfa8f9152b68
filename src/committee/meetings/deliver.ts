// Writing first to the people of a meeting: each gets the message in their own language and
// time zone, with buttons that work until the message no longer matters. Every attempt is
// one record of the `meeting-sends` log (sent or not, and why), so the secretariat sees
// who could not be reached and nothing is sent twice: a record id per (meeting, what,
// person) marks a delivery done; callers skip people who already have one.
import { BROADCAST_CONCURRENCY, mapConcurrent } from '../../core/concurrency.ts';
import { saveOffers, type Offer } from '../../core/actions.ts';
import type { Services } from '../../core/context.ts';
import type { OutgoingFile, Reply, SendResult } from '../../core/types.ts';
import type { Person } from '../../domain/schema.ts';
import { toHant } from '../../i18n/script.ts';
import { z } from 'zod';
import { defineLog } from '../../store/types.ts';
import { langOf } from '../../core/lang.ts';
import { voiceFor, type Voice } from '../../views/format.ts';
import { personById, timeZoneOf } from '../members.ts';

export const SendKind = z.enum(['poll', 'reminder', 'closed', 'announce', 'cancelled']);
export type SendKind = z.infer<typeof SendKind>;

export const SendRecord = z.object({
  id: z.string(),
  at: z.string(),
  meeting: z.string(),
  kind: SendKind,
  person: z.string(),
  ok: z.boolean(),
  failure: z.string().optional(),
  detail: z.string().optional(),
});
export type SendRecord = z.infer<typeof SendRecord>;

export const SENDS_LOG = defineLog('meeting-sends', SendRecord);

export interface Outgoing {
  text: string;
  offers?: Offer[];
  file?: OutgoingFile;
  editKey?: string;
}

export interface Delivery {
  /** The log id that marks this person's delivery done (kept also when it failed for good). */
  id: string;
  person: string;
}

export interface SendSummary {
  sent: string[];
  /** Not reached, with the reason (no bound account, blocked, the platform refused). */
  missed: Array<{ person: string; failure: string }>;
}

/** The ids of deliveries already made (or given up): callers skip those. */
export function deliveredIds(services: Pick<Services, 'store'>): Set<string> {
  return new Set(services.store.records(SENDS_LOG).map((r) => r.id));
}

export interface DeliverOptions {
  meeting: string;
  kind: SendKind;
  now: Date;
  /** How long the message's buttons work. */
  ttlMs: number;
  /**
   * A failure is recorded under a dated id, so a later attempt tries again. Without this,
   * a lasting failure (unreachable, blocked) takes the delivery's id and is not retried
   * (the scheduler's reminders); a passing one ('failed') always is.
   */
  retryUnreachable: boolean;
}

/** Sends to each person and records the result. */
export async function deliver(
  services: Services,
  { meeting, kind, now, ttlMs, retryUnreachable }: DeliverOptions,
  to: readonly Delivery[],
  build: (voice: Voice, zone: string, person: Person) => Outgoing,
): Promise<SendSummary> {
  const summary: SendSummary = { sent: [], missed: [] };
  // Sent side by side (the adapters keep the platforms' limits); recorded in order below.
  const outcomes = await mapConcurrent(to, BROADCAST_CONCURRENCY, async ({ id, person: personId }) => {
    const person = personById(services.store, personId);
    let result: SendResult;
    if (!person) {
      result = { ok: false, failure: 'unreachable', detail: 'no such person' };
    } else {
      const lang = langOf(services, person);
      const script = (s: string) => (lang === 'zh-Hant' ? toHant(s) : s);
      try {
        const out = build(voiceFor(services.i18n, lang), timeZoneOf(services.store, person.id), person);
        const reply: Reply = { text: script(out.text) };
        if (out.offers?.length) {
          const offers = out.offers.map((o) => ({ ...o, label: script(o.label) }));
          reply.choices = await saveOffers(services.store, `person:${person.id}`, offers, now, Math.max(ttlMs, 3600_000));
        }
        if (out.file) reply.file = out.file;
        if (out.editKey) reply.editKey = out.editKey;
        result = await services.notifier.toPerson(person, reply);
      } catch (error) {
        services.log.error({ err: error, code: 'MEETING_SEND_THREW', meeting, person: personId }, 'meeting message send threw');
        result = { ok: false, failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
      }
    }
    return result;
  });
  for (const [i, { id, person: personId }] of to.entries()) {
    const result = outcomes[i]!;
    const rec: SendRecord = { id, at: now.toISOString(), meeting, kind, person: personId, ok: result.ok };
    if (!result.ok) {
      rec.failure = result.failure ?? 'failed';
      if (result.detail) rec.detail = result.detail;
      if (retryUnreachable || rec.failure === 'failed') rec.id = `${id}/failed/${now.toISOString()}`;
      summary.missed.push({ person: personId, failure: rec.failure });
      services.log.warn(
        { code: 'MEETING_UNDELIVERED', meeting, kind, person: personId, failure: rec.failure },
        'meeting message not delivered',
      );
    } else {
      summary.sent.push(personId);
    }
    await services.store.append(SENDS_LOG, [rec]);
  }
  return summary;
}

/** The people a kind of message never reached (lasting failures), for the secretariat's view. */
export function unreached(services: Pick<Services, 'store'>, meeting: string, kind: SendKind): string[] {
  const last = new Map<string, boolean>();
  for (const r of services.store.records(SENDS_LOG)) if (r.meeting === meeting && r.kind === kind) last.set(r.person, r.ok);
  return [...last].filter(([, ok]) => !ok).map(([p]) => p);
}
