// The lookups the bench measures: the held-out queries people type (queries/held-out.json,
// never used to tune the search) and queries generated from the plan with a seed no test
// uses (numbers, title fragments in every script, typos), shuffled into one realistic mix.
// Also: what each reader types (a zh-Hant reader types Traditional, converted here with
// opencc-js itself, not with the code under test) and a warm-up set that shares no query
// with the measured ones.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../src/paths.ts';
import type { DocKind } from '../src/search/plan-index.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { seededRandom } from './random.ts';
import { sampleQueries } from './sample-queries.ts';

export interface HeldOutQuery {
  query: string;
  /** Acceptable first answers (`item:73`); empty: any answer; 'none': nothing should be found. */
  expect: string[] | 'none';
  category: string;
}

export function heldOut(): HeldOutQuery[] {
  // From the repository (also when this runs compiled from dist/).
  const file = JSON.parse(readFileSync(join(ROOT, 'bench', 'queries', 'held-out.json'), 'utf8')) as {
    queries: Array<[string, string, string]>;
  };
  return file.queries.map(([query, expect, category]) => ({
    query,
    expect: expect === 'none' ? 'none' : expect ? expect.split('|') : [],
    category,
  }));
}

const COMMANDS: ReadonlyArray<readonly [RegExp, DocKind]> = [
  [/^(?:事项|事項|item)\s+/iu, 'item'],
  [/^(?:指标|指標|indicator)\s+/iu, 'indicator'],
  [/^(?:单位|單位|unit)\s+/iu, 'department'],
];

/** What the search gets from a typed line: a command name limits the kind, as the bot does. */
export function asSearch(line: string): { words: string; kinds?: DocKind[] } {
  for (const [re, kind] of COMMANDS) if (re.test(line)) return { words: line.replace(re, ''), kinds: [kind] };
  return { words: line };
}

/** Held-out queries plus `generated` per generated set, deterministically shuffled. */
export function realisticMix(plan: PlanData, generated = 100, seed = 20160901): string[] {
  const sets = sampleQueries(plan, generated, seed);
  const all = [...heldOut().map((q) => q.query), ...sets.exact, ...sets.substring, ...sets.fuzzy];
  return shuffle(all, seededRandom(seed));
}

/** Queries for warming up a process, none of them measured. */
export function warmUpQueries(plan: PlanData, count = 60): string[] {
  const sets = sampleQueries(plan, count / 3, 424242);
  return [...sets.exact, ...sets.substring, ...sets.fuzzy];
}

function shuffle<T>(list: T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const reference = (createRequire(import.meta.url)('opencc-js/cn2t') as { Converter(o: object): (t: string) => string }).Converter({
  from: 'cn',
  to: 'tw',
});

/** A Traditional reader types Traditional characters. */
export function typedInTraditional(query: string): string {
  return reference(query);
}
