// The whole plan's burn-up from the report history: for each week from the first report to
// today, the share of items done and the share on track, as health stood at that week's end
// (the latest report then, the deadline and the time elapsed then). One pass over the
// reports' points the index keeps (src/plan/report-log.ts), never the log itself;
// the result is kept until a report is added or the day changes (health moves by the day),
// so the overview asked for again does not sweep the history again.
import { addDays, daysBetween, endOfShanghaiDay, shanghaiDate } from '../../core/clock.ts';
import type { ReportPoint } from '../../domain/report.ts';
import type { Item } from '../../domain/schema.ts';
import { healthOf } from '../../supervision/health.ts';

export interface BurnUp {
  /** The last day of each step (YYYY-MM-DD); the last is today. */
  days: string[];
  /** Percent of the items done, and on track, at each day's end. */
  done: number[];
  onTrack: number[];
}

/** At most this many points: a longer history is drawn in steps of several weeks. */
const MAX_POINTS = 60;

const MEMO_SIZE = 16;
const memo = new Map<string, BurnUp | undefined>();

/** Undefined when there is no history to draw (no report on these items, or all from this week). */
export function burnUp(items: readonly Item[], reports: readonly ReportPoint[], now: Date): BurnUp | undefined {
  const key = [shanghaiDate(now), reports.length, reports.at(-1)?.at, ...items.map((i) => `${i.no}:${i.deadline}`)].join('|');
  if (memo.has(key)) return memo.get(key);
  const result = sweep(items, reports, now);
  memo.set(key, result);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return result;
}

function sweep(items: readonly Item[], reports: readonly ReportPoint[], now: Date): BurnUp | undefined {
  const numbers = new Set(items.map((i) => i.no));
  const mine = reports.filter((r) => r.item !== undefined && numbers.has(r.item)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (!items.length || !mine.length) return undefined;
  const today = shanghaiDate(now);
  const first = shanghaiDate(new Date(mine[0]!.at));
  const weeks = Math.ceil(daysBetween(first, today) / 7);
  if (weeks < 1) return undefined;
  const step = 7 * Math.ceil(weeks / (MAX_POINTS - 1));
  const days: string[] = [];
  for (let d = first; d < today; d = addDays(d, step)) days.push(d);
  days.push(today);

  const latest = new Map<number, ReportPoint>();
  const out: BurnUp = { days, done: [], onTrack: [] };
  let next = 0;
  for (const day of days) {
    const end = day === today ? now : endOfShanghaiDay(day);
    while (next < mine.length && Date.parse(mine[next]!.at) <= end.getTime()) latest.set(mine[next]!.item!, mine[next++]!);
    let done = 0;
    let onTrack = 0;
    for (const item of items) {
      const health = healthOf(item, latest.get(item.no), end).health;
      if (health === 'done') done++;
      else if (health === 'on-track') onTrack++;
    }
    out.done.push(percent(done, items.length));
    out.onTrack.push(percent(onTrack, items.length));
  }
  return out;
}

function percent(n: number, of: number): number {
  return Math.round((1000 * n) / of) / 10;
}
