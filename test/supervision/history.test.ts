// 历史 / history through the real core: newest first whatever the order of appending, who
// entered a report for whom, old -> new, corrections marked both ways, paging, indicators.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { report } from './reports.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot({ now: '2016-09-01T10:00:00+08:00' });
  await bot.store.append(REPORTS_LOG, [
    report({
      id: 'h1',
      item: 92,
      at: '2016-08-01T09:00:00+08:00',
      status: 'on-track',
      progress: 20,
      note: '已拟定专家名单',
      platform: 'telegram',
    }),
    report({
      id: 'h2',
      item: 92,
      at: '2016-08-15T09:00:00+08:00',
      status: 'at-risk',
      progress: 30,
      note: '多位专家尚未回复',
      evidence: '邀请函发送记录.xlsx',
      platform: 'telegram',
    }),
    report({
      id: 'h3',
      item: 92,
      at: '2016-08-20T09:00:00+08:00',
      status: 'on-track',
      progress: 35,
      corrects: 'h2',
      note: '上次误报，回复率正常',
      by: 'liu-jianguo',
      platform: 'slack',
    }),
    report({ id: 'x1', item: 94, at: '2016-08-22T09:00:00+08:00', status: 'on-track', progress: 10, note: '另一项的汇报' }),
    report({
      id: 'h4',
      item: 92,
      at: '2016-08-25T09:00:00+08:00',
      status: 'on-track',
      progress: 50,
      by: 'secretariat',
      onBehalfOf: 'coordination-group',
      platform: 'console',
    }),
    // Appended last but dated earliest: shown by its date, not by its place in the log.
    report({ id: 'h0', item: 92, at: '2016-07-10T09:00:00+08:00', status: 'not-started', progress: 0, provenance: 'sample' }),
    report({ id: 'i1', indicator: 'E1', at: '2016-07-01T09:00:00+08:00', value: 150, year: 2016, source: '市统计局' }),
    report({ id: 'i2', indicator: 'E1', at: '2016-08-01T09:00:00+08:00', value: 162, year: 2016, source: '市统计局' }),
    ...Array.from({ length: 12 }, (_, i) =>
      report({
        id: `p${i + 1}`,
        item: 93,
        at: `2016-08-${String(i + 1).padStart(2, '0')}T09:00:00+08:00`,
        progress: i + 1,
        note: `第${i + 1}次`,
      }),
    ),
  ]);
});

describe('history of an item', () => {
  it('shows the reports newest first, with who, platform, old -> new, note and evidence', async () => {
    const text = await bot.chat('zheng-guoqiang').say('历史 92');
    expect(text.split('\n')[0]).toBe('第 92 项的汇报记录：共 5 条，最新在前');
    const dates = [...text.matchAll(/^• 2016年(\d+)月(\d+)日/gm)].map((m) => `${m[1]}-${m[2]}`);
    expect(dates).toEqual(['8-25', '8-20', '8-15', '8-1', '7-10']);
    expect(text).not.toContain('另一项的汇报');

    const entries = text.split('\n\n').slice(1);
    expect(entries[0]).toContain('· 王立新 代 协调组 录入 · 控制台');
    expect(entries[0]).toContain('状态 正常推进 · 进度 35% → 50%');
    expect(entries[2]).toContain('· 赵敏 · Telegram');
    expect(entries[2]).toContain('状态 正常推进 → 有风险 · 进度 20% → 30%');
    expect(entries[2]).toContain('说明：多位专家尚未回复');
    expect(entries[2]).toContain('佐证：邀请函发送记录.xlsx');
    expect(entries[4]).toContain('示例数据 / sample');
    expect(entries[4]).toContain('状态 未开始 · 进度 0%');
  });

  it('marks a correction and the record it corrects, comparing the two', async () => {
    const entries = (await bot.chat('secretariat').say('历史 92')).split('\n\n').slice(1);
    expect(entries[1]).toContain('· 刘建国 · Slack');
    expect(entries[1]).toContain('✎ 更正 2016年8月15日 09:00 的记录');
    expect(entries[1]).toContain('状态 有风险 → 正常推进 · 进度 30% → 35%');
    expect(entries[2]).toContain('（此条已被 2016年8月20日 09:00 的记录更正）');
    expect(entries.filter((e) => e.includes('更正'))).toHaveLength(2);
  });

  it('pages ten at a time with choices', async () => {
    const chat = bot.chat('secretariat');
    const first = await chat.say('历史 93');
    expect(first.split('\n')[0]).toBe('第 93 项的汇报记录：共 12 条，最新在前（第 1/2 页）');
    expect(first.match(/^• /gm)).toHaveLength(10);
    expect(first).toContain('说明：第12次');
    expect(first).not.toContain('说明：第2次');
    const second = await chat.press('下一页');
    expect(second).toContain('（第 2/2 页）');
    expect([...second.matchAll(/说明：(第\d+次)/g)].map((m) => m[1])).toEqual(['第2次', '第1次']);
    expect(await chat.say('history 93 page 3')).toContain('没有第 3 页');
  });

  it('speaks English, and says so when there is nothing yet', async () => {
    const text = await bot.chat('mark-fischer').say('history 92');
    expect(text).toContain('Reports on item 92: 5, newest first');
    expect(text).toContain('entered by Wang Lixin on behalf of Coordination Group');
    expect(text).toContain('✎ corrects the record of 15 Aug 2016 09:00');
    expect(await bot.chat('secretariat').say('历史 1')).toBe('第 1 项尚无汇报记录。');
    expect(await bot.chat('secretariat').say('历史 101')).toContain('没有第 101 项');
  });
});

describe('history of an indicator', () => {
  it('shows values old -> new with unit, year and source', async () => {
    const text = await bot.chat('secretariat').say('历史 E1');
    expect(text.split('\n')[0]).toBe('指标 E1 开通国际航线数的汇报记录：共 2 条，最新在前');
    expect(text).toContain('数值 150 条 → 162 条（2016 年）');
    expect(text).toContain('来源：市统计局');
  });
});

describe('access', () => {
  it('refuses an unbound account', async () => {
    expect(await bot.chat('stranger').say('历史 92')).toContain('尚未绑定');
  });
});
