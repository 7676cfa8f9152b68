// What a lookup shows to whom, decided here and nowhere else. The plan (items, indicators,
// units, deadlines, benchmarks) and where an item stands (status, progress, health, when it
// was last reported) are for anyone, unbound accounts too: the strategy is public work. What
// people wrote in their reports (the note, the evidence) and who wrote it are for those who
// supervise or report: a note may name a problem before it is solved, and a name is personal
// data. The same people may read an item's history (历史 takes its access from here).
import type { ReportRecord } from '../domain/report.ts';
import type { Person, Role } from '../domain/schema.ts';

/** Who may read what reports say and who made them. */
export const REPORT_READERS: readonly Role[] = ['admin', 'head', 'reporter', 'official'];

/** Who is reading: a Context, or a view's voice that knows its reader. No roles: an unbound account. */
export interface Reader {
  readonly roles?: readonly Role[];
}

export function readsReports(reader: Reader): boolean {
  return (reader.roles ?? []).some((r) => REPORT_READERS.includes(r));
}

/**
 * The newest report and its author as this reader may see them: whole for report readers;
 * for anyone else without the note, the evidence and who made it (`withheld` says so).
 */
export function visibleReport(
  reader: Reader,
  report: ReportRecord | undefined,
  reporter: Person | undefined,
): { report?: ReportRecord; reporter?: Person; withheld: boolean } {
  if (!report) return { withheld: false };
  if (readsReports(reader)) return { report, ...(reporter ? { reporter } : {}), withheld: false };
  const { note: _note, evidence: _evidence, by: _by, onBehalfOf: _for, ...rest } = report;
  return { report: { ...rest, by: '' }, withheld: true };
}
