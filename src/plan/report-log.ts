// The `reports` log and what is kept of it in memory. The log grows without bound (every
// report ever made), so only an index is held: per item or indicator its latest report and
// where each of its reports is in the log; per person their latest item report (for 更正);
// per department the time of the latest report entered on its behalf. Saved beside the log,
// so a start reads only the reports appended since.
import { z } from 'zod';
import { type ReportIndex, type ReportKey, type ReportPoint, ReportRecord, ReportStatus } from '../domain/report.ts';
import { defineLog, type LogIndexer } from '../store/types.ts';

export type { ReportIndex, ReportKey } from '../domain/report.ts';

export function reportKeyOf(r: ReportRecord): ReportKey | undefined {
  if (r.item !== undefined) return `item:${r.item}`;
  if (r.indicator !== undefined) return `indicator:${r.indicator}`;
  return undefined;
}

const STATUSES = ReportStatus.options;

/** A report as three numbers: epoch seconds, status (index, -1 none), progress (-1 none). */
function pointOf(r: ReportRecord): [number, number, number] {
  return [Math.floor(Date.parse(r.at) / 1000), r.status ? STATUSES.indexOf(r.status) : -1, r.progress ?? -1];
}

/** The points of some items, oldest first per item (log order). */
export function reportPoints(index: ReportIndex, items: readonly number[]): ReportPoint[] {
  const out: ReportPoint[] = [];
  for (const no of items) {
    const p = index.byKey.get(`item:${no}`)?.points ?? [];
    for (let i = 0; i + 2 < p.length; i += 3) {
      out.push({
        item: no,
        at: new Date(p[i]! * 1000).toISOString(),
        ...(p[i + 1]! >= 0 ? { status: STATUSES[p[i + 1]!] } : {}),
        ...(p[i + 2]! >= 0 ? { progress: p[i + 2]! } : {}),
      });
    }
  }
  return out;
}

const Saved = z.object({
  k: z.array(z.tuple([z.string(), ReportRecord, z.array(z.number()), z.array(z.number()).optional()])),
  p: z.array(z.tuple([z.string(), ReportRecord])),
  b: z.array(z.tuple([z.string(), z.string()])),
});

const reportIndexer: LogIndexer<ReportRecord, ReportIndex> = {
  version: 2,
  create: () => ({ byKey: new Map(), lastItemReportBy: new Map(), onBehalfAt: new Map() }),
  add(index, r, ref) {
    const key = reportKeyOf(r);
    if (key) {
      let entry = index.byKey.get(key);
      if (entry) {
        entry.latest = r;
        entry.refs.push(ref);
      } else index.byKey.set(key, (entry = { latest: r, refs: [ref], ...(r.item !== undefined ? { points: [] } : {}) }));
      entry.points?.push(...pointOf(r));
    }
    if (r.item !== undefined) index.lastItemReportBy.set(r.by, r);
    if (r.onBehalfOf) index.onBehalfAt.set(r.onBehalfOf, r.at);
  },
  save: (index) => ({
    k: [...index.byKey].map(([key, e]) => (e.points ? [key, e.latest, e.refs, e.points] : [key, e.latest, e.refs])),
    p: [...index.lastItemReportBy],
    b: [...index.onBehalfAt],
  }),
  load(json) {
    const saved = Saved.safeParse(json);
    if (!saved.success) return undefined;
    return {
      byKey: new Map(saved.data.k.map(([key, latest, refs, points]) => [key, { latest, refs, ...(points ? { points } : {}) }])),
      lastItemReportBy: new Map(saved.data.p),
      onBehalfAt: new Map(saved.data.b),
    };
  },
};

export const REPORTS_LOG = defineLog('reports', ReportRecord, reportIndexer);
