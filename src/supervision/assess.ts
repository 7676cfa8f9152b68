// Where the plan stands, for every supervision view: each item with its latest report and
// derived health, counts by health, the reporting period, and which departments have not
// reported in it. Pure functions over the plan and the reports log; nothing is written.
import { shanghaiDate } from '../core/clock.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Item, PlanData } from '../domain/schema.ts';
import type { PlanReader } from '../domain/plan-reader.ts';
import { HEALTHS, healthOf, type Health, type HealthView } from './health.ts';
import type { ReportIndex } from '../plan/report-log.ts';

export interface Assessed {
  item: Item;
  latest?: ReportRecord;
  view: HealthView;
}

export type HealthCounts = Record<Health, number>;

export function assessItems(plan: PlanReader, now: Date, items: readonly Item[] = plan.data.items): Assessed[] {
  return items.map((item) => {
    const latest = plan.latestReport(`item:${item.no}`);
    return { item, latest, view: healthOf(item, latest, now) };
  });
}

export function countHealth(list: readonly Assessed[]): HealthCounts {
  const counts = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as HealthCounts;
  for (const a of list) counts[a.view.health]++;
  return counts;
}

/** The catalog arguments of a counts line (sv-counts). */
export function countArgs(c: HealthCounts): Record<string, number> {
  return { overdue: c.overdue, risk: c['at-risk'], ontrack: c['on-track'], done: c.done };
}

/** The reporting period: the current calendar month in Asia/Shanghai, as YYYY-MM. */
export function periodOf(now: Date): string {
  return shanghaiDate(now).slice(0, 7);
}

/**
 * Departments that reported in the month: the lead units of every item reported on, and the
 * department a report was entered on behalf of. The reporter's own department does not
 * count: the secretariat entering a report for a unit is not the secretariat reporting.
 * An item was reported on in the month when its latest report is from then, and not after `now`.
 */
export function reportedIn(plan: PlanData, reports: ReportIndex, month: string, now: Date): Set<string> {
  const nowIso = now.toISOString();
  const inMonth = (at: string) => shanghaiDate(new Date(at)).slice(0, 7) === month && new Date(at).toISOString() <= nowIso;
  const done = new Set<string>();
  for (const [dept, at] of reports.onBehalfAt) if (inMonth(at)) done.add(dept);
  for (const item of plan.items) {
    const latest = reports.byKey.get(`item:${item.no}`)?.latest;
    if (latest && inMonth(latest.at)) for (const d of item.lead) done.add(d);
  }
  return done;
}

export interface Missing {
  dept: string;
  /** Open items it leads (within the assessed set). */
  open: number;
}

/**
 * Departments leading at least one open item of `assessed` that have not reported in the
 * current period; most open items first, then by id for a stable order.
 */
export function missingReports(plan: PlanData, assessed: readonly Assessed[], reports: ReportIndex, now: Date): Missing[] {
  const open = new Map<string, number>();
  for (const a of assessed) {
    if (a.view.health === 'done') continue;
    for (const d of a.item.lead) open.set(d, (open.get(d) ?? 0) + 1);
  }
  const reported = reportedIn(plan, reports, periodOf(now), now);
  return [...open]
    .filter(([dept]) => !reported.has(dept))
    .map(([dept, n]) => ({ dept, open: n }))
    .sort((a, b) => b.open - a.open || a.dept.localeCompare(b.dept));
}

/** Overdue first, then at risk; within each, the most days overdue / least days left first. */
export function byUrgency(a: Assessed, b: Assessed): number {
  return HEALTHS.indexOf(a.view.health) - HEALTHS.indexOf(b.view.health) || a.view.daysLeft - b.view.daysLeft || a.item.no - b.item.no;
}
