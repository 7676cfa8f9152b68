// The work one lookup may do is bounded whatever the message (issue 11.6): the longest
// message the bot reads (4,000 characters of filler, title words, pinyin or typos) does no
// more work than the costliest ordinary lookup. Asserted on work counted (postings read,
// windows verified, texts checked and scored), never on time.
import { describe, expect, it } from 'vitest';
import { worstMessages } from '../../bench/worst-message.ts';
import { sampleQueries } from '../../bench/sample-queries.ts';
import { scalePlan } from '../../bench/scale.ts';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { PlanIndex } from '../../src/search/plan-index.ts';
import { MAX_QUERY_CHARS, parseQuery } from '../../src/search/query.ts';
import { MAX_GAPPED_CANDIDATES, MAX_PATTERN, SearchWork } from '../../src/search/work.ts';

const plan = scalePlan(loadPlanData(), 3);
const index = new PlanIndex(plan);
const total = (w: SearchWork) => w.postings + w.windows + w.gapped + w.scored;

function workOf(query: string): SearchWork {
  const work = new SearchWork();
  index.search(query, { limit: 6, work });
  return work;
}

describe('the work of one lookup', { timeout: 60_000 }, () => {
  const sets = sampleQueries(plan, 60, 11);
  const ordinary = [...sets.exact, ...sets.substring, ...sets.fuzzy, '专家委员会', 'hangxain', 'expert committee', '国际'];
  const costliest = Math.max(...ordinary.map((q) => total(workOf(q))));

  it('counts what a search does', () => {
    const w = workOf('hangxain');
    expect(w.units).toBe(8);
    expect(w.postings).toBeGreaterThan(0);
    expect(w.windows).toBeGreaterThan(0);
    expect(w.scored).toBeGreaterThan(0);
    expect(workOf('专家委员会').gapped).toBeGreaterThan(0);
  });

  it.each(Object.entries(worstMessages()))('%s (4,000 characters) costs no more than an ordinary lookup', (_, text) => {
    expect(text).toHaveLength(4000);
    const w = workOf(text);
    expect(w.units).toBeLessThanOrEqual(MAX_PATTERN);
    expect(w.gapped).toBeLessThanOrEqual(MAX_GAPPED_CANDIDATES);
    expect(total(w)).toBeLessThanOrEqual(costliest);
  });

  it('reads at most MAX_QUERY_CHARS of a message, even where NFKC expands it', () => {
    expect(parseQuery('关于'.repeat(2000) + '国际航线').words.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parseQuery('\ufdfa'.repeat(4000)).words.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });
});
