// The escalation ladder of an item that lags: its reporters first, then its unit's heads
// after escalateHeadAfter working days without a report, then the secretariat (admins)
// after escalateAdminsAfter more. The rules are stated in plan.ts, which calls this.
import { addDays, atShanghai, deadlineDay, shanghaiDate } from '../../core/clock.ts';
import type { ReportRecord } from '../../domain/report.ts';
import type { Item } from '../../domain/schema.ts';
import { PLAN_START, STALE_DAYS } from '../health.ts';
import type { ReminderConfig } from './config.ts';
import type { EscalationLevel, PlanInputs, Reminder } from './plan.ts';
import { unitPeople, withRole } from './recipients.ts';

export function escalations(
  item: Item,
  latest: ReportRecord | undefined,
  now: Date,
  config: ReminderConfig,
  input: PlanInputs,
  due: (at: Date) => Date,
): Reminder[] {
  const lag = lagging(item, latest, now);
  if (!lag) return [];
  const since = lag.since < input.watchingSince ? input.watchingSince : lag.since;
  const reporterAt = due(atShanghai(since, config.morningHour));
  const headDay = input.calendar.addWorkingDays(shanghaiDate(reporterAt), config.escalateHeadAfter);
  const adminsDay = input.calendar.addWorkingDays(headDay, config.escalateAdminsAfter);
  const { escalateHeadAfter: n, escalateAdminsAfter: m } = config;
  const steps: [EscalationLevel, Date, string[], number][] = [
    ['reporter', reporterAt, unitPeople(input.people, item.lead, 'reporter'), 0],
    ['head', due(atShanghai(headDay, config.morningHour)), unitPeople(input.people, item.lead, 'head', false), n],
    ['admins', due(atShanghai(adminsDay, config.morningHour)), withRole(input.people, 'admin'), n + m],
  ];
  return steps
    .filter(([, dueAt]) => dueAt.getTime() <= now.getTime())
    .map(([level, dueAt, to, workdays]) => ({
      id: `escalate:${item.no}:${level}:${since}`,
      kind: 'escalate' as const,
      dueAt,
      to,
      item: item.no,
      level,
      reason: lag.reason,
      since,
      workdays,
    }));
}

/**
 * When an item not done started lagging, if it does now: overdue with no report since its
 * deadline passed, or stale (no report for more than STALE_DAYS days, as health.ts counts).
 */
export function lagging(
  item: Item,
  latest: ReportRecord | undefined,
  now: Date,
): { since: string; reason: 'overdue' | 'stale' } | undefined {
  const today = shanghaiDate(now);
  const lastDay = latest ? shanghaiDate(new Date(latest.at)) : undefined;
  const overdueFrom = addDays(deadlineDay(item.deadline), 1);
  const staleFrom = addDays(lastDay ?? PLAN_START, STALE_DAYS + 1);
  const overdue = (!lastDay || lastDay < overdueFrom) && overdueFrom <= today;
  const stale = staleFrom <= today;
  if (!overdue && !stale) return undefined;
  const since = overdue && stale ? (overdueFrom < staleFrom ? overdueFrom : staleFrom) : overdue ? overdueFrom : staleFrom;
  return { since, reason: overdue ? 'overdue' : 'stale' };
}
