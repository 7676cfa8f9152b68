// The plan as the bot reads it: records by number/code/id, the search index (rebuilt only
// when the plan changes, e.g. after an import), and each item's latest report, kept by
// reading only the reports appended since the last look.
import { createHash } from 'node:crypto';
import type { Department, Indicator, Item, Part, PlanData } from '../domain/schema.ts';
import type { ReportRecord } from '../domain/report.ts';
import { PlanIndex } from '../search/plan-index.ts';
import type { Store } from '../store/types.ts';

/** Search indexes by plan content, shared by every PlanService of the process. Building one
 *  costs ~100 ms; a plan with the same content needs no second one (a restart over the same
 *  store, each test's fresh copy of the seed data: they differ as objects, not in content).
 *  Only the last few are kept (~4 MB each for the shipped plan), so imports leave at most
 *  that many behind. An index is read-only once built and search() is synchronous (its
 *  scratch board is cleared by each search), so sharing one is safe. */
const INDEXES_KEPT = 3;
const indexes = new Map<string, PlanIndex>();

function indexFor(plan: PlanData): PlanIndex {
  const key = createHash('sha256').update(JSON.stringify(plan)).digest('base64');
  const index = indexes.get(key) ?? new PlanIndex(plan);
  indexes.delete(key); // re-inserted as the most recently used
  indexes.set(key, index);
  while (indexes.size > INDEXES_KEPT) indexes.delete(indexes.keys().next().value!);
  return index;
}

export class PlanService {
  private indexed?: {
    plan: PlanData;
    index: PlanIndex;
    items: Map<number, Item>;
    indicators: Map<string, Indicator>;
    departments: Map<string, Department>;
  };
  private latest = new Map<string, ReportRecord>();
  private seenReports = 0;

  constructor(private readonly store: Store) {}

  get data(): PlanData {
    return this.store.data.plan;
  }

  private view() {
    const plan = this.store.data.plan;
    if (this.indexed?.plan !== plan) {
      this.indexed = {
        plan,
        index: indexFor(plan),
        items: new Map(plan.items.map((i) => [i.no, i])),
        indicators: new Map(plan.indicators.map((i) => [i.code, i])),
        departments: new Map(plan.departments.map((d) => [d.id, d])),
      };
    }
    return this.indexed;
  }

  get index(): PlanIndex {
    return this.view().index;
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
  latestReport(key: `item:${number}` | `indicator:${string}`): ReportRecord | undefined {
    const all = this.store.records('reports') as unknown as ReportRecord[];
    for (; this.seenReports < all.length; this.seenReports++) {
      const r = all[this.seenReports]!;
      if (r.item !== undefined) this.latest.set(`item:${r.item}`, r);
      if (r.indicator !== undefined) this.latest.set(`indicator:${r.indicator}`, r);
    }
    return this.latest.get(key);
  }
}
