// Indicator value reports and corrections through the real core.
import { describe, expect, it } from 'vitest';
import { makeBot } from './helpers/fake-chat.ts';
import { allReports } from './helpers/logs.ts';
import type { Store } from '../src/db.ts';

const reports = (bot: { store: Store }) => allReports(bot.store);

describe('indicator value report', () => {
  it('takes E-codes in one line from the responsible department and shows the new value in a lookup', async () => {
    const bot = await makeBot();
    const chat = bot.chat('xu-ting'); // reporter of 市商务局, responsible for A2
    const summary = await chat.say('汇报 指标 A2 95 2016 市商务局统计');
    expect(summary).toMatch(/请确认指标数值：[\s\S]*A2 跨国公司总部数量：95/);
    expect(await chat.press('确认')).toContain('已保存：A2 = 95（2016 年）');
    expect((await reports(bot))[0]).toMatchObject({ indicator: 'A2', value: 95, year: 2016, source: '市商务局统计', by: 'xu-ting' });
    expect(await bot.chat('liang-shuhua').say('指标 A2')).toContain('最新值：95');
  });

  it('asks for what is missing and refuses bad values, years and other departments', async () => {
    const bot = await makeBot();
    const chat = bot.chat('xu-ting');
    expect(await chat.say('汇报 指标 E1')).toContain('您不能汇报其数值');
    expect(await chat.say('A4')).toContain('最新数值');
    expect(await chat.say('很多')).toContain('不是数字');
    await chat.say('1,234.5');
    expect(await chat.say('1999')).toContain('2000–2016');
    await chat.press('2016');
    const summary = await chat.say('海关统计');
    expect(summary).toContain('1,234.5');
    await chat.say('确认');
    expect((await reports(bot))[0]).toMatchObject({ indicator: 'A4', value: 1234.5 });
  });
});

describe('correction', () => {
  it('appends a correction pointing at the corrected report, within 24 hours only', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 80% 正常 初稿完成');
    await chat.press('确认');
    expect(await chat.say('更正')).toContain('更正第 92 项');
    await chat.press('不变：正常推进');
    await chat.say('70');
    await chat.press('沿用上次说明');
    expect(await chat.say('确认')).toContain('进度 70%');
    const [first, second] = await reports(bot);
    expect(second).toMatchObject({ item: 92, progress: 70, corrects: first!.id });
    expect(first).toMatchObject({ progress: 80 }); // never overwritten
    bot.clock.advance(25 * 3600_000);
    expect(await chat.say('更正')).toContain('超过 24 小时');
  });
});
