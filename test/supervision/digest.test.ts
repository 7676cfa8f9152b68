// The weekly digest, built on 2016-10-03 09:00 (Shanghai) from crafted reports: what changed
// in the last 7 days, the item that fell overdue on 2016-09-30, blockers, who has not
// reported in October; in the reader's language only (a Chinese reader is not sent it again
// in English); small enough for one message.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { buildDigest } from '../../src/supervision/digest.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { report } from './reports.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { allReports } from '../helpers/logs.ts';

const plan = loadPlanData();
const NOW = '2016-10-03T09:00:00+08:00';
const deptName = (id: string) => plan.departments.find((d) => d.id === id)!.name;

let bot: TestBot;
let zh: string;
let en: string;
beforeAll(async () => {
  bot = await makeBot({ now: NOW });
  await bot.store.append(REPORTS_LOG, [
    report({ item: 92, at: '2016-09-20T10:00:00+08:00', status: 'on-track', progress: 40 }),
    report({ item: 92, at: '2016-09-28T10:00:00+08:00', status: 'at-risk', progress: 45, note: '专家回复率低，首次会议可能推迟' }),
    report({ item: 94, at: '2016-09-29T10:00:00+08:00', status: 'delayed', progress: 10, by: 'liu-jianguo' }),
    report({ item: 1, at: '2016-09-30T10:00:00+08:00', status: 'at-risk', progress: 30, note: '已解决的问题' }),
    report({ item: 1, at: '2016-10-02T10:00:00+08:00', status: 'on-track', progress: 55, by: 'song-jia' }),
    report({ item: 2, at: '2016-09-10T10:00:00+08:00', status: 'at-risk', progress: 5, note: '上个月的卡点' }),
    report({ indicator: 'E1', at: '2016-09-27T10:00:00+08:00', value: 170, year: 2016 }),
    report({ item: 3, at: '2016-10-05T10:00:00+08:00', status: 'done', progress: 100, note: '未来的汇报' }),
  ]);
  const before = { data: bot.store.data, reports: (await allReports(bot.store)).length };
  zh = (await buildDigest(bot.core.services, new Date(NOW), 'zh-Hans')).text;
  en = (await buildDigest(bot.core.services, new Date(NOW), 'en')).text;
  expect(bot.store.data).toBe(before.data); // pure: nothing written
  expect(await allReports(bot.store)).toHaveLength(before.reports);
});

/** The lines after the line that starts with `heading`, up to the next blank line. */
function section(block: string, heading: string): string[] {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('weekly digest', () => {
  it("is in the reader's language only, for the last seven days", async () => {
    expect(zh.split('\n')[0]).toBe('督办周报（2016年9月26日 — 2016年10月3日）');
    expect(en.split('\n')[0]).toBe('Weekly digest (26 Sept 2016 – 3 Oct 2016)');
    expect(zh).not.toMatch(/Weekly digest|reports this week/);
    expect(en).not.toMatch(/督办周报|本周|尚未汇报/); // notes stay as typed, the digest's own words do not
    const hant = (await buildDigest(bot.core.services, new Date(NOW), 'zh-Hant')).text;
    expect(hant.split('\n')[0]).toBe('督辦週報（2016年9月26日 — 2016年10月3日）');
    expect(hant).not.toContain('Weekly digest');
  });

  it('says what changed: the reports of the week, compared with the state before it', () => {
    const lines = section(zh, '本周汇报');
    expect(lines[0]).toBe('本周汇报 5 条，涉及 4 项事项或指标：');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^ {2}1\. .*：状态 正常推进 · 进度 55%（宋佳）$/);
    expect(lines[2]).toMatch(/^ {2}92\. .*：状态 正常推进 → 有风险 · 进度 40% → 45%（赵敏）$/);
    expect(lines[3]).toMatch(/^ {2}94\. .*：状态 滞后 · 进度 10%（刘建国）$/);
    expect(lines[4]).toMatch(/^ {2}E1 开通国际航线数：数值 170 条（2016 年）/);
    expect(zh).not.toContain('未来的汇报');
    expect(section(en, '5 reports this week')[2]).toMatch(/^ {2}92\. .*: status on track → at risk · progress 40% → 45% \(Zhao Min\)$/);
  });

  it('lists the items that fell overdue this week, not those overdue before', () => {
    const due = plan.items.filter((i) => i.deadline === '2016-09');
    const lines = section(zh, '本周新增逾期事项');
    expect(lines[0]).toBe(`本周新增逾期事项（${due.length} 项）：`);
    expect(lines.slice(1).map((l) => Number(/^ {2}(\d+)\./.exec(l)![1]))).toEqual(due.map((i) => i.no));
    expect(lines[1]).toContain('已逾期 3 天');
    expect(zh).not.toMatch(/^ {2}89\./m); // due in August: overdue for a month, not new
  });

  it('shows the blockers: notes of items now reported at risk or delayed', () => {
    const lines = section(zh, '卡点');
    expect(lines[0]).toBe('卡点（2 项，报为有风险或滞后）：');
    expect(lines[1]).toMatch(/^ {2}92\. .*（有风险）：专家回复率低，首次会议可能推迟$/);
    expect(lines[2]).toMatch(/^ {2}94\. .*（滞后）：未写说明$/);
    expect(zh).not.toContain('已解决的问题'); // item 1 is back on track
    expect(zh).not.toContain('上个月的卡点'); // not this week
    expect(section(en, 'Blockers')[2]).toMatch(/\(delayed\): no note given$/);
  });

  it('names the lead units with open items that have not reported in October', () => {
    const leads = new Set(plan.items.flatMap((i) => i.lead));
    leads.delete('planning'); // reported on 2 October (item 1)
    const line = section(zh, '本月（2016年10月）尚未汇报的牵头单位')[0]!;
    expect(line).toContain(`（${leads.size} 个）：`);
    const [names, more] = line.split('：')[1]!.split('，另有 ');
    expect(names!.split('、')).toHaveLength(12);
    for (const name of names!.split('、')) expect([...leads].map(deptName)).toContain(name);
    expect(more).toBe(`${leads.size - 12} 个`);
    expect(line).not.toContain(deptName('planning'));
  });

  it('says so when a section is empty', async () => {
    const quiet = await makeBot({ now: '2016-09-20T09:00:00+08:00' });
    const digest = (await buildDigest(quiet.core.services, new Date('2016-09-20T09:00:00+08:00'), 'zh-Hans')).text;
    expect(digest).toContain('本周没有新的汇报。');
    expect(digest).toContain('本周没有新增逾期事项。');
    expect(digest).toContain('本周没有报告卡点。');
    expect((await buildDigest(quiet.core.services, new Date('2016-09-20T09:00:00+08:00'), 'en')).text).toContain(
      'No new reports this week.',
    );
  });

  it('fits one chat message in either language even in a busy week', async () => {
    const busy = await makeBot({ now: NOW });
    const long = '因外方专家行程调整，首次会议场地与议程需重新协调，涉及市外办、市贸促会等多家单位，预计推迟两周以上。'.repeat(3);
    await busy.store.append(
      REPORTS_LOG,
      plan.items.map((i) => report({ item: i.no, at: '2016-09-30T10:00:00+08:00', status: 'at-risk', progress: 10, note: long })),
    );
    const digest = (await buildDigest(busy.core.services, new Date(NOW), 'zh-Hans')).text;
    expect(digest).toContain('……另有 94 项');
    expect(digest.length).toBeLessThan(4096);
    expect((await buildDigest(busy.core.services, new Date(NOW), 'en')).text.length).toBeLessThan(4096);
  });
});
