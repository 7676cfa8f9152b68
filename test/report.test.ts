// Reporting through the real core: the guided flow with buttons, one-line reports, every
// bad-input reply, permissions, cancel, restart and expiry, and no report lost or doubled.
import { describe, expect, it } from 'vitest';
import { createDuban } from '../src/app.ts';
import { FakeChat, makeBot } from './helpers/fake-chat.ts';
import { allReports } from './helpers/logs.ts';
import type { Store } from '../src/db.ts';

const reports = (bot: { store: Store }) => allReports(bot.store);

describe('guided report', () => {
  it('walks item -> status -> progress -> note -> evidence -> confirm, and saves once', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min'); // reporter of 协调组, which leads 92
    expect(await chat.say('汇报')).toContain('汇报哪一项');
    expect(await chat.press('92.')).toContain('第 92 项目前的状态');
    expect(await chat.press('正常推进')).toContain('完成进度');
    expect(await chat.say('60%')).toContain('请简要说明');
    expect(await chat.say('章程初稿已完成，待审议')).toContain('佐证');
    const summary = await chat.say('https://example.org/charter.pdf');
    expect(summary).toMatch(
      /请确认汇报：[\s\S]*状态：正常推进[\s\S]*进度：60%[\s\S]*说明：章程初稿已完成，待审议[\s\S]*佐证：https:\/\/example.org\/charter.pdf/,
    );
    expect(await reports(bot)).toHaveLength(0); // nothing saved before the confirmation
    const confirmKey = chat.choices[0]!.key;
    expect(await chat.press('确认')).toContain('已保存：第 92 项，进度 60%');
    const saved = await reports(bot);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      item: 92,
      status: 'on-track',
      progress: 60,
      by: 'zhao-min',
      platform: 'test',
      evidence: 'https://example.org/charter.pdf',
    });
    // The same button pressed again changes nothing.
    const again = await chat.send({ action: confirmKey });
    expect(again[0]!.text).toContain('按钮已过期');
    expect(await reports(bot)).toHaveLength(1);
    // An official sees the new status in a lookup.
    const lookup = await bot.chat('liang-shuhua').say('事项 92');
    expect(lookup).toContain('当前状态：正常推进，进度 60%');
    expect(lookup).toContain('最近更新：赵敏');
  });

  it('pre-fills each step from the last report, so "no change" is one tap', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    await chat.press('确认');
    await chat.say('汇报 92');
    expect(await chat.press('不变：正常推进')).toContain('完成进度');
    expect(await chat.press('不变：60%')).toContain('请简要说明');
    expect(await chat.press('沿用上次说明')).toContain('请确认汇报'); // "汇报 92" is one line: no evidence step
    expect(await chat.press('确认')).toContain('进度 60%');
    expect((await reports(bot)).map((r) => r.note)).toEqual(['初稿完成', '初稿完成']);
  });

  it('asks again, saying why, for every kind of bad input', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报');
    expect(await chat.say('999')).toContain('没有第 999 项');
    expect(await chat.say('22')).toContain('第 22 项由');
    expect(await chat.say('哈哈')).toContain('请给出事项编号');
    expect(await chat.say('92')).toContain('状态');
    expect(await chat.say('还行吧')).toContain('看不懂这个状态');
    await chat.say('正常推进');
    expect(await chat.say('120')).toContain('“120”不是 0–100 之间的百分比');
    expect(await chat.say('六十')).toContain('不是 0–100 之间的百分比');
    expect(await chat.say('-5')).toContain('不是 0–100');
    await chat.say('60');
    const empty = await chat.send({ text: '   ' });
    expect(empty[0]!.text).toContain('没有收到内容');
    const file = await chat.send({ file: { name: 'plan.pdf', ref: 'f1' } });
    expect(file[0]!.text).toContain('文件可以在下一步作为佐证发送');
    expect(await chat.say('很'.repeat(501))).toContain('说明太长：501 字，上限 500 字');
    await chat.say('ok');
    expect(await chat.say('not a link')).toContain('http');
    expect(await reports(bot)).toHaveLength(0);
  });

  it('leaves at any step with 取消 / cancel and saves nothing', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92');
    expect(await chat.say('取消')).toContain('已取消汇报，未保存任何内容');
    expect(await chat.say('92')).toContain('第 92 项'); // a lookup again, not an answer
    const en = bot.chat('mark-fischer');
    await en.say('report');
    expect(await en.say('cancel')).toContain('Report cancelled; nothing was saved');
    expect(await reports(bot)).toHaveLength(0);
  });

  it('resumes after a restart in the middle of a report', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92');
    await chat.press('有风险');
    const restarted = await createDuban({ store: bot.store, clock: bot.clock });
    const after = new FakeChat(restarted, 'zhao-min');
    expect(await after.say('40')).toContain('请简要说明');
    await after.say('场地未落实');
    await after.say('跳过');
    expect(await after.say('确认')).toContain('已保存');
    expect((await reports(bot))[0]).toMatchObject({ status: 'at-risk', progress: 40, note: '场地未落实' });
  });

  it('leaves an open report alone for a message from outside the chat (Slack Home asking "mine")', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92');
    const home = await chat.send({ text: 'mine', outsideConversation: true });
    expect(home[0]!.text).toContain('赵敏的待办');
    expect(await chat.say('有风险')).toContain('完成进度'); // the report goes on where it was
  });

  it('says an expired report expired and saved nothing', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92');
    bot.clock.advance(25 * 3600_000);
    const text = await chat.say('正常推进');
    expect(text).toContain('您未完成的汇报已过期，未保存任何内容');
    expect(await reports(bot)).toHaveLength(0);
  });
});

describe('one-line report', () => {
  it('reads 汇报 92 进度80% 已完成章程初稿, asks only for the missing status, echoes before saving', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    expect(await chat.say('汇报 92 进度80% 已完成章程初稿')).toContain('第 92 项目前的状态');
    const summary = await chat.press('正常推进');
    expect(summary).toContain('进度：80%');
    expect(summary).toContain('说明：已完成章程初稿');
    await chat.press('确认');
    expect((await reports(bot))[0]).toMatchObject({ item: 92, progress: 80, status: 'on-track', note: '已完成章程初稿' });
  });

  it('reads report 92 80% on track draft charter done in English, keeping "done" in the note', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min', { clientLang: 'en' });
    const summary = await bot.chat('mark-fischer').say('report 92 80% on track draft charter done');
    expect(summary).toContain('not one of your unit');
    const text = await chat.say('report 92 80% on track draft charter done');
    expect(text).toMatch(/Please confirm this report:[\s\S]*Status: on track[\s\S]*Progress: 80%[\s\S]*Note: draft charter done/);
  });

  it('records the secretariat entering a report on behalf of the lead unit', async () => {
    const bot = await makeBot();
    const chat = bot.chat('secretariat');
    expect(await chat.say('汇报 92 50% 滞后 场地待定')).toContain('代协调组填报');
    await chat.press('确认');
    expect((await reports(bot))[0]).toMatchObject({ by: 'secretariat', onBehalfOf: 'coordination-group', status: 'delayed' });
  });
});

describe('who may report', () => {
  it('refuses an unbound account and an official, and a report in a group', async () => {
    const bot = await makeBot();
    expect(await bot.chat('tg-unknown', { platform: 'telegram' }).say('汇报 92 50%')).toContain('尚未绑定');
    expect(await bot.chat('liang-shuhua').say('汇报 92 50%')).toContain('无权使用“汇报”');
    const group = await bot.core.handle({
      platform: 'test',
      chatId: 'g1',
      chatType: 'group',
      accountId: 'zhao-min',
      text: '汇报 92',
      addressed: true,
    });
    expect(group[0]!.text).toContain('私聊');
    expect(await reports(bot)).toHaveLength(0);
  });
});

describe('binding', () => {
  it('binds a Telegram account with a one-time code, which then may report', async () => {
    const bot = await makeBot();
    const issued = await bot.chat('secretariat').say('绑定 zhao-min');
    const code = /绑定码：([A-Z2-9]{8})/.exec(issued)![1]!;
    const tg = bot.chat('777', { platform: 'telegram' });
    expect(await tg.say(`/start ${code}`)).toContain('绑定成功：您好，赵敏');
    expect(bot.store.data.accounts).toContainEqual(
      expect.objectContaining({ platform: 'telegram', accountId: '777', personId: 'zhao-min' }),
    );
    expect(await tg.say('汇报 92 70% 正常 ok')).toContain('请确认汇报');
    expect(await bot.chat('888', { platform: 'telegram' }).say(`绑定 ${code}`)).toContain('已经用过');
    expect(await bot.chat('889', { platform: 'slack' }).say('绑定 ABCDEFGH')).toContain('绑定码无效');
  });

  it('refuses an expired code and a non-admin issuing one', async () => {
    const bot = await makeBot();
    const code = /绑定码：([A-Z2-9]{8})/.exec(await bot.chat('secretariat').say('绑定 zhao-min'))![1]!;
    bot.clock.advance(8 * 24 * 3600_000);
    expect(await bot.chat('1', { platform: 'telegram' }).say(`绑定 ${code}`)).toContain('已过期');
    expect(await bot.chat('zhao-min').say('绑定 li-na')).toContain('绑定码无效');
  });
});
