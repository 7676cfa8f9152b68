// Lookup latency: median and p99 per query, for exact, substring and fuzzy (typo)
// queries, on the plan as given and on ten times its size (scalePlan), next to bare
// fuse.js over every document with the same options (the baseline). Prints nothing.
import type { PlanData } from '../src/domain/schema.ts';
import { buildDocs } from '../src/search/documents.ts';
import { BareFuse } from '../src/search/fuzzy.ts';
import { fold } from '../src/search/normalize.ts';
import { PlanIndex } from '../src/search/plan-index.ts';
import { sampleQueries, type QuerySets } from './sample-queries.ts';
import { scalePlan } from './scale.ts';

export type Lookup = (query: string) => Promise<unknown> | unknown;

export interface LookupBenchOptions {
  plan: PlanData;
  /** Builds the lookup to measure for a plan; default: PlanIndex.search. */
  lookup?: (plan: PlanData) => Lookup;
  queriesPerSet?: number; // default 300
  rounds?: number; // times each query is measured; default 3
  baselineRounds?: number; // the same for bare fuse.js (slow at 10x); default 1
  scale?: number; // default 10
}

export interface LookupBenchRow {
  name: string; // e.g. "10x fuzzy"
  median_ms: number;
  p99_ms: number;
  baseline_median_ms: number;
  baseline_p99_ms: number;
}

const defaultLookup = (plan: PlanData): Lookup => {
  const index = new PlanIndex(plan);
  return (query) => index.search(query);
};

const baselineLookup = (plan: PlanData): Lookup => {
  const fuse = new BareFuse(buildDocs(plan));
  return (query) => fuse.search(fold(query));
};

export async function benchLookups(opts: LookupBenchOptions): Promise<LookupBenchRow[]> {
  const { queriesPerSet = 300, rounds = 3, baselineRounds = 1, scale = 10 } = opts;
  const makeLookup = opts.lookup ?? defaultLookup;
  const rows: LookupBenchRow[] = [];
  for (const [size, plan] of [
    ['1x', opts.plan],
    [`${scale}x`, scalePlan(opts.plan, scale)],
  ] as const) {
    const sets = sampleQueries(plan, queriesPerSet);
    const lookup = makeLookup(plan);
    const baseline = baselineLookup(plan);
    for (const set of Object.keys(sets) as Array<keyof QuerySets>) {
      const queries = sets[set];
      const measured = await timeEach(lookup, queries, rounds);
      const base = await timeEach(baseline, queries, baselineRounds);
      rows.push({
        name: `${size} ${set}`,
        median_ms: quantile(measured, 0.5),
        p99_ms: quantile(measured, 0.99),
        baseline_median_ms: quantile(base, 0.5),
        baseline_p99_ms: quantile(base, 0.99),
      });
    }
  }
  return rows;
}

/** Milliseconds per call, after two warm-up passes over all queries. */
async function timeEach(lookup: Lookup, queries: readonly string[], rounds: number): Promise<number[]> {
  for (let w = 0; w < 2; w += 1) for (const q of queries) await settle(lookup(q));
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      await settle(lookup(q));
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times;
}

/** Awaits only real promises, so a synchronous lookup is not timed with a microtask. */
function settle(result: unknown): unknown {
  return result instanceof Promise ? result : undefined;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] ?? 0;
}
