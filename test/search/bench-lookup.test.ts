// The lookup benchmark runs, measures the lookup it is given, and returns its rows
// (no timing assertions: figures depend on the machine).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { benchLookups } from '../../bench/lookup.ts';
import { PlanData } from '../../src/domain/schema.ts';

const fixture = PlanData.parse(JSON.parse(readFileSync(new URL('../fixtures/search-plan.json', import.meta.url), 'utf8')));

it('measures the given lookup at 1x and at the scaled size, for three query sets', async () => {
  const sizes: number[] = [];
  let calls = 0;
  const rows = await benchLookups({
    plan: fixture,
    queriesPerSet: 12,
    rounds: 2,
    scale: 3,
    lookup: (plan) => {
      sizes.push(plan.items.length);
      return async (query) => {
        calls += 1;
        return query.length;
      };
    },
  });
  expect(rows.map((r) => r.name)).toEqual(['1x exact', '1x substring', '1x fuzzy', '3x exact', '3x substring', '3x fuzzy']);
  expect(sizes).toEqual([fixture.items.length, fixture.items.length * 3]);
  expect(calls).toBe(2 * 3 * 12 * 4); // sizes * sets * queries * (2 warm-ups + 2 rounds)
  for (const r of rows) {
    for (const v of [r.median_ms, r.p99_ms, r.baseline_median_ms, r.baseline_p99_ms]) expect(Number.isFinite(v) && v >= 0).toBe(true);
    expect(r.p99_ms).toBeGreaterThanOrEqual(r.median_ms);
  }
});

it('measures PlanIndex.search by default', async () => {
  const rows = await benchLookups({ plan: fixture, queriesPerSet: 6, rounds: 1, scale: 2 });
  expect(rows).toHaveLength(6);
});
