// What each chart shows, from the chart model and its ECharts option: the overview's healths
// (an item without any report is "no report"), the burn-up from the report history, an
// indicator against its targets and cities (lower-is-better drawn the right way round), a
// poll against its quorum, invitations by state and language; sample data marked as sample.
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorChartFor, invitationsChartFor, meetingChartFor, overviewChartFor } from '../../src/charts/answers.ts';
import { burnUp } from '../../src/charts/build/burnup.ts';
import type { BarsPanel, Chart, IndicatorPanel, LinesPanel } from '../../src/charts/model.ts';
import { toOption } from '../../src/charts/option.ts';
import { Context } from '../../src/core/context.ts';
import type { Lang } from '../../src/core/types.ts';
import type { Item } from '../../src/domain/schema.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { report } from '../supervision/reports.ts';
import { addChartData } from './setup.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot();
  await addChartData(bot.store);
});

function ctxIn(lang: Lang = 'zh-Hans', text?: string): Context {
  const msg = { platform: 'test' as const, chatId: 'c', chatType: 'direct' as const, accountId: 'secretariat', ...(text ? { text } : {}) };
  return new Context(
    bot.core.services,
    msg,
    bot.store.data.people.find((p) => p.id === 'secretariat'),
    lang,
  );
}
const panel = <P>(chart: Chart | undefined, kind: string, i = 0) => chart!.panels.filter((p) => p.kind === kind)[i] as P;
const sum = (values: Array<number | null>) => values.reduce<number>((a, v) => a + (v ?? 0), 0);
const series = (p: BarsPanel, key: string) => p.series.find((s) => s.key === key)!.values;

describe('overview', () => {
  it('counts every item once per part, and an item without any report as "no report"', () => {
    const chart = overviewChartFor(ctxIn(), { allDepts: false, page: 1 })!;
    const parts = panel<BarsPanel>(chart, 'bars');
    expect(parts.categories).toHaveLength(5);
    expect(parts.series.map((s) => s.key)).toEqual(['done', 'on-track', 'at-risk', 'overdue', 'no-report']);
    expect(parts.series.reduce((n, s) => n + sum(s.values), 0)).toBe(100);
    // Reports exist for items 92 and 95 only: 98 items have none.
    expect(sum(series(parts, 'no-report'))).toBe(98);
    expect(sum(series(parts, 'done'))).toBe(1);
    expect(chart.sample).toBe('示例数据 / sample');
  });

  it('shows the lead units with the most trouble first, at most twenty, and says how many there are', () => {
    const units = panel<BarsPanel>(overviewChartFor(ctxIn(), { allDepts: false, page: 1 }), 'bars', 1);
    expect(units.categories).toHaveLength(20);
    expect(units.title).toMatch(/20.*48/);
    const trouble = units.categories.map((_, i) =>
      units.series.filter((s) => !['done', 'on-track'].includes(s.key)).reduce((n, s) => n + (s.values[i] ?? 0), 0),
    );
    expect(trouble).toEqual([...trouble].sort((a, b) => b - a));
  });

  it('draws a part of the plan without the per-part panel', () => {
    const chart = overviewChartFor(ctxIn(), { part: 5, allDepts: false, page: 1 })!;
    expect(chart.subtitle).toContain('第5部分');
    expect(chart.panels.map((p) => p.title)).not.toContain('各部分');
  });
});

describe('burn-up', () => {
  const item = (no: number, deadline: string): Item => ({
    no,
    part: 1,
    title: `t${no}`,
    lead: ['x'],
    responsible: [],
    deadline,
    provenance: 'sample',
  });
  const items = [item(1, '2016-12'), item(2, '2016-12')];

  it('gives, week by week, the share done and on track as health stood then', () => {
    const reports = [
      report({ item: 1, status: 'on-track', progress: 40, at: '2016-07-01T10:00:00+08:00' }),
      report({ item: 2, status: 'done', progress: 100, at: '2016-07-16T10:00:00+08:00' }),
    ];
    const b = burnUp(items, reports, new Date('2016-07-29T12:00:00+08:00'))!;
    expect(b.days).toEqual(['2016-07-01', '2016-07-08', '2016-07-15', '2016-07-22', '2016-07-29']);
    expect(b.done).toEqual([0, 0, 0, 50, 50]);
    // Item 2 without a report is on track early in the plan; once done it counts as done.
    expect(b.onTrack).toEqual([100, 100, 100, 50, 50]);
  });

  it('is not drawn without history', () => {
    expect(burnUp(items, [], new Date('2016-07-29T12:00:00+08:00'))).toBeUndefined();
    const overview = overviewChartFor(ctxIn(), { allDepts: false, page: 1 })!;
    expect(panel<LinesPanel>(overview, 'lines').x.length).toBeGreaterThan(1);
  });
});

describe('indicator', () => {
  /** The chart 指标 X attaches: the last reply must be that indicator's answer. */
  async function chartOf(code: string, lang: Lang = 'zh-Hans') {
    const ctx = ctxIn(lang, `指标 ${code}`);
    await bot.core.services.registry.get('indicator')!.run(ctx, code);
    return indicatorChartFor(ctx);
  }

  it('draws the values by year against the three stage targets, with the benchmark cities', async () => {
    const p = panel<IndicatorPanel>(await chartOf('A2'), 'indicator');
    const a2 = bot.store.data.plan.indicators.find((i) => i.code === 'A2')!;
    expect(p.years).toEqual([2015, 2016]);
    expect(p.values.values).toEqual([a2.baseline!.value, a2.latest!.value]);
    expect(p.targets.map((t) => t.value)).toEqual([a2.targets!.low, a2.targets!.middle, a2.targets!.high]);
    expect(p.cities).toHaveLength(5);
    const option = toOption({ ...(await chartOf('A2'))! }) as { yAxis: Array<{ inverse: boolean }> };
    expect(option.yAxis[0]!.inverse).toBe(false);
  });

  it('turns the axis over for a lower-is-better indicator, so better is up', async () => {
    const chart = (await chartOf('C7', 'en'))!;
    expect(chart.subtitle).toMatch(/Lower is better/);
    const option = toOption(chart) as { yAxis: Array<{ inverse: boolean }> };
    expect(option.yAxis[0]!.inverse).toBe(true);
  });

  it('has no chart for a list of choices or a first-level indicator', async () => {
    expect(await chartOf('A')).toBeUndefined();
    const ctx = ctxIn('zh-Hans', '指标 国际');
    await bot.core.services.registry.get('indicator')!.run(ctx, '国际');
    expect(ctx.replies.at(-1)!.choices?.length).toBeGreaterThan(1);
    expect(await indicatorChartFor(ctx)).toBeUndefined();
  });
});

describe('meeting and invitations', () => {
  it("draws each slot's yes, if need be and no against the quorum line", () => {
    const p = panel<BarsPanel>(meetingChartFor(ctxIn(), 'm1'), 'bars');
    expect(p.categories).toHaveLength(2);
    expect(series(p, 'yes')).toEqual([1, 1]);
    expect(series(p, 'ifneedbe')).toEqual([1, 0]);
    expect(series(p, 'no')).toEqual([1, 0]);
    expect(series(p, 'missing')).toEqual([3, 5]);
    expect(p.line!.value).toBe(4); // six invitees: more than half
  });

  it('counts invitations by state, per language and per country', () => {
    const chart = invitationsChartFor(ctxIn('en'))!;
    const [byLang, byCountry] = chart.panels as BarsPanel[];
    expect(byLang!.categories).toEqual(['简体中文', '繁體中文', 'English']);
    for (const p of [byLang!, byCountry!]) {
      expect(sum(series(p, 'accepted'))).toBe(1);
      expect(sum(series(p, 'declined'))).toBe(1);
      expect(sum(series(p, 'pending'))).toBe(1);
      expect(sum(series(p, 'unreachable'))).toBe(1);
      expect(p.series.reduce((n, s) => n + sum(s.values), 0)).toBe(59);
    }
    expect(byCountry!.categories).toContain('United States');
    expect(chart.alt).toMatch(/59 candidates; 1 accepted/);
  });
});
