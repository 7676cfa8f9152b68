// Health is derived, never typed in: from the lead unit's latest report (status and
// progress), the time elapsed towards the deadline, how old the last update is, and the
// responsible units' latest contributions. Each health but "on track" and "done" carries its
// reasons, so every place that shows a health can say why.
import { daysBetween, deadlineDay, shanghaiDate } from '../core/clock.ts';
import type { ReportPoint, ReportRecord } from '../domain/report.ts';
import type { Item } from '../domain/schema.ts';

export type Health = 'done' | 'overdue' | 'at-risk' | 'no-report' | 'on-track';
/** Most urgent first: the order of lists and of counts. */
export const HEALTHS: readonly Health[] = ['overdue', 'at-risk', 'no-report', 'on-track', 'done'];

/** The plan was adopted in June 2016: work on every item is taken to start then. */
export const PLAN_START = '2016-06-15';
/** No update for longer than this is "stale". */
export const STALE_DAYS = 30;
/** Progress this many points behind the share of time elapsed puts an item at risk. */
export const BEHIND_POINTS = 20;

/** Why an item is at risk (or overdue). */
export type RiskReason =
  /** The lead unit (or the secretariat for it) reported it at risk or delayed. */
  | { kind: 'reported'; status: 'at-risk' | 'delayed' }
  /** Progress is BEHIND_POINTS or more behind the share of time elapsed. */
  | { kind: 'behind'; progress: number; expected: number }
  /** No update for more than STALE_DAYS, with at most STALE_DAYS left. */
  | { kind: 'stale'; days: number }
  /** A responsible unit reported its own part at risk or delayed after the lead's last report. */
  | { kind: 'contribution'; unit: string; status: 'at-risk' | 'delayed' };

export interface HealthView {
  health: Health;
  /** Why it is at risk; for an overdue item, what else is wrong. Empty for the other healths. */
  reasons: RiskReason[];
  /** Days since the lead's last report; undefined when there is none. */
  daysSinceUpdate?: number;
  stale: boolean;
  /** Share of the time from the plan's start to the deadline that has passed, 0..100. */
  expected: number;
  daysLeft: number;
}

const flaggedStatus = (s: ReportPoint['status']): s is 'at-risk' | 'delayed' => s === 'at-risk' || s === 'delayed';

/**
 * `latest` is the lead unit's latest report (a responsible unit's contribution never sets the
 * item's status); `contributions` are the responsible units' latest contributions, one per unit.
 */
export function healthOf(item: Item, latest: ReportPoint | undefined, now: Date, contributions: readonly ReportRecord[] = []): HealthView {
  const today = shanghaiDate(now);
  const end = deadlineDay(item.deadline);
  const daysLeft = daysBetween(today, end);
  const span = Math.max(1, daysBetween(PLAN_START, end));
  const expected = Math.min(100, Math.max(0, Math.round((100 * daysBetween(PLAN_START, today)) / span)));
  const daysSinceUpdate = latest ? Math.max(0, daysBetween(shanghaiDate(new Date(latest.at)), today)) : undefined;
  const stale = daysSinceUpdate === undefined ? daysBetween(PLAN_START, today) > STALE_DAYS : daysSinceUpdate > STALE_DAYS;
  const base = { daysSinceUpdate, stale, expected, daysLeft };

  if (latest?.status === 'done' || latest?.progress === 100) return { health: 'done', reasons: [], ...base };
  const reasons: RiskReason[] = [];
  if (flaggedStatus(latest?.status)) reasons.push({ kind: 'reported', status: latest.status });
  if (latest && expected - (latest.progress ?? 0) >= BEHIND_POINTS)
    reasons.push({ kind: 'behind', progress: latest.progress ?? 0, expected });
  // A unit's blocker stands until the lead unit reports again (and so has taken it in).
  for (const c of contributions) {
    if (c.contributionOf && flaggedStatus(c.status) && (!latest || Date.parse(c.at) > Date.parse(latest.at)))
      reasons.push({ kind: 'contribution', unit: c.contributionOf, status: c.status });
  }
  if (daysLeft < 0) return { health: 'overdue', reasons, ...base };
  if (latest && stale && daysLeft <= STALE_DAYS) reasons.push({ kind: 'stale', days: daysSinceUpdate ?? 0 });
  if (reasons.length) return { health: 'at-risk', reasons, ...base };
  // Without a report nothing is known: that is its own state, not a risk.
  if (!latest) return { health: 'no-report', reasons, ...base };
  return { health: 'on-track', reasons, ...base };
}
