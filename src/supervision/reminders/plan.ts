// Which reminders are due: a pure function of the plan, the people, the latest reports, the
// reminders already recorded and the time. Each reminder has a deterministic id, so the
// `reminders` log says once and for all whether it went out: a restart neither loses nor
// repeats one. Times are planned at the morning hour and moved past non-working days.
//
// The rules (ids in brackets):
// - deadline [deadline:<no>:<deadline>:<days>]: `days` before the deadline, to the lead
//   units' reporters (their heads when a unit has no reporter). Only the latest due one of
//   an item is sent; it is dropped when more than catchUpDays late or when its postponed
//   time falls after the deadline (escalation takes over). Skipped, and recorded as such,
//   when the latest report is at most recentDays old. A changed deadline gets new reminders.
// - call [call:<YYYY-MM>:<unit>]: on reportCallDay of each month, to the reporters of every
//   unit that leads an open item; dropped when more than catchUpDays late.
// - escalate [escalate:<no>:<level>:<since>]: an item not done that is overdue with no report
//   since its deadline, or stale (no report for more than STALE_DAYS), "lags" from day
//   <since>. The reporters hear first, on <since>; the heads escalateHeadAfter working days
//   later; the admins escalateAdminsAfter more. Any report restarts the chain (a new
//   <since>, or none). Never counted from before the scheduler first ran (watchingSince), so
//   a new installation does not go straight to the secretariat. No catch-up limit: the item
//   still lags, so a late escalation is still true.
// - digest [digest:<monday>]: Monday at the morning hour (else the next working morning), to
//   the admins, when a digest builder is wired.
import { addDays, atShanghai, daysBetween, deadlineDay, shanghaiDate, weekdayOf } from '../../core/clock.ts';
import type { ReportRecord } from '../../domain/report.ts';
import type { Item, Person, Role } from '../../domain/schema.ts';
import { healthOf } from '../health.ts';
import type { WorkCalendar } from './calendar.ts';
import type { ReminderConfig } from './config.ts';
import { escalations } from './escalation.ts';
import { unitPeople, withRole } from './recipients.ts';

export type ReminderKind = 'deadline' | 'call' | 'escalate' | 'digest';
export type EscalationLevel = 'reporter' | 'head' | 'admins';

export interface Reminder {
  id: string;
  kind: ReminderKind;
  /** When it became due, after postponement to a working morning. */
  dueAt: Date;
  /** Person ids; empty when the unit has nobody with the role. */
  to: string[];
  /** deadline, escalate */
  item?: number;
  /** deadline: days before the deadline it was planned for. */
  days?: number;
  /** call: the unit and the open items it leads. */
  unit?: string;
  items?: number[];
  month?: string;
  /** escalate */
  level?: EscalationLevel;
  reason?: 'overdue' | 'stale';
  since?: string;
  /** escalate: the working days the earlier levels had (head: N, admins: N + M). */
  workdays?: number;
  /** Decided, not sent: recorded as skipped. */
  skip?: 'recent-report';
}

export interface PlanInputs {
  items: readonly Item[];
  people: readonly Person[];
  latest(no: number): ReportRecord | undefined;
  recorded(id: string): boolean;
  calendar: WorkCalendar;
  /** The Shanghai day the scheduler first ran; escalation never counts from before it. */
  watchingSince: string;
  /** Whether a weekly digest builder is wired. */
  digest: boolean;
}

const DAY_MS = 86_400_000;

/** Every reminder due by `now` and not yet recorded, oldest first. */
export function dueReminders(input: PlanInputs, now: Date, config: ReminderConfig): Reminder[] {
  const due = (at: Date) => input.calendar.deferToSendable(at, config.quiet, config.morningHour);
  const fresh = (dueAt: Date) => dueAt.getTime() <= now.getTime() && now.getTime() - dueAt.getTime() <= config.catchUpDays * DAY_MS;
  const today = shanghaiDate(now);
  const out: Reminder[] = [];
  const open = input.items.filter((item) => healthOf(item, input.latest(item.no), now).health !== 'done');

  for (const item of open) {
    const latest = input.latest(item.no);
    const deadline = deadlineReminder(item, latest, now, config, due, fresh, (role) => unitPeople(input.people, item.lead, role));
    if (deadline && !input.recorded(deadline.id)) out.push(deadline);
    for (const e of escalations(item, latest, now, config, input, due)) if (!input.recorded(e.id)) out.push(e);
  }

  if (config.reportCallDay > 0) {
    for (const month of [addMonths(today.slice(0, 7), -1), today.slice(0, 7)]) {
      const dueAt = due(atShanghai(`${month}-${String(config.reportCallDay).padStart(2, '0')}`, config.morningHour));
      if (!fresh(dueAt)) continue;
      const byUnit = new Map<string, number[]>();
      for (const item of open) for (const unit of item.lead) byUnit.set(unit, [...(byUnit.get(unit) ?? []), item.no]);
      for (const [unit, items] of byUnit) {
        const id = `call:${month}:${unit}`;
        if (input.recorded(id)) continue;
        out.push({ id, kind: 'call', dueAt, to: unitPeople(input.people, [unit], 'reporter'), unit, items, month });
      }
    }
  }

  if (input.digest) {
    const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
    const candidates = [addDays(monday, -7), monday]
      .map((m) => ({ m, dueAt: due(atShanghai(m, config.morningHour)) }))
      .filter((c) => fresh(c.dueAt));
    const last = candidates.at(-1);
    if (last && !input.recorded(`digest:${last.m}`)) {
      out.push({ id: `digest:${last.m}`, kind: 'digest', dueAt: last.dueAt, to: withRole(input.people, 'admin') });
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function deadlineReminder(
  item: Item,
  latest: ReportRecord | undefined,
  now: Date,
  config: ReminderConfig,
  due: (at: Date) => Date,
  fresh: (at: Date) => boolean,
  people: (role: Role) => string[],
): Reminder | undefined {
  const end = deadlineDay(item.deadline);
  const afterDeadline = atShanghai(addDays(end, 1), 0).getTime();
  const candidates = [...config.deadlineDays]
    .sort((a, b) => b - a)
    .map((days) => ({ days, dueAt: due(atShanghai(addDays(end, -days), config.morningHour)) }))
    .filter((c) => fresh(c.dueAt) && c.dueAt.getTime() < afterDeadline);
  const chosen = candidates.at(-1);
  if (!chosen) return undefined;
  const reminder: Reminder = {
    id: `deadline:${item.no}:${item.deadline}:${chosen.days}`,
    kind: 'deadline',
    dueAt: chosen.dueAt,
    to: people('reporter'),
    item: item.no,
    days: chosen.days,
  };
  if (latest && daysBetween(shanghaiDate(new Date(latest.at)), shanghaiDate(now)) <= config.recentDays) reminder.skip = 'recent-report';
  return reminder;
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
