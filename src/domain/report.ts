// A progress report: one record of the append-only `reports` log. Nothing is overwritten:
// the latest record of an item is its current state, the earlier ones are its history.
import { z } from 'zod';

export const ReportStatus = z.enum(['not-started', 'on-track', 'at-risk', 'delayed', 'done']);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const ReportRecord = z.object({
  id: z.string(),
  at: z.string(), // ISO time it was saved
  item: z.number().int().optional(),
  indicator: z.string().optional(),
  status: ReportStatus.optional(),
  progress: z.number().min(0).max(100).optional(),
  value: z.number().optional(), // an indicator's new value
  year: z.number().int().optional(),
  source: z.string().optional(),
  note: z.string().optional(),
  evidence: z.string().optional(),
  by: z.string(), // person id who entered it
  onBehalfOf: z.string().optional(), // department id, when the secretariat enters it
  platform: z.string(),
  corrects: z.string().optional(), // id of the report this one corrects
  provenance: z.enum(['sample', 'reported']).default('reported'),
});
export type ReportRecord = z.infer<typeof ReportRecord>;

export type ReportKey = `item:${number}` | `indicator:${string}`;

/** What health needs of a report: when, and the status and progress it gave. */
export type ReportPoint = Pick<ReportRecord, 'at' | 'status' | 'progress'> & { item?: number };

/** What is kept in memory of the reports log (src/plan/report-log.ts keeps it). */
export interface ReportIndex {
  /**
   * Per item or indicator: its latest report, where each of its reports is in the log, and
   * (items only) each report's time, status and progress, compact, for charts over the history.
   */
  byKey: Map<string, { latest: ReportRecord; refs: number[]; points?: number[] }>;
  /** Per person: their latest report on an item (for 更正). */
  lastItemReportBy: Map<string, ReportRecord>;
  /** Per department: when the latest report entered on its behalf was made. */
  onBehalfAt: Map<string, string>;
}
