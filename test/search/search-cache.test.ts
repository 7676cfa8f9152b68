// The search cache beside the database: a start on a plan seen before reads the documents
// and pinyin instead of computing them, answers exactly as a fresh build does, and a
// missing, broken or stale cache is rebuilt, never trusted.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { buildDocs, forgetDocs } from '../../src/search/documents.ts';
import { clearPinyinRuns, runsConverted } from '../../src/search/pinyin.ts';
import { PlanIndex } from '../../src/search/plan-index.ts';
import { loadSearchCache, prepareSearch, searchCacheFile } from '../../src/search/search-cache.ts';

const plan = loadPlanData();
const queries = ['专家委员会', 'hangxian', 'hangxain', '國際航線', 'twin city', '市发改委', 'gjhx', 'expert committee', '92'];
const answers = (index: PlanIndex) => queries.map((q) => index.search(q, { limit: 6 }));

/** A process start: nothing remembered but what the cache file holds. */
function restart(): void {
  forgetDocs();
  clearPinyinRuns();
}

let file: string;
beforeEach(() => {
  restart();
  file = searchCacheFile(join(mkdtempSync(join(tmpdir(), 'duban-search-cache-')), 'db.json'));
});

describe('the search cache', { timeout: 60_000 }, () => {
  it('is written at the first start, and read at the next: nothing is folded or converted again', async () => {
    let index: PlanIndex | undefined;
    const first = await prepareSearch(() => (index = new PlanIndex(plan)), file);
    expect(first).toMatchObject({ cachedDocs: 0, saved: true });
    const fresh = answers(index!);

    restart();
    const before = runsConverted();
    const second = await prepareSearch(() => (index = new PlanIndex(plan)), file);
    expect(second.cachedDocs).toBe(plan.items.length + plan.indicators.length + plan.departments.length);
    expect(second.saved).toBe(false);
    expect(runsConverted()).toBe(before); // no run went through pinyin-pro
    expect(answers(index!)).toEqual(fresh);
  });

  it('is rebuilt for another plan, keeping the pinyin it already has', async () => {
    await prepareSearch(() => buildDocs(plan), file);
    restart();
    const changed = { ...plan, items: plan.items.map((i) => (i.no === 92 ? { ...i, title: `${i.title}（新增）` } : i)) };
    const before = runsConverted();
    const result = await prepareSearch(() => buildDocs(changed), file);
    expect(result.cachedRuns).toBeGreaterThan(100);
    expect(result.saved).toBe(true);
    expect(runsConverted() - before).toBe(1); // 新增 is a run of its own; the rest came from the cache
  });

  it.each([
    ['not JSON', '{"version": 2, "key"'],
    ['another version', JSON.stringify({ version: 1, key: 'x', docs: [], runs: {} })],
    [
      'a text number out of range',
      JSON.stringify({ version: 2, key: 'x', strings: [], starts: [], docs: [['item', '1', [5], [], [], [], [], []]], runs: {} }),
    ],
    ['a run that is not text', JSON.stringify({ version: 2, key: 'x', strings: [], starts: [], docs: [], runs: { 国际: 3 } })],
  ])('ignores a cache with %s, and writes a good one', async (_, content) => {
    writeFileSync(file, content);
    expect(loadSearchCache(file)).toEqual({ docs: 0, runs: 0 });
    const result = await prepareSearch(() => buildDocs(plan), file);
    expect(result.saved).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);
  });

  it('reports a cache it cannot write, and the index is built all the same', async () => {
    let built = false;
    const result = await prepareSearch(
      () => {
        buildDocs(plan);
        built = true;
      },
      join(file, 'no-such-dir', 'db.json.search.json'),
    );
    expect(built).toBe(true);
    expect(result.saved).toBe(false);
    expect(result.error).toBeInstanceOf(Error);
  });
});
