// Health is derived, never typed in: from the latest report's status and progress, the time
// elapsed towards the deadline, and how old the last update is.
import { daysBetween, deadlineDay, shanghaiDate } from '../core/clock.ts';
import type { ReportPoint } from '../domain/report.ts';
import type { Item } from '../domain/schema.ts';

export type Health = 'done' | 'overdue' | 'at-risk' | 'on-track';
export const HEALTHS: readonly Health[] = ['overdue', 'at-risk', 'on-track', 'done'];

/** The plan was adopted in June 2016: work on every item is taken to start then. */
export const PLAN_START = '2016-06-15';
/** No update for longer than this is "stale". */
export const STALE_DAYS = 30;
/** Progress this many points behind the share of time elapsed puts an item at risk. */
export const BEHIND_POINTS = 20;

export interface HealthView {
  health: Health;
  /** Days since the last report; undefined when there is none. */
  daysSinceUpdate?: number;
  stale: boolean;
  /** Share of the time from the plan's start to the deadline that has passed, 0..100. */
  expected: number;
  daysLeft: number;
}

export function healthOf(item: Item, latest: ReportPoint | undefined, now: Date): HealthView {
  const today = shanghaiDate(now);
  const end = deadlineDay(item.deadline);
  const daysLeft = daysBetween(today, end);
  const span = Math.max(1, daysBetween(PLAN_START, end));
  const expected = Math.min(100, Math.max(0, Math.round((100 * daysBetween(PLAN_START, today)) / span)));
  const daysSinceUpdate = latest ? Math.max(0, daysBetween(shanghaiDate(new Date(latest.at)), today)) : undefined;
  const stale = daysSinceUpdate === undefined ? daysBetween(PLAN_START, today) > STALE_DAYS : daysSinceUpdate > STALE_DAYS;
  const base = { daysSinceUpdate, stale, expected, daysLeft };

  if (latest?.status === 'done' || latest?.progress === 100) return { health: 'done', ...base };
  if (daysLeft < 0) return { health: 'overdue', ...base };
  const progress = latest?.progress ?? 0;
  const behind = expected - progress >= BEHIND_POINTS;
  const flagged = latest?.status === 'at-risk' || latest?.status === 'delayed';
  if (flagged || behind || (stale && daysLeft <= STALE_DAYS)) return { health: 'at-risk', ...base };
  return { health: 'on-track', ...base };
}
