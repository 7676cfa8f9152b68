// Invitation reminders: only to experts who got the invitation and have not answered, at a
// set cadence (every 3 days, at most 3), and only at a decent hour in their own time zone
// (09:00-20:00, not on their weekend). `dueInvitationReminders` decides (pure: store, now,
// config in, a list out); `runInvitationReminders` sends, meant to be called every hour by
// the bot's scheduler. The secretariat can also remind by hand (`invite remind`).
//
// Contract: each reminder is claimed inside store.update (its number must still be next)
// before it is sent, so two runs at once, or a run and a hand reminder, never send it twice;
// a crash between claim and send loses that one reminder (the next comes a cadence later).
import type { Services } from '../../core/context.ts';
import { personById } from '../members.ts';
import type { WorkCalendar } from '../../supervision/reminders/calendar.ts';
import { appendEvents, newEvent, type CommitteeEvent } from './events.ts';
import { answerOffers, script } from './letter.ts';
import { isDecentTime, type DaytimeRule } from './local-time.ts';
import { langOf, nameIn, sendWithOffers } from './notify.ts';
import type { Store } from '../../db.ts';

export interface InvitationReminderConfig extends DaytimeRule {
  everyDays: number;
  max: number;
  /** The PRC working calendar for experts in mainland China (default: the packaged one). */
  calendar?: Pick<WorkCalendar, 'isWorkingDay'>;
}

export const INVITATION_REMINDERS: InvitationReminderConfig = { everyDays: 3, max: 3, fromHour: 9, toHour: 20 };

export interface DueReminder {
  expert: string;
  /** This reminder's number, 1-based. */
  n: number;
}

/** Delivered, not answered, not revoked: the experts a reminder may go to at all. */
export function awaitingAnswer(store: Store): string[] {
  return store.data.experts
    .filter((e) => {
      const inv = store.data.invitations[e.id];
      return inv?.deliveredAt && !inv.answer && !inv.revokedAt;
    })
    .map((e) => e.id);
}

export function dueInvitationReminders(store: Store, now: Date, config: InvitationReminderConfig = INVITATION_REMINDERS): DueReminder[] {
  const due: DueReminder[] = [];
  for (const id of awaitingAnswer(store)) {
    const inv = store.data.invitations[id]!;
    const expert = store.data.experts.find((e) => e.id === id)!;
    if (inv.reminders >= config.max) continue;
    const last = Date.parse(inv.remindedAt && inv.remindedAt > inv.deliveredAt! ? inv.remindedAt : inv.deliveredAt!);
    if (now.getTime() - last < config.everyDays * 86_400_000) continue;
    if (!isDecentTime(now, expert.timeZone, expert.country, config, config.calendar)) continue;
    due.push({ expert: id, n: inv.reminders + 1 });
  }
  return due;
}

export interface ReminderSummary {
  due: number;
  sent: string[];
  failed: string[];
}

/** Sends the given reminders (claimed first; one already sent by someone else is skipped). */
export async function sendInvitationReminders(
  services: Services,
  due: readonly DueReminder[],
  now: Date,
  by: string,
): Promise<ReminderSummary> {
  const { store } = services;
  const at = now.toISOString();
  const claimed = await store.update((db) =>
    due.filter((d) => {
      const inv = db.invitations[d.expert];
      if (!inv || inv.answer || inv.revokedAt || inv.reminders !== d.n - 1) return false;
      inv.reminders = d.n;
      inv.remindedAt = at;
      return true;
    }),
  );
  const summary: ReminderSummary = { due: due.length, sent: [], failed: [] };
  const events: CommitteeEvent[] = [];
  for (const d of claimed) {
    const expert = store.data.experts.find((e) => e.id === d.expert)!;
    const person = personById(store, d.expert);
    const lang = person ? langOf(services, person) : expert.lang;
    const text = script(
      lang,
      [services.i18n.t(lang, 'inv-reminder', { name: nameIn(lang, expert), n: d.n }), services.i18n.t(lang, 'inv-letter-footer')].join(
        '\n\n',
      ),
    );
    const result = person
      ? await sendWithOffers(services, person, text, answerOffers(services, d.expert, lang), now)
      : { ok: false, failure: 'unreachable' as const };
    const id = `${d.expert}:reminded:${d.n}`;
    if (result.ok) {
      summary.sent.push(d.expert);
      events.push(newEvent(now, d.expert, 'reminded', by, { n: d.n }, id));
    } else {
      summary.failed.push(d.expert);
      events.push(newEvent(now, d.expert, 'reminder-failed', by, { n: d.n, failure: result.failure ?? 'failed' }, `${id}:failed`));
      services.log.warn(
        { code: 'INVITATION_REMINDER_UNDELIVERED', expert: d.expert, failure: result.failure },
        'invitation reminder not delivered',
      );
    }
  }
  await appendEvents(store, events);
  return summary;
}

/** One scheduled run: the due reminders, sent. Call it every hour (see the module header). */
export async function runInvitationReminders(
  services: Services,
  now: Date,
  config: InvitationReminderConfig = INVITATION_REMINDERS,
): Promise<ReminderSummary> {
  const due = dueInvitationReminders(services.store, now, config);
  if (!due.length) return { due: 0, sent: [], failed: [] };
  const summary = await sendInvitationReminders(services, due, now, 'system');
  services.log.info(
    { code: 'INVITATION_REMINDERS_RUN', due: summary.due, sent: summary.sent.length, failed: summary.failed.length },
    'invitation reminders run',
  );
  return summary;
}
