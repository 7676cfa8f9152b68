// Reminding the members who have not answered. `dueConsultationReminders` is pure: from the
// store and a time it says who is due a reminder now — automatically at the latest of the
// slots (3 and 1 days before the deadline by default) that has come since the consultation
// was sent, or because the secretariat asked by hand. `runConsultationReminders` sends them.
//
// Contracts:
// - Only recipients still on the committee who have no standing answer are reminded; a
//   reminder is decided once per consultation, slot and person (record id
//   `remind:<cid>:<slot>:<person>` in `consultation-events`); after the deadline is
//   extended, the automatic slots count again towards the new one (d3x1, d1x1…).
// - Never at night in the member's own time zone: a due reminder waits for the first run in
//   their daytime. An automatic one is skipped (and recorded so) when the member heard from
//   us within `recentMs` (the consultation itself, another reminder); a requested one is not.
// - Unreachable (no bound account, blocked) is recorded at once; a passing failure is not
//   recorded, so the next run tries again, until the deadline ends it.
// - Runs on one store never overlap (the scheduler and a button press may meet).
import { hourIn } from '../../core/clock.ts';
import type { Services } from '../../core/context.ts';
import { inQuiet, type QuietHours } from '../../supervision/reminders/config.ts';
import { timeZoneOf } from '../members.ts';
import { answersOf, hasAnswered } from './answers.ts';
import { activeRecipients, events, EVENTS_LOG, isOpen, type DeliveryRecord, type RequestRecord } from './consultation.ts';
import { deliver } from './send.ts';
import type { Store } from '../../db.ts';

const DAY = 86_400_000;

export interface ConsultationReminderConfig {
  /** Days before the deadline at which those who have not answered are reminded. */
  slotsDays: number[];
  /** Hours of the member's own night. */
  quiet: QuietHours;
  /** An automatic reminder is skipped if the member heard from us this recently. */
  recentMs: number;
}

export const DEFAULT_CONSULTATION_REMINDERS: ConsultationReminderConfig = {
  slotsDays: [3, 1],
  quiet: { from: 22, to: 8 },
  recentMs: 20 * 3600_000,
};

export interface DueReminder {
  id: string;
  consultation: string;
  person: string;
  /** d3, d1: automatic; m<stamp>: asked for by hand. */
  slot: string;
  skip?: 'recent';
  /** Night where the member is: not now. */
  waiting?: true;
}

export function dueConsultationReminders(store: Store, now: Date, config = DEFAULT_CONSULTATION_REMINDERS): DueReminder[] {
  const recorded = new Set(store.records(EVENTS_LOG).map((r) => r.id));
  const out: DueReminder[] = [];
  for (const c of Object.values(store.data.consultations)) {
    if (!isOpen(c, now)) continue;
    const answers = answersOf(store, c.id);
    const pending = activeRecipients(store, c).filter((p) => !hasAnswered(answers, p));
    if (!pending.length) continue;
    const evs = events(store, c.id);
    // Slots count from the sending, or from the last extension of the deadline.
    const extended = evs.filter((r) => r.kind === 'extended');
    const since = Date.parse(extended.at(-1)?.at ?? evs.find((r) => r.kind === 'sent')?.at ?? c.createdAt);
    const lastContact = new Map<string, number>();
    for (const r of evs) {
      if ((r.kind === 'send' || r.kind === 'reminder' || r.kind === 'extension') && r.status === 'sent')
        lastContact.set(r.person, Math.max(lastContact.get(r.person) ?? 0, Date.parse(r.at)));
    }

    const deadline = Date.parse(c.deadline);
    const come = config.slotsDays.filter((d) => deadline - d * DAY <= now.getTime() && deadline - d * DAY > since);
    // Each deadline has its own slots: d1 before the first deadline, d1x1 before the first extended one.
    const suffix = extended.length ? `x${extended.length}` : '';
    // Requested reminders first: one due now stands for the automatic one (no two at once).
    const wanted: Array<{ slot: string; persons: string[]; manual: boolean }> = [];
    for (const r of evs)
      if (r.kind === 'remind-request') wanted.push({ slot: r.slot, persons: r.persons.filter((p) => pending.includes(p)), manual: true });
    if (come.length) wanted.push({ slot: `d${Math.min(...come)}${suffix}`, persons: pending, manual: false });

    for (const w of wanted) {
      for (const person of w.persons) {
        const id = `remind:${c.id}:${w.slot}:${person}`;
        if (recorded.has(id)) continue;
        const due: DueReminder = { id, consultation: c.id, person, slot: w.slot };
        if (!w.manual && now.getTime() - (lastContact.get(person) ?? 0) < config.recentMs) due.skip = 'recent';
        else if (inQuiet(hourIn(now, timeZoneOf(store, person)), config.quiet)) due.waiting = true;
        if (w.manual) lastContact.set(person, now.getTime());
        out.push(due);
      }
    }
  }
  return out;
}

export interface ConsultationRunSummary {
  due: number;
  sent: number;
  skipped: number;
  unreachable: number;
  /** Passing failures: tried again on the next run. */
  failed: number;
  /** Night where the member is: sent by a later run. */
  waiting: number;
  /** Who was not reached, for the secretariat's reply. */
  unreached: string[];
}

const running = new WeakMap<Store, Promise<unknown>>();

function serial<T>(store: Store, job: () => Promise<T>): Promise<T> {
  const next = (running.get(store) ?? Promise.resolve()).catch(() => undefined).then(job);
  running.set(store, next);
  return next;
}

/** Sends what is due (of one consultation, when named); call it every hour. */
export function runConsultationReminders(
  services: Services,
  now: Date,
  only?: { consultation?: string },
  config = DEFAULT_CONSULTATION_REMINDERS,
): Promise<ConsultationRunSummary> {
  const { store, log } = services;
  return serial(store, async () => {
    const due = dueConsultationReminders(store, now, config).filter((r) => !only?.consultation || r.consultation === only.consultation);
    const summary: ConsultationRunSummary = { due: due.length, sent: 0, skipped: 0, unreachable: 0, failed: 0, waiting: 0, unreached: [] };
    const reminded = new Set<string>();
    for (const r of due) {
      if (r.waiting) {
        summary.waiting++;
        continue;
      }
      const rec: DeliveryRecord = {
        id: r.id,
        at: now.toISOString(),
        kind: 'reminder',
        consultation: r.consultation,
        person: r.person,
        slot: r.slot,
        status: 'skipped',
      };
      if (r.skip) {
        await store.append(EVENTS_LOG, [{ ...rec, reason: r.skip }]);
        summary.skipped++;
        continue;
      }
      const result = await deliver({ services, store }, r.person, store.data.consultations[r.consultation]!, now, 'reminder');
      if (result.ok) {
        await store.append(EVENTS_LOG, [{ ...rec, status: 'sent' }]);
        summary.sent++;
        reminded.add(r.consultation);
        continue;
      }
      summary.unreached.push(r.person);
      if (result.failure === 'failed') {
        summary.failed++;
      } else {
        await store.append(EVENTS_LOG, [
          { ...rec, status: 'unreachable', failure: result.failure ?? 'unreachable', ...(result.detail ? { reason: result.detail } : {}) },
        ]);
        summary.unreachable++;
      }
      log.warn({ code: 'CONSULT_REMINDER_UNDELIVERED', id: r.id, failure: result.failure }, 'consultation reminder not delivered');
    }
    if (reminded.size) {
      const at = now.toISOString();
      await store.update((db) => {
        for (const id of reminded) if (db.consultations[id]) db.consultations[id].remindedAt = at;
      });
    }
    if (summary.due)
      log.info({ code: 'CONSULT_REMINDERS_RUN', ...summary, unreached: summary.unreached.length }, 'consultation reminders run');
    return summary;
  });
}

/** The secretariat's request, recorded before anything is sent (its id makes a second press count once). */
export function requestRecord(cid: string, stamp: string, persons: string[], by: string, now: Date): RequestRecord {
  return {
    id: `request:${cid}:m${stamp}`,
    at: now.toISOString(),
    kind: 'remind-request',
    consultation: cid,
    slot: `m${stamp}`,
    persons,
    by,
  };
}
