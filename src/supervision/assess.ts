// Where the plan stands, for every supervision view (the overview, its chart, the digest, the
// export, 我的, the report picker): each item with its lead unit's latest report, the
// responsible units' contributions and the derived health, counts by health, the reporting
// period, and which departments have not reported in it. Pure functions over the plan and
// the reports log; nothing is written.
import { shanghaiDate } from '../core/clock.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Item, PlanData } from '../domain/schema.ts';
import type { PlanReader } from '../domain/plan-reader.ts';
import { HEALTHS, healthOf, type Health, type HealthView } from './health.ts';
import type { ReportIndex } from '../plan/report-log.ts';

export interface Assessed {
  item: Item;
  /** The lead unit's latest report: it sets the item's status. */
  latest?: ReportRecord;
  /** The responsible units' latest contributions, one per unit. */
  contributions: ReportRecord[];
  view: HealthView;
}

export type HealthCounts = Record<Health, number>;

/** One item where it stands now. */
export function assessItem(plan: Pick<PlanReader, 'latestReport' | 'contributionsTo'>, item: Item, now: Date): Assessed {
  const latest = plan.latestReport(`item:${item.no}`);
  const contributions = plan.contributionsTo(item.no);
  return { item, latest, contributions, view: healthOf(item, latest, now, contributions) };
}

export function assessItems(plan: PlanReader, now: Date, items: readonly Item[] = plan.data.items): Assessed[] {
  return items.map((item) => assessItem(plan, item, now));
}

export function countHealth(list: readonly Assessed[]): HealthCounts {
  const counts = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as HealthCounts;
  for (const a of list) counts[a.view.health]++;
  return counts;
}

/** The catalog arguments of a counts line (sv-counts). */
export function countArgs(c: HealthCounts): Record<string, number> {
  return { overdue: c.overdue, risk: c['at-risk'], noreport: c['no-report'], ontrack: c['on-track'], done: c.done };
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

/**
 * A unit's open items as it sees them (我的, the report picker): the items it leads first,
 * then those it shares; within each, by urgency (byUrgency).
 */
export function ownFirst(dept: string | undefined): (a: Assessed, b: Assessed) => number {
  const leads = (a: Assessed) => (dept !== undefined && a.item.lead.includes(dept) ? 1 : 0);
  return (a, b) => leads(b) - leads(a) || byUrgency(a, b);
}

/** Overdue first, then at risk, then not reported; within each, the most days overdue / least days left first. */
export function byUrgency(a: Assessed, b: Assessed): number {
  return HEALTHS.indexOf(a.view.health) - HEALTHS.indexOf(b.view.health) || a.view.daysLeft - b.view.daysLeft || a.item.no - b.item.no;
}
