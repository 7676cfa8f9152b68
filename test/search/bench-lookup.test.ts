// The lookup benchmark's parts work: the competent simple peer answers as a careful simple
// search would, and the bench measures each engine on the queries it is given (no timing
// assertions: figures depend on the machine). The held-out queries are never read here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchSearch, engines, figures, quantile } from '../../bench/lookup.ts';
import { SimplePeer } from '../../bench/peer.ts';
import { asSearch } from '../../bench/query-mix.ts';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { PlanData } from '../../src/domain/schema.ts';

const fixture = PlanData.parse(JSON.parse(readFileSync(new URL('../fixtures/search-plan.json', import.meta.url), 'utf8')));

describe('the competent simple peer', () => {
  const peer = new SimplePeer(loadPlanData());
  const first = (q: string) => {
    const { words, kinds } = asSearch(q);
    const [hit] = peer.search(words, { kinds });
    return hit && `${hit.kind}:${hit.id}`;
  };

  it('finds numbers and codes by Map, names whole, substrings by bigrams, typos by fuse.js', () => {
    expect(first('第92项')).toBe('item:92');
    expect(first('e1')).toBe('indicator:E1');
    expect(first('开通国际航线数')).toBe('indicator:E1');
    expect(first('国际航线')).toBe('indicator:E1');
    expect(first('hangxian')).toBe('indicator:E1');
    expect(first('hangxain')).toBeDefined(); // only fuse.js can find a typo
    expect(first('单位 市商务局')).toBe('department:commerce');
    expect(first('zzzzqqqq')).toBeUndefined();
  });
});

describe('the lookup bench', () => {
  it('measures the three engines on the given queries, at 1x and at the scaled size', () => {
    const sizes: number[] = [];
    const rows = benchSearch(fixture, {
      scale: 2,
      mix: (plan) => {
        sizes.push(plan.items.length);
        return ['1', '国际', 'hangxian', 'hangxain', 'nothing here'];
      },
    });
    expect(sizes).toEqual([fixture.items.length, fixture.items.length * 2]);
    expect(rows.map((r) => r.size)).toEqual(['1x', '2x']);
    for (const r of rows) {
      expect(r.queries).toBe(5);
      for (const f of [r.ours.wall, r.peer.wall, r.fuse.wall, r.ours.cpu]) {
        expect(Number.isFinite(f.median) && f.median >= 0).toBe(true);
        expect(f.p99).toBeGreaterThanOrEqual(f.median);
      }
    }
  });

  it('gives each engine the same answer format', () => {
    const e = engines(fixture);
    for (const run of Object.values(e)) for (const r of run('国际')) expect(r).toMatch(/^(item|indicator|department):/);
  });

  it('reads quantiles as the nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(figures(Array.from({ length: 100 }, (_, i) => i + 1))).toEqual({ median: 50, p99: 99 });
  });
});
