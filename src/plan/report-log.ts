// The `reports` log and what is kept of it in memory. The log grows without bound (every
// report ever made), so only an index is held: per item or indicator its latest report and
// where each of its reports is in the log (the latest of an item is its lead unit's report;
// the responsible units' contributions are kept apart, the latest of each unit); per person
// their latest item report (for 更正);
// per department the time of the latest report entered on its behalf. Saved beside the log,
// so a start reads only the reports appended since.
import { z } from 'zod';
import { type ReportIndex, type ReportKey, ReportRecord } from '../domain/report.ts';
import { defineLog, type LogIndexer } from '../store/types.ts';

export type { ReportIndex, ReportKey } from '../domain/report.ts';

export function reportKeyOf(r: ReportRecord): ReportKey | undefined {
  if (r.item !== undefined) return `item:${r.item}`;
  if (r.indicator !== undefined) return `indicator:${r.indicator}`;
  return undefined;
}

const Saved = z.object({
  k: z.array(z.tuple([z.string(), ReportRecord.nullable(), z.array(z.number()), z.record(z.string(), ReportRecord).optional()])),
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
      if (!entry) index.byKey.set(key, (entry = { refs: [] }));
      entry.refs.push(ref);
      if (r.contributionOf) (entry.contributions ??= {})[r.contributionOf] = r;
      else entry.latest = r;
    }
    if (r.item !== undefined) index.lastItemReportBy.set(r.by, r);
    if (r.onBehalfOf) index.onBehalfAt.set(r.onBehalfOf, r.at);
  },
  save: (index) => ({
    k: [...index.byKey].map(([key, e]) => [key, e.latest ?? null, e.refs, ...(e.contributions ? [e.contributions] : [])]),
    p: [...index.lastItemReportBy],
    b: [...index.onBehalfAt],
  }),
  load(json) {
    const saved = Saved.safeParse(json);
    if (!saved.success) return undefined;
    return {
      byKey: new Map(
        saved.data.k.map(([key, latest, refs, contributions]) => [
          key,
          { ...(latest ? { latest } : {}), refs, ...(contributions ? { contributions } : {}) },
        ]),
      ),
      lastItemReportBy: new Map(saved.data.p),
      onBehalfAt: new Map(saved.data.b),
    };
  },
};

export const REPORTS_LOG = defineLog('reports', ReportRecord, reportIndexer);
