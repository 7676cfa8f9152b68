// One run of the reminders: find what is due, send it, record it. Every decided reminder
// becomes one record of the append-only `reminders` log under its plan id (sent, skipped,
// unreachable or failed, with each recipient's result), so the secretariat can see who could
// not be reached and no reminder is decided twice.
//
// Contracts:
// - Outside sending time (quiet hours, non-working days), or while no platform has registered
//   its send port, nothing is sent: due reminders wait for the next run that can send. Skips
//   are recorded at any time.
// - A reminder is recorded after its send. A crash between the two sends it once more on the
//   next run: at-least-once, never lost. Sends are batched per person and each reminder is
//   recorded as soon as its last recipient was tried, so the window is one message.
// - Nobody to send to (no person with the role in the unit), no bound account, or blocked:
//   recorded as unreachable at once, never retried. A passing failure (the platform refused
//   or threw) is retried on the next runs, maxAttempts in all, then recorded as failed. The
//   attempt counts live in `jobs.reminders.attempts`.
import { z } from 'zod';
import { shanghaiDate } from '../../core/clock.ts';
import type { Services } from '../../core/context.ts';
import type { Lang, Reply, SendResult } from '../../core/types.ts';
import type { Person } from '../../domain/schema.ts';
import { defineLog } from '../../store/types.ts';
import { calendarFor, type WorkCalendar } from './calendar.ts';
import type { ReminderConfig } from './config.ts';
import { dueReminders, type Reminder } from './plan.ts';
import { langOf, renderBatch } from './render.ts';

const JOB = 'reminders';

/** Builds the weekly digest for one reader, in their language (src/supervision/digest.ts). */
export type DigestBuilder = (now: Date, lang: Lang) => Reply | Promise<Reply>;

export interface RunDeps {
  calendar?: WorkCalendar;
  digest?: DigestBuilder;
}

export const ReminderStatus = z.enum(['sent', 'skipped', 'unreachable', 'failed']);
export type ReminderStatus = z.infer<typeof ReminderStatus>;

export const Delivery = z.object({
  person: z.string(),
  ok: z.boolean(),
  failure: z.enum(['unreachable', 'blocked', 'failed']).optional(),
  detail: z.string().optional(),
});
export type Delivery = z.infer<typeof Delivery>;

/** A record of the `reminders` log. */
export const ReminderRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['deadline', 'call', 'escalate', 'digest']),
  dueAt: z.string(),
  status: ReminderStatus,
  to: z.array(z.string()),
  reason: z.string().optional(),
  deliveries: z.array(Delivery),
  item: z.number().optional(),
  unit: z.string().optional(),
  level: z.string().optional(),
  attempts: z.number().optional(),
});
export type ReminderRecord = z.infer<typeof ReminderRecord>;

/** Every decided reminder, once. Small enough to keep in memory: a few hundred a month. */
export const REMINDERS_LOG = defineLog('reminders', ReminderRecord);

export interface RunSummary {
  due: number;
  sent: number;
  skipped: number;
  unreachable: number;
  failed: number;
  /** Failed for a passing reason; tried again next run. */
  retrying: number;
  /** Due but outside sending time. */
  waiting: number;
}

const JobState = z.object({
  lastRunAt: z.string().optional(),
  since: z.string().optional(),
  attempts: z.record(z.string(), z.number()).default({}),
});
type JobState = z.infer<typeof JobState>;

function jobState(raw: unknown): JobState {
  const parsed = JobState.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { attempts: {} }; // unreadable bookkeeping is dropped, not misread
}

export async function runReminders(services: Services, now: Date, config: ReminderConfig, deps: RunDeps = {}): Promise<RunSummary> {
  const { store, log } = services;
  const calendar = deps.calendar ?? calendarFor(config, log);
  const summary: RunSummary = { due: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0, retrying: 0, waiting: 0 };
  const saved = await store.update((db) => {
    const state = jobState(db.jobs[JOB]);
    state.since ??= shanghaiDate(now);
    db.jobs[JOB] = state;
    return state;
  });
  const job = structuredClone(saved) as JobState; // the store freezes what it keeps

  const recorded = new Set(store.records(REMINDERS_LOG).map((r) => r.id));
  const due = dueReminders(
    {
      items: store.data.plan.items,
      people: store.data.people,
      latest: (no) => services.plan.latestReport(`item:${no}`),
      recorded: (id) => recorded.has(id),
      calendar,
      watchingSince: job.since!,
      digest: Boolean(deps.digest),
    },
    now,
    config,
  );
  summary.due = due.length;

  const record = async (r: Reminder, status: ReminderStatus, deliveries: Delivery[], reason?: string) => {
    const rec: ReminderRecord = {
      id: r.id,
      at: now.toISOString(),
      kind: r.kind,
      dueAt: r.dueAt.toISOString(),
      status,
      to: r.to,
      deliveries,
    };
    if (reason) rec.reason = reason;
    if (r.item !== undefined) rec.item = r.item;
    if (r.unit !== undefined) rec.unit = r.unit;
    if (r.level !== undefined) rec.level = r.level;
    if (job.attempts[r.id]) rec.attempts = job.attempts[r.id]! + 1;
    await store.append(REMINDERS_LOG, [rec]);
    summary[status]++;
    if (status === 'unreachable' || status === 'failed')
      log.warn({ code: 'REMINDER_UNDELIVERED', id: r.id, status, reason }, 'reminder not delivered');
  };

  for (const r of due.filter((r) => r.skip)) await record(r, 'skipped', [], r.skip);
  const toSend = due.filter((r) => !r.skip);
  // No platform running yet (adapters register their ports at start): wait, rather than
  // record everyone as unreachable for good.
  if (!calendar.sendable(now, config.quiet) || services.notifier.platforms.length === 0) {
    summary.waiting = toSend.length;
    await markRun(services, now, job.attempts);
    return summary;
  }

  // Who gets what: each person one message of reminders, and the digest on its own.
  const open = new Map<string, { r: Reminder; left: number; deliveries: Delivery[] }>();
  const batches = new Map<string, { person: Person; reminders: Reminder[]; digest: boolean }>();
  for (const r of toSend) {
    if (!r.to.length) {
      await record(r, 'unreachable', [], 'no-recipient');
      continue;
    }
    open.set(r.id, { r, left: r.to.length, deliveries: [] });
    for (const personId of r.to) {
      const key = `${personId}|${r.kind === 'digest' ? 'digest' : 'reminders'}`;
      const person = store.data.people.find((p) => p.id === personId)!;
      const batch = batches.get(key) ?? { person, reminders: [], digest: r.kind === 'digest' };
      batch.reminders.push(r);
      batches.set(key, batch);
    }
  }

  for (const { person, reminders, digest } of batches.values()) {
    const result = await trySend(services, person, (lang) =>
      digest ? deps.digest!(now, lang) : { text: renderBatch(services, lang, reminders, now) },
    );
    for (const r of reminders) {
      const entry = open.get(r.id)!;
      entry.deliveries.push({ person: person.id, ...result });
      if (--entry.left > 0) continue;
      const { deliveries } = entry;
      if (deliveries.some((d) => d.ok)) {
        await record(r, 'sent', deliveries);
      } else if (deliveries.every((d) => d.failure === 'failed') && (job.attempts[r.id] ?? 0) + 1 < config.maxAttempts) {
        job.attempts[r.id] = (job.attempts[r.id] ?? 0) + 1;
        summary.retrying++;
        continue;
      } else {
        const status = deliveries.every((d) => d.failure === 'failed') ? 'failed' : 'unreachable';
        await record(r, status, deliveries, deliveries.find((d) => d.failure !== 'failed')?.failure ?? 'failed');
      }
      delete job.attempts[r.id];
    }
  }
  await markRun(services, now, job.attempts);
  if (summary.due) log.info({ code: 'REMINDERS_RUN', ...summary }, 'reminders run');
  return summary;
}

/** Sends to a person in their language; a port or builder that throws is a passing failure. */
async function trySend(
  services: Services,
  person: Person,
  build: (lang: Lang) => Reply | Promise<Reply>,
): Promise<Omit<Delivery, 'person'>> {
  let result: SendResult;
  try {
    result = await services.notifier.toPerson(person, await build(langOf(services, person)));
  } catch (error) {
    services.log.error({ err: error, code: 'REMINDER_SEND_THREW', person: person.id }, 'reminder send threw');
    result = { ok: false, failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  const out: Omit<Delivery, 'person'> = { ok: result.ok };
  if (result.failure) out.failure = result.failure;
  if (result.detail) out.detail = result.detail;
  return out;
}

async function markRun(services: Services, now: Date, attempts: Record<string, number>): Promise<void> {
  await services.store.update((db) => {
    const state = jobState(db.jobs[JOB]);
    db.jobs[JOB] = { ...state, lastRunAt: now.toISOString(), attempts: { ...attempts } };
  });
}
