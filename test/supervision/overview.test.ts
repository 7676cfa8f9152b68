// 总览 / overview through the real core on a fixed day (2016-09-01) with a crafted set of
// reports. The expected health of every item is worked out here from the rules as the
// issue states them, not by calling health.ts, and the counts are compared line by line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import type { Item } from '../../src/domain/schema.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { report } from './reports.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

const plan = loadPlanData();
const NOW = '2016-09-01T10:00:00+08:00';
type H = 'overdue' | 'at-risk' | 'no-report' | 'on-track' | 'done';

// The crafted reports and, for each, the health it must give and why.
const CRAFTED: Array<[no: number, health: H, fields: Parameters<typeof report>[0]]> = [
  [92, 'on-track', { at: '2016-08-30T10:00:00+08:00', status: 'on-track', progress: 60 }], // 57% of its time gone: 60% is enough
  [95, 'done', { at: '2016-08-28T10:00:00+08:00', status: 'done', progress: 100 }], // due 2016-08 but done
  [1, 'on-track', { at: '2016-09-01T09:00:00+08:00', status: 'on-track', progress: 50 }], // 39% of time gone; reported this month
  [3, 'at-risk', { at: '2016-07-20T10:00:00+08:00', status: 'delayed', progress: 10 }], // reported delayed (and 43 days old)
  [4, 'done', { at: '2016-08-10T10:00:00+08:00', status: 'done', progress: 100 }], // the only item its unit (metro) leads
  [8, 'on-track', { at: '2016-07-01T10:00:00+08:00', status: 'on-track', progress: 20 }], // stale, but the deadline is far
  [2, 'on-track', { at: '2016-08-31T10:00:00+08:00', status: 'on-track', progress: 5 }], // 21% of time gone: 16 points behind, under 20
  [36, 'done', { at: '2016-08-31T10:00:00+08:00', status: 'on-track', progress: 100 }], // 100% is done whatever the status says
];

/**
 * An item nobody reported on, on 2016-09-01: due in August 2016 it is overdue; any other is
 * "no report yet", a state of its own, so that "at risk" means a real risk.
 */
function unreported(item: Item): H {
  return item.deadline <= '2016-08' ? 'overdue' : 'no-report';
}

const crafted = new Map(CRAFTED.map(([no, health]) => [no, health]));
const expected = (item: Item): H => crafted.get(item.no) ?? unreported(item);

function counts(items: Item[]): string {
  const n = (h: H) => items.filter((i) => expected(i) === h).length;
  return `逾期 ${n('overdue')} · 有风险 ${n('at-risk')} · 尚无汇报 ${n('no-report')} · 正常 ${n('on-track')} · 已完成 ${n('done')}`;
}

const deptName = (id: string) => plan.departments.find((d) => d.id === id)!.name;
const leads = [...new Set(plan.items.flatMap((i) => i.lead))];
const ledBy = (dept: string) => plan.items.filter((i) => i.lead.includes(dept));
const bad = (dept: string) => ledBy(dept).filter((i) => ['overdue', 'at-risk'].includes(expected(i))).length;

/** The indented lines after the line that starts with `heading`. */
function block(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('  ')) break;
    out.push(l);
  }
  return out;
}

let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot({ now: NOW });
  await bot.store.append(
    REPORTS_LOG,
    CRAFTED.map(([no, , fields], i) => report({ id: `o${i}`, item: no, ...fields })),
  );
});

describe('overview counts', () => {
  it('counts the whole plan and each part by health', async () => {
    const text = await bot.chat('secretariat').say('总览');
    expect(text).toContain('督办总览（截至 2016年9月1日）');
    expect(text).toContain(`全部事项共 100 项：${counts(plan.items)}`);
    // Worked out by hand too, so a shared mistake in the helper would show.
    expect(counts(plan.items)).toBe('逾期 1 · 有风险 1 · 尚无汇报 91 · 正常 4 · 已完成 3');
    for (const part of plan.parts) {
      const inPart = plan.items.filter((i) => i.part === part.id);
      expect(text).toMatch(new RegExp(`^第${part.id}部分 .*（${inPart.length} 项）：${counts(inPart)}$`, 'm'));
    }
  });

  it('lists the ten lead units with the most overdue and at-risk items, and all of them on request', async () => {
    const text = await bot.chat('secretariat').say('总览');
    const troubled = leads.filter((d) => bad(d) > 0);
    const shown = block(text, '有逾期或有风险事项的牵头单位');
    expect(shown).toHaveLength(Math.min(10, troubled.length));
    const shownIds = shown.map((line) => leads.find((d) => line.startsWith(`  ${deptName(d)}（`))!);
    for (const [i, d] of shownIds.entries()) expect(shown[i]).toBe(`  ${deptName(d)}（牵头 ${ledBy(d).length} 项）：${counts(ledBy(d))}`);
    expect(text).toContain('只计其牵头的事项');
    const leastShown = Math.min(...shownIds.map(bad));
    for (const d of troubled.filter((x) => !shownIds.includes(x))) expect(bad(d)).toBeLessThanOrEqual(leastShown);

    const all = block(await bot.chat('secretariat').say('总览 部门'), '各牵头单位');
    expect(all).toHaveLength(leads.length);
    for (const d of leads) expect(all).toContain(`  ${deptName(d)}（牵头 ${ledBy(d).length} 项）：${counts(ledBy(d))}`);
  });

  it('lists overdue, at-risk and not-reported items with their lead units, capped, with a choice for the rest', async () => {
    const chat = bot.chat('secretariat');
    const text = await chat.say('总览');
    expect(block(text, '逾期事项（1 项）')).toEqual([expect.stringMatching(/^ {2}89\. .* — 市推进办 · 已逾期 1 天 · 尚无汇报$/)]);
    expect(block(text, '有风险事项（1 项）')).toEqual([expect.stringMatching(/^ {2}3\. .* · 报为滞后 · 43 天未更新$/)]);
    const silent = block(text, '尚无汇报的事项（91 项）');
    expect(silent).toHaveLength(11);
    expect(silent[10]).toBe('  ……另有 81 项');
    const listed = await chat.press('列出全部 91 项尚无汇报的事项');
    expect(listed.split('\n')[0]).toBe('全部事项 · 尚无汇报的事项共 91 项，第 1/10 页：');
    expect(await chat.press('下一页')).toContain('第 2/10 页');
  });

  it('offers the item list for overdue items when there are more than ten', async () => {
    const late = await makeBot({ now: '2017-01-05T10:00:00+08:00' });
    const chat = late.chat('secretariat');
    const text = await chat.say('总览');
    const due2016 = plan.items.filter((i) => i.deadline <= '2016-12');
    expect(block(text, `逾期事项（${due2016.length} 项）`)).toHaveLength(11);
    expect(await chat.press(`列出全部 ${due2016.length} 项逾期事项`)).toContain(`全部事项 · 逾期事项共 ${due2016.length} 项，第 1/2 页`);
  });

  it('narrows to a part or a department, and marks a stale report', async () => {
    const chat = bot.chat('secretariat');
    const part1 = await chat.say('总览 第一部分');
    const inPart1 = plan.items.filter((i) => i.part === 1);
    expect(part1).toContain(`第1部分共 ${inPart1.length} 项：${counts(inPart1)}`);
    expect(part1).not.toMatch(/^第2部分/m);
    expect(part1).toMatch(/^ {2}3\. .* — 市城乡建设委 · 剩余 \d+ 天 · 报为滞后 · 43 天未更新$/m);

    // A unit's own scope counts the items it leads and those it shares apart, and says so.
    const led = plan.items.filter((i) => i.lead.includes('ndrc'));
    const shared = plan.items.filter((i) => !i.lead.includes('ndrc') && i.responsible.includes('ndrc'));
    expect(led.length && shared.length).toBeGreaterThan(0);
    const ndrc = await chat.say('总览 市发改委');
    expect(ndrc).toContain(`市发展改革委牵头的事项 ${led.length} 项：${counts(led)}`);
    expect(ndrc).toContain(`市发展改革委参与（作为责任单位）的事项 ${shared.length} 项：${counts(shared)}`);
    expect(await chat.say('总览 火星')).toContain('看不懂“火星”');
  });

  it('speaks English to an English reader', async () => {
    const text = await bot.chat('mark-fischer').say('overview');
    expect(text).toContain('All items (100): overdue 1 · at risk 1 · no report yet 91 · on track 4 · done 3');
  });
});

describe('who has not reported this month', () => {
  it('is listed for the secretariat: lead units of open items with no report in September', async () => {
    const text = await bot.chat('secretariat').say('总览');
    const open = new Set(plan.items.filter((i) => expected(i) !== 'done').flatMap((i) => i.lead));
    open.delete('planning'); // item 1 was reported on 2016-09-01
    const line = text.split('\n').find((l) => l.startsWith('本月（2016年9月）尚未汇报的牵头单位'))!;
    expect(line).toContain(`（${open.size} 个）：`);
    expect(new Set(line.split('：')[1]!.split('、'))).toEqual(new Set([...open].map(deptName)));
    expect(line).not.toContain('青岛地铁集团'); // metro's only item is done
  });

  it('is not shown to an official', async () => {
    const text = await bot.chat('liang-shuhua').say('总览');
    expect(text).toContain('全部事项共 100 项');
    expect(text).not.toContain('尚未汇报');
  });
});

describe('access', () => {
  it('refuses an unbound account and an expert', async () => {
    expect(await bot.chat('stranger').say('总览')).toContain('尚未绑定');
    await bot.store.update((db) => {
      db.people.push({ id: 'expert-test', name: '测试专家', roles: ['expert'], provenance: 'sample' });
    });
    expect(await bot.chat('expert-test').say('总览')).toContain('无权使用“总览”');
  });
});
