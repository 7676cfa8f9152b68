// The plan as the bot reads it: records by number/code/id, the search index (rebuilt only
// when the plan changes, e.g. after an import), and the reports: each item's latest from the
// reports log's index, the whole history of one item read from the log when asked.
import { createHash } from 'node:crypto';
import type { Store } from '../db.ts';
import type { PlanReader } from '../domain/plan-reader.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Department, Indicator, Item, Part, PlanData } from '../domain/schema.ts';
import { rememberStaticTexts } from '../i18n/script.ts';
import { PlanIndex } from '../search/plan-index.ts';
import { REPORTS_LOG, type ReportIndex, type ReportKey } from './report-log.ts';

/** Search indexes by plan content, shared by every PlanService of the process. Building one
 *  costs ~100 ms; a plan with the same content needs no second one (a restart over the same
 *  store, each test's fresh copy of the seed data: they differ as objects, not in content).
 *  Only the current and the one before are kept (~4 MB each for the shipped plan), so an
 *  import leaves at most one behind. An index is read-only once built and search() is synchronous (its
 *  scratch board is cleared by each search), so sharing one is safe. */
const INDEXES_KEPT = 2;
const indexes = new Map<string, PlanIndex>();

function indexFor(plan: PlanData): PlanIndex {
  const key = createHash('sha256').update(JSON.stringify(plan)).digest('base64');
  const index = indexes.get(key) ?? new PlanIndex(plan);
  indexes.delete(key); // re-inserted as the most recently used
  indexes.set(key, index);
  while (indexes.size > INDEXES_KEPT) indexes.delete(indexes.keys().next().value!);
  return index;
}

export class PlanService implements PlanReader {
  private indexed?: {
    plan: PlanData;
    /** Built when first searched (or by prepare()): the admin tools and most flows never search. */
    index?: PlanIndex;
    items: Map<number, Item>;
    indicators: Map<string, Indicator>;
    departments: Map<string, Department>;
  };

  constructor(private readonly store: Store) {}

  get data(): PlanData {
    return this.store.data.plan;
  }

  /** Builds the search index now (at start, so the first message does not wait for it). */
  prepare(): void {
    void this.index;
  }

  private view() {
    const plan = this.store.data.plan;
    if (this.indexed?.plan !== plan) {
      rememberStaticTexts(staticTexts(plan));
      this.indexed = {
        plan,
        items: new Map(plan.items.map((i) => [i.no, i])),
        indicators: new Map(plan.indicators.map((i) => [i.code, i])),
        departments: new Map(plan.departments.map((d) => [d.id, d])),
      };
    }
    return this.indexed;
  }

  get index(): PlanIndex {
    const view = this.view();
    view.index ??= indexFor(view.plan);
    return view.index;
  }
  item(no: number): Item | undefined {
    return this.view().items.get(no);
  }
  indicator(code: string): Indicator | undefined {
    return this.view().indicators.get(code.toUpperCase());
  }
  department(id: string): Department | undefined {
    return this.view().departments.get(id);
  }
  part(id: number): Part | undefined {
    return this.data.parts.find((p) => p.id === id);
  }
  children(code: string): Indicator[] {
    return this.data.indicators.filter((i) => i.parent === code);
  }
  itemsLedBy(dept: string): Item[] {
    return this.data.items.filter((i) => i.lead.includes(dept));
  }
  itemsSharedBy(dept: string): Item[] {
    return this.data.items.filter((i) => !i.lead.includes(dept) && i.responsible.includes(dept));
  }
  indicatorsOf(dept: string): Indicator[] {
    return this.data.indicators.filter((i) => i.department === dept);
  }

  /** The newest report on an item (`item:92`) or indicator (`indicator:E3`). */
  latestReport(key: ReportKey): ReportRecord | undefined {
    return this.reports.byKey.get(key)?.latest;
  }

  /** The responsible units' latest contributions to an item, one per unit. */
  contributionsTo(no: number): ReportRecord[] {
    return Object.values(this.reports.byKey.get(`item:${no}`)?.contributions ?? {});
  }

  /** Every report on an item or indicator, oldest first (read from the log). */
  async reportsOn(key: ReportKey): Promise<ReportRecord[]> {
    const refs = this.reports.byKey.get(key)?.refs ?? [];
    return this.store.read(REPORTS_LOG, refs);
  }

  /** What is kept in memory of the reports log. */
  get reports(): ReportIndex {
    return this.store.index(REPORTS_LOG);
  }
}

/** The plan's texts every reader sees again and again: converted once for zh-Hant readers. */
function* staticTexts(plan: PlanData): Iterable<string> {
  for (const p of plan.parts) yield p.name;
  for (const i of plan.items) {
    yield i.title;
    if (i.benchmark) yield i.benchmark;
    if (i.responsibleNote) yield i.responsibleNote;
  }
  for (const i of plan.indicators) {
    yield i.name;
    if (i.unit) yield i.unit;
  }
  for (const d of plan.departments) yield* [d.name, ...d.aliases];
}
