import { describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { PlanData } from '../../src/domain/schema.ts';
import { sampleQueries } from '../../bench/sample-queries.ts';
import { scalePlan } from '../../bench/scale.ts';

describe('scalePlan', () => {
  const plan = loadPlanData();
  const big = scalePlan(plan, 10);

  it('makes ten times the items and indicators, valid plan data', () => {
    expect(big.items).toHaveLength(plan.items.length * 10);
    expect(big.indicators).toHaveLength(plan.indicators.length * 10);
    expect(big.departments).toEqual(plan.departments);
    expect(() => PlanData.parse(big)).not.toThrow();
    expect(new Set(big.items.map((i) => i.no)).size).toBe(big.items.length);
    expect(new Set(big.indicators.map((i) => i.code)).size).toBe(big.indicators.length);
    expect(big.indicators.every((i) => i.parent === undefined || i.code.startsWith(i.parent))).toBe(true);
  });

  it('keeps the real items and makes distinct Chinese sentences from their phrases', () => {
    expect(big.items.slice(0, plan.items.length)).toEqual(plan.items);
    const added = big.items.slice(plan.items.length);
    expect(new Set(big.items.map((i) => i.title)).size).toBe(big.items.length);
    for (const item of added) {
      expect(item.title).toMatch(/^对标.+，在.+/);
      expect(item.title.length).toBeGreaterThan(12);
      expect(item.provenance).toBe('sample');
      expect(item.titleEn).toMatch(/, in /);
    }
    // recombined, not copied: most new titles differ from every real title's benchmark part
    const sameBenchmark = added.filter((i) =>
      plan.items.some((p) => i.title.startsWith(p.title.split('，')[0]!) && i.title.endsWith(p.title.split('，').slice(1).join('，'))),
    );
    expect(sameBenchmark.length).toBeLessThan(added.length / 5);
  });

  it('is deterministic, and factor 1 changes nothing', () => {
    expect(scalePlan(plan, 10)).toEqual(big);
    expect(scalePlan(plan, 1)).toEqual(plan);
    expect(() => scalePlan(plan, 0)).toThrow();
  });
});

describe('sampleQueries', () => {
  it('makes the asked number of queries per set, the same each time', () => {
    const plan = loadPlanData();
    const sets = sampleQueries(plan, 40);
    expect(sets.exact).toHaveLength(40);
    expect(sets.substring).toHaveLength(40);
    expect(sets.fuzzy).toHaveLength(40);
    expect(sampleQueries(plan, 40)).toEqual(sets);
    expect(sets.exact.some((q) => /^第\d+项$/.test(q))).toBe(true);
    expect(sets.exact.some((q) => /^指标[A-E]\d*$/.test(q))).toBe(true);
    expect(sets.substring.some((q) => /^[a-z]+$/.test(q))).toBe(true); // pinyin or initials
    expect(sets.fuzzy.every((q) => q.length > 0)).toBe(true);
  });
});
