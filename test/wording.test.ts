// The wording list of issue 10 (§3), through the real core: 您 everywhere, an expert's
// "if need be" vote in words, the rank among the benchmark cities when Qingdao leads none, a
// rate's gap in percentage points, one 数据来源 line per indicator, role names on binding,
// 並為 (not 併為) for Traditional readers, and 取消 with nothing open.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../src/paths.ts';
import { makeBot } from './helpers/fake-chat.ts';
import { meetingBot, sentPoll } from './committee/meeting-setup.ts';

describe('wording', () => {
  it('says 您, never 你, in every Simplified Chinese message', () => {
    const dir = `${LOCALES_DIR}zh-Hans`;
    for (const file of readdirSync(dir)) expect(readFileSync(`${dir}/${file}`, 'utf8'), file).not.toContain('你');
  });

  it('shows an expert\'s "if need be" vote in words in their record', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    await bot.chat('zhang-haibo').say('投票 m1 1 必要时可以');
    const record = await bot.chat('secretariat').say('专家 zhang-haibo');
    expect(record).toMatch(/→ 必要时可以$/m);
    expect(record).not.toContain('ifneedbe');
  });

  it('ranks Qingdao among the benchmark cities in words, with a rate gap in percentage points', async () => {
    const bot = await makeBot();
    const chat = bot.chat('liang-shuhua');
    const e1 = await chat.say('指标 E1'); // 26 routes: fewer than all five benchmark cities
    expect(e1).toContain('青岛在 6 个城市中排第 6 位（落后于全部 5 个对标城市）');
    expect(e1).not.toContain('领先 0');
    expect(e1.split('\n').filter((l) => l.startsWith('数据来源'))).toHaveLength(1);
    expect(e1).toContain('数值来源：青岛国际机场集团统计');
    const a7 = await chat.say('指标 A7'); // R&D spending, 2.86% of GDP; the low stage is 3.0%
    expect(a7).toContain('距低阶目标差 0.14 个百分点');
    expect(a7).toContain('领先 3 个、落后 2 个对标城市');
    expect(await bot.chat('mark-fischer').say('indicator A7')).toContain('0.14 percentage points to the low-stage target');
    // where the figures come from, in the reader's language
    const e1en = await bot.chat('mark-fischer').say('indicator E1');
    expect(e1en).toContain('Figures from: Qingdao International Airport Group statistics');
    expect(e1en).not.toContain('青岛国际机场集团统计');
  });

  it('names the roles in words when an account is bound', async () => {
    const bot = await makeBot();
    const issued = await bot.chat('secretariat').say('绑定 zhao-min');
    const code = /绑定码：([A-Z2-9]{8})/.exec(issued)![1]!;
    const done = await bot.chat('tg-new', { platform: 'telegram' }).say(`绑定 ${code}`);
    expect(done).toContain('绑定成功：您好，赵敏（填报人）');
  });

  it('writes 並為 and 並發布 for a Traditional reader, as the sense is "and also"', async () => {
    const bot = await makeBot();
    const chat = bot.chat('liang-shuhua');
    await chat.say('语言 繁體');
    const item96 = await chat.say('事項 96');
    expect(item96).toContain('測算研究並發布測算結果');
    expect(item96).not.toContain('併發布');
  });

  it('answers 取消 with nothing open as such, not as a failed lookup', async () => {
    const bot = await makeBot();
    expect(await bot.chat('xu-ting').say('取消')).toBe('目前没有进行中的操作，无需取消。发送“帮助”查看可用命令。');
    expect(await bot.chat('mark-fischer').say('cancel')).toContain('Nothing is in progress');
  });
});
