// What the bot reads of the plan: records by number, code or id, an item's or indicator's
// newest report, and a search over the records. The core's Context and the views depend on
// this interface only; src/plan/plan-service.ts implements it (with the search index of
// src/search), so the core never depends on a feature.
import type { ReportIndex, ReportKey, ReportRecord } from './report.ts';
import type { Department, Indicator, Item, Part, PlanData } from './schema.ts';

export type PlanKind = 'item' | 'indicator' | 'department';

/** One search hit: an item number (as a string), an indicator code or a department id. */
export interface PlanHit {
  kind: PlanKind;
  id: string;
  /** 0 best .. 1 */
  score: number;
  how: 'exact' | 'substring' | 'fuzzy';
}

export interface PlanSearch {
  search(query: string, opts?: { kinds?: PlanKind[]; limit?: number }): PlanHit[];
}

export interface PlanReader {
  readonly data: PlanData;
  /** Builds what answering needs (the search index, converted texts) now rather than at the first question. */
  prepare(): void;
  readonly index: PlanSearch;
  item(no: number): Item | undefined;
  indicator(code: string): Indicator | undefined;
  department(id: string): Department | undefined;
  part(id: number): Part | undefined;
  children(code: string): Indicator[];
  itemsLedBy(dept: string): Item[];
  itemsSharedBy(dept: string): Item[];
  indicatorsOf(dept: string): Indicator[];
  /** The newest report on an item (`item:92`) or indicator (`indicator:E3`). */
  latestReport(key: ReportKey): ReportRecord | undefined;
  /** Every report on an item or indicator, oldest first (read from the log). */
  reportsOn(key: ReportKey): Promise<ReportRecord[]>;
  /** What is kept in memory of the reports log. */
  readonly reports: ReportIndex;
}
