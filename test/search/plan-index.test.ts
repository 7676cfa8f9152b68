// The lookup engine end to end, on the small fixture and on the shipped data: the
// traps from the issue (one shared character, Traditional, pinyin, initials, typos,
// English, department aliases) and the ranking order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { PlanData } from '../../src/domain/schema.ts';
import { PlanIndex, type SearchHit } from '../../src/search/plan-index.ts';

const fixture = PlanData.parse(JSON.parse(readFileSync(new URL('../fixtures/search-plan.json', import.meta.url), 'utf8')));
const ids = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe.each([
  ['fixture', fixture],
  ['shipped data', loadPlanData()],
])('PlanIndex on the %s', (_, plan) => {
  const index = new PlanIndex(plan);
  const ndrc = plan.departments.find((d) => d.name === '市发展改革委')!;
  const top = (q: string) => ids(index.search(q))[0];

  it('does not match on one shared character', () => {
    expect(ids(index.search('航运'))).not.toContain('indicator:E1');
    expect(ids(index.search('运输航'))).not.toContain('indicator:E1');
  });

  it('treats a short common word as a substring query', () => {
    const hits = index.search('国际', { limit: 50 });
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => h.how === 'substring')).toBe(true);
  });

  it('does not fuzzy-match everything that shares 国际', () => {
    const hits = index.search('国际化妆', { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const text =
        h.kind === 'item'
          ? plan.items.find((i) => String(i.no) === h.id)!.title
          : h.kind === 'indicator'
            ? plan.indicators.find((i) => i.code === h.id)!.name
            : '';
      expect(text, h.id).toContain('国际化');
    }
  });

  it.each([
    ['開通國際航線數', 'exact'],
    ['开通国际航线数', 'exact'],
    ['國際航線', 'substring'],
    ['hangxian', 'substring'],
    ['guojihangxian', 'substring'],
    ['kaitong guoji hangxian shu', 'exact'],
    ['gjhx', 'substring'],
    ['hangxain', 'fuzzy'],
    ['guojihangxain', 'fuzzy'],
    ['开通国际航限数', 'fuzzy'],
    ['air routes', 'substring'],
    ['internatonal air routes', 'fuzzy'],
  ])('finds the air-routes indicator for %s (%s)', (q, how) => {
    const hits = index.search(q);
    const e1 = hits.find((h) => h.kind === 'indicator' && h.id === 'E1');
    expect(e1, ids(hits).join(' ')).toBeDefined();
    expect(e1!.how).toBe(how);
    expect(hits.indexOf(e1!)).toBeLessThan(3);
  });

  it.each(['gdp', 'GDP per capita', '人均GDP', '每人平均GDP', '每人平均國內生產毛額', 'renjungdp'])('finds GDP per capita for %s', (q) => {
    expect(top(q)).toBe('indicator:A1');
  });

  it('finds an indicator by a Taiwan term', () => {
    expect(top('網際網路國際呈現量')).toBe('indicator:B1');
  });

  it.each(['市发改委', '发改委', '市發改委', 'NDRC', 'ndrc'])('puts the department first for %s, then its items', (q) => {
    const hits = index.search(q, { limit: 20 });
    expect(ids(hits)[0]).toBe(`department:${ndrc.id}`);
    expect(hits[0]!.how).toBe('exact');
    const own = plan.items.filter((i) => i.lead.includes(ndrc.id) || i.responsible.includes(ndrc.id));
    if (q !== 'NDRC' && q !== 'ndrc') {
      expect(own.length).toBeGreaterThan(0);
      expect(ids(hits)).toContain(`item:${own[0]!.no}`);
    }
  });

  it('finds items by number and indicators by code', () => {
    expect(index.search('第92项')).toEqual([{ kind: 'item', id: '92', score: 0, how: 'exact' }]);
    expect(top('92项进展怎么样')).toBe('item:92');
    expect(top('item 92')).toBe('item:92');
    expect(top('指标A1')).toBe('indicator:A1');
    expect(top('e1')).toBe('indicator:E1');
    expect(index.search('第999项')).toEqual([]);
  });

  it('finds an item by words with filler around them', () => {
    expect(top('专家咨询委员会进展如何？')).toBe('item:92');
  });

  it('ranks exact, then substring, then fuzzy, with scores sorted in 0..1', () => {
    for (const q of ['开通国际航线数', '国际航线', 'hangxain', '市商务局', 'commerce', '崂山']) {
      const hits = index.search(q, { limit: 30 });
      const order = { exact: 0, substring: 1, fuzzy: 2 };
      for (let i = 1; i < hits.length; i += 1) {
        expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
        expect(order[hits[i]!.how]).toBeGreaterThanOrEqual(order[hits[i - 1]!.how]);
      }
      for (const h of hits) expect(h.score >= 0 && h.score <= 1).toBe(true);
    }
  });

  it('honours kinds and limit', () => {
    const hits = index.search('国际', { kinds: ['indicator'], limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.kind === 'indicator')).toBe(true);
    expect(index.search('市发改委', { kinds: ['item'] }).every((h) => h.kind === 'item')).toBe(true);
    expect(index.search('第92项', { kinds: ['indicator'] })).toEqual([]);
  });

  it('returns nothing for nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('？？')).toEqual([]);
    expect(index.search('zzzzqqqq')).toEqual([]);
  });
});
