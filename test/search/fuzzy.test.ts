// Fuzzy search: the tuning keeps one shared character from matching, and narrowing by
// the index loses no hit that bare fuse.js (same options, every document) finds.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { PlanData } from '../../src/domain/schema.ts';
import { buildDocs } from '../../src/search/documents.ts';
import { BareFuse, fuseChunks, maxErrors, NarrowedFuse, thresholdFor } from '../../src/search/fuzzy.ts';
import { fold } from '../../src/search/normalize.ts';
import { seededRandom } from '../../bench/random.ts';
import { sampleQueries, typoEn } from '../../bench/sample-queries.ts';
import { scalePlan } from '../../bench/scale.ts';
import { Slots } from '../../src/search/slots.ts';

function engines(plan: PlanData) {
  const docs = buildDocs(plan);
  return { docs, narrowed: new NarrowedFuse(new Slots(docs)), bare: new BareFuse(docs) };
}

/** Typo queries as officials make them, plus long ones that fuse searches in chunks. */
function typoQueries(plan: PlanData, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const long = plan.items.slice(0, 20).flatMap((i) => (i.titleEn ? [typoEn(i.titleEn, next)] : []));
  return [...sampleQueries(plan, count, seed).fuzzy, ...long].map(fold).filter((q) => q.length > 0);
}

function hitSet(results: Array<{ refIndex: number }> | Array<{ doc: number }>): number[] {
  return results.map((r) => ('doc' in r ? r.doc : r.refIndex)).sort((a, b) => a - b);
}

// The reference, bare fuse.js, scores every text of every document: ~8 ms a query on the
// shipped plan, ~16 ms on three times its size, where the narrowed search takes ~0.5 ms. So
// the samples are sized for a test run (each query is checked exactly; the seeds keep them
// the same every run): 150 short typo queries plus 20 long ones on the plan, 45 plus 20 on
// the bigger plan. (With 300 and 90 the file took ~5 s of CPU, over vitest's old timeout.)
const TYPO_QUERIES = 150;
const TYPO_QUERIES_BIG = 45;

describe('narrowed fuzzy search', () => {
  const plan = loadPlanData();

  // Bare fuse.js over every document is slow by design (it is the baseline): time for a
  // machine five times slower than one where this takes ~2 s.
  const SLOW = { timeout: 60_000 };

  it('finds exactly the hits of bare fuse.js on generated typo queries', SLOW, () => {
    const { narrowed, bare } = engines(plan);
    const queries = typoQueries(plan, TYPO_QUERIES, 1);
    expect(queries.length).toBeGreaterThan(TYPO_QUERIES);
    expect(queries.some((q) => q.length > 32)).toBe(true);
    let withHits = 0;
    for (const q of queries) {
      const want = hitSet(bare.search(q));
      expect(hitSet(narrowed.search(q)), q).toEqual(want);
      if (want.length > 0) withHits += 1;
    }
    expect(withHits).toBeGreaterThan(queries.length * 0.8); // the typos are findable at all
  });

  it('does so on a plan three times the size too', SLOW, () => {
    const big = scalePlan(plan, 3);
    const { narrowed, bare } = engines(big);
    for (const q of typoQueries(big, TYPO_QUERIES_BIG, 2)) expect(hitSet(narrowed.search(q)), q).toEqual(hitSet(bare.search(q)));
  });

  it('with a limit, returns the best of the full ranking', () => {
    const { narrowed } = engines(plan);
    for (const q of typoQueries(plan, 60, 3)) {
      const all = narrowed.search(q);
      const top = narrowed.search(q, undefined, 5);
      expect(
        top.map((h) => h.doc),
        q,
      ).toEqual(all.slice(0, 5).map((h) => h.doc));
    }
  });

  it('ranks a swapped pinyin typo above an unrelated near miss', () => {
    // In the fixture, item 6's benchmark reads shanghai…: as many edits from hangxain
    // (2) as hangxian, but hangxian is one swap away.
    const fixture = PlanData.parse(JSON.parse(readFileSync(new URL('../fixtures/search-plan.json', import.meta.url), 'utf8')));
    const { narrowed, docs } = engines(fixture);
    const hits = narrowed.search('hangxain').map((h) => `${docs[h.doc]!.kind}:${docs[h.doc]!.id}`);
    expect(hits).toContain('item:6');
    expect(hits.indexOf('indicator:E1')).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf('indicator:E1')).toBeLessThan(hits.indexOf('item:6'));
  });
});

describe('fuse.js tuning', () => {
  const plan = loadPlanData();
  const docs = buildDocs(plan);
  const e1 = docs.findIndex((d) => d.kind === 'indicator' && d.id === 'E1'); // 开通国际航线数

  it('fuse defaults would let one shared character match; the tuned options do not', () => {
    const defaults = new Fuse(
      docs.map((d) => ({ zh: d.fields.zh })),
      { keys: ['zh'] },
    );
    expect(defaults.search('航运').map((r) => r.refIndex)).toContain(e1);
    const tuned = new BareFuse(docs);
    expect(tuned.search(fold('航运')).map((r) => r.refIndex)).not.toContain(e1);
    expect(tuned.search(fold('国际化妆')).every((r) => docs[r.refIndex]!.fields.zh.some((z) => z.includes('国际化')))).toBe(true);
  });

  it('allows a quarter of the pattern in errors, at most three', () => {
    expect(maxErrors(3, thresholdFor(3))).toBe(0);
    expect(maxErrors(4, thresholdFor(4))).toBe(1);
    expect(maxErrors(8, thresholdFor(8))).toBe(2);
    expect(maxErrors(12, thresholdFor(12))).toBe(3);
    expect(maxErrors(30, thresholdFor(30))).toBe(3);
    expect(maxErrors(32, thresholdFor(40))).toBe(2); // a chunk of a long pattern
  });

  it('splits long patterns the way fuse.js does', () => {
    expect(fuseChunks('a'.repeat(32))).toHaveLength(1);
    const chunks = fuseChunks('abcdefghij'.repeat(7)); // 70 units
    expect(chunks.map((c) => c.length)).toEqual([32, 32, 32]);
    expect(chunks[2]).toBe('abcdefghij'.repeat(7).slice(38));
  });
});
