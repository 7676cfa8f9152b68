// Bad input and safety for consultations: who may do what, every malformed form with its
// own reply, unknown ids, drafts that are discarded or sent twice, answers that are not
// revisions, commands typed while answering, and a redelivered message recorded once (also
// after a restart, when the core's own duplicate check has been forgotten).
import { describe, expect, it } from 'vitest';
import { createDuban } from '../../src/app.ts';
import { ANSWERS_LOG } from '../../src/committee/consultations/answers.ts';
import { parseCreate, parseDeadline } from '../../src/committee/consultations/parse.ts';
import { FakeChat } from '../helpers/fake-chat.ts';
import { consultBot } from './consult-setup.ts';

const NOW = '2016-11-20T10:00:00+08:00';
const MEMBERS = ['liu-yan', 'luo-qing', 'xu-hui', 'wu-gang'];
const FORM = '征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 规划、贸易 | 问题：请提出修改建议';

async function withConsultation() {
  const bot = await consultBot({ now: NOW, members: MEMBERS });
  const sec = bot.chat('secretariat');
  await sec.say(FORM);
  await sec.press('发送');
  return { bot, sec };
}

describe('the one-message form', () => {
  it('reads dates in Shanghai time, the day alone meaning its end, and refuses impossible ones', () => {
    expect(parseDeadline('2016-12-10')).toBe('2016-12-10T15:59:59.000Z');
    expect(parseDeadline('2016年12月10日')).toBe('2016-12-10T15:59:59.000Z');
    expect(parseDeadline('2016/12/10 18:00')).toBe('2016-12-10T10:00:00.000Z');
    expect(parseDeadline('２０１６-１２-１０ 9点')).toBe('2016-12-10T01:00:00.000Z');
    expect(parseDeadline('2016-02-30')).toBeUndefined();
    expect(parseDeadline('2016-12-10 25:00')).toBeUndefined();
    expect(parseDeadline('下周五')).toBeUndefined();
  });

  it('takes parts on separate lines, keeps "|" inside the question, and reads fields in Chinese', () => {
    const r = parseCreate('对指标体系的意见\n截止：2016-12-01\n领域 金融，外事\n问题：A | B 两个方案\n第二行', new Date(NOW));
    expect(r).toEqual({
      ok: true,
      draft: {
        title: '对指标体系的意见',
        deadline: '2016-12-01T15:59:59.000Z',
        fields: ['finance', 'foreign-affairs'],
        question: 'A | B 两个方案\n第二行',
      },
    });
  });

  it('answers every mistake at once, specifically, and creates nothing', async () => {
    const bot = await consultBot({ now: NOW, members: MEMBERS });
    const sec = bot.chat('secretariat');
    const reply = await sec.say('征求意见 新建 | 截止 2016-11-01 | 领域 planing, 规划, oceans | 链接 example.org | 问题：');
    expect(reply).toContain('征求意见没有创建');
    expect(reply).toContain('缺少标题');
    expect(reply).toContain('截止日期“2016-11-01”已经过去');
    expect(reply).toContain('未知的领域：planing, oceans。可选领域：finance, trade, foreign-affairs, planning,');
    expect(reply).toContain('链接“example.org”不是网址');
    expect(reply).toContain('问题不能为空');
    expect(await sec.say('征求意见 新建 标题 | 截止 2016-02-30 | 问题：?')).toContain('看不懂截止日期“2016-02-30”');
    expect(await sec.say('征求意见 新建 标题 | 问题：有问题')).toContain('缺少截止日期');
    expect(await sec.say('征求意见 新建 标题 | 截止 2016-12-10 | 领域 ocean | 问题：有问题')).toContain(
      '没有可发送的成员：海洋中还没有已接受邀请的委员',
    );
    expect(Object.keys(bot.store.data.consultations)).toEqual([]);
    expect(bot.sent).toHaveLength(0);
  });

  it('reuses the draft when the same form comes again, and a discarded draft is never sent', async () => {
    const bot = await consultBot({ now: NOW, members: MEMBERS });
    const sec = bot.chat('secretariat');
    await sec.say(FORM);
    const send = sec.choices[0]!.key;
    await sec.say(FORM);
    expect(Object.keys(bot.store.data.consultations)).toEqual(['C1']);
    expect(await sec.press('放弃')).toContain('已放弃草稿 C1');
    expect(await sec.send({ action: send }).then((r) => r[0]!.text)).toContain('C1 是已放弃的草稿，没有发送');
    expect(bot.sent).toHaveLength(0);
    await sec.say(FORM); // a new draft gets a new id: the old buttons never mean it
    expect(Object.keys(bot.store.data.consultations)).toEqual(['C1', 'C2']);
    expect(await sec.say('征求意见')).toContain('C2《对行动计划2017年版的意见》草稿（未发送）');
  });
});

describe('who may do what', () => {
  it('lets only the secretariat send, remind, read and export, and only recipients answer', async () => {
    const { bot, sec } = await withConsultation();
    for (const line of [FORM, '征求意见 催办 C1', '征求意见 阅读 C1', '征求意见 导出 C1']) {
      expect(await bot.chat('liu-yan').say(line)).toContain('您的角色无权使用“征求意见”');
    }
    expect(await sec.say('答复 C1')).toContain('您的角色无权使用“答复”');
    expect(await bot.chat('wu-gang').say('答复 C1')).toContain('征求意见 C1《对行动计划2017年版的意见》没有发给您');
    expect(await bot.chat('peng-lin').say('答复 C1')).toContain('没有发给您'); // planning, but not a member
    // A member whose membership was revoked after the sending can no longer answer.
    await bot.store.update((db) => void (db.invitations['luo-qing']!.revokedAt = '2016-11-20T01:00:00.000Z'));
    expect(await bot.chat('luo-qing').say('答复 C1')).toContain('没有发给您');
    const replies = await bot.core.handle({
      platform: 'test',
      chatId: 'g1',
      chatType: 'group',
      accountId: 'liu-yan',
      text: '答复 C1',
      addressed: true,
    });
    // Asked in a group, the answer goes on in the direct chat; the group is only told so.
    expect(replies.map((r) => r.text)).toEqual([expect.stringContaining('已私信回复您')]);
  });

  it('names unknown consultation ids and lists the existing ones', async () => {
    const { bot, sec } = await withConsultation();
    expect(await sec.say('征求意见 C99')).toBe('没有编号为“C99”的征求意见。\n现有编号：C1');
    expect(await sec.say('征求意见 催办 C7')).toContain('没有编号为“C7”的征求意见');
    expect(await sec.say('征求意见 阅读')).toContain('请给出征求意见编号');
    expect(await sec.say('征求意见 删除 C1')).toContain('看不懂“删除”');
    expect(await bot.chat('liu-yan').say('答复 C99')).toContain('没有编号为“C99”的征求意见');
    expect(await bot.chat('liu-yan').say('答复 计划')).toContain('看不懂“计划”');
  });

  it('does not remind before sending or after everyone answered, and the read refuses unknown experts', async () => {
    const { bot, sec } = await withConsultation();
    for (const id of ['liu-yan', 'luo-qing', 'xu-hui']) {
      const chat = bot.chat(id);
      await chat.say('答复 C1');
      await chat.say(`${id} 的意见`);
      await chat.say('完成');
    }
    expect(await sec.say('征求意见 催办 C1')).toContain('C1 的成员都已答复，没有需要催办的人');
    expect(await sec.say('征求意见 阅读 C1 王五')).toContain('C1 的收件人中没有“王五”');
    expect(await sec.say('征求意见 阅读 C1 罗')).toContain('罗青（规划，中国）对 C1 的答复（有效 1 条） — 第 1/1 页');
    expect(await sec.say('征求意见 阅读 C1 9')).toContain('没有第 9 页，共 1 页');
    await sec.say('征求意见 新建 第二次 | 截止 2016-12-20 | 问题：？');
    expect(await sec.say('征求意见 催办 C2')).toContain('C2 还是草稿，尚未发送，不能催办');
  });
});

describe('answering', () => {
  it('tells revisions from answers, refuses changes to messages that are not there, and leaves for commands', async () => {
    const { bot } = await withConsultation();
    const liu = bot.chat('liu-yan');
    await liu.say('答复 C1');
    expect(await liu.say('修改意见如下：第三部分应当细化。')).toContain('记录了您的第 1 条意见');
    expect(await liu.say('修改 5 新内容')).toContain('没有第 5 条意见：您目前共有 1 条');
    expect(await liu.say('修改')).toContain('请说明修改第几条');
    expect(await liu.say('事项92的时限太紧。')).toContain('记录了您的第 2 条意见');
    expect(await liu.say('撤回 2')).toContain('已撤回您的第 2 条意见');
    expect(await liu.say('撤回 2')).toContain('第 2 条意见已经撤回');
    expect(await liu.say('修改 C2 1 别的')).toContain('您正在答复 C1');
    // Revising in two steps: the number, then the new text.
    expect(await liu.say('修改 1')).toContain('请发送第 1 条意见的新内容（当前 16 字');
    expect(await liu.say('修改后的意见：第三部分应当细化到区市。')).toContain('已修改您的第 1 条意见');
    // A file alone is a message; the answer command typed inside the conversation works there.
    expect(await liu.send({ file: { name: '补充材料.pdf', ref: 'f9' } }).then((r) => r[0]!.text)).toContain(
      '记录了您的第 3 条意见（无文字，1 个附件）',
    );
    expect(await liu.say('答复 修改 3 见附件')).toContain('已修改您的第 3 条意见（现共 3 字，1 个附件）');
    // A command leaves the conversation and runs; it is not recorded.
    const item = await liu.say('事项 92');
    expect(item).toContain('第 92 项');
    expect(
      bot.store
        .records(ANSWERS_LOG)
        .filter((r) => r.kind === 'message')
        .map((r) => r.text),
    ).toEqual(['修改意见如下：第三部分应当细化。', '事项92的时限太紧。', undefined]);
    // One-line revision and withdrawal work outside the conversation too.
    expect(await liu.say('答复 修改 C1 1 最终意见')).toContain('已修改您的第 1 条意见（现共 4 字）');
    expect(await liu.say('答复 撤回 1')).toContain('已撤回您的第 1 条意见');
  });

  it('records a redelivered message once, also after a restart', async () => {
    const { bot } = await withConsultation();
    const liu = bot.chat('liu-yan');
    await liu.say('答复 C1');
    await liu.send({ text: '只应记录一次', deliveryId: 'upd-1' });
    await liu.send({ text: '只应记录一次', deliveryId: 'upd-1' }); // dropped by the core
    // A new process on the same store: the delivery is remembered in the store, so it is not handled again.
    const again = await createDuban({ store: bot.store, clock: bot.clock });
    expect(await new FakeChat(again, 'liu-yan').send({ text: '只应记录一次', deliveryId: 'upd-1' })).toEqual([]);
    await new FakeChat(again, 'liu-yan').send({ text: '第二条', deliveryId: 'upd-2' });
    expect(bot.store.records(ANSWERS_LOG).map((r) => r.text)).toEqual(['只应记录一次', '第二条']);
  });

  it('records who could not be reached, and why', async () => {
    const bot = await consultBot({ now: NOW, members: MEMBERS });
    bot.core.services.notifier.register('test', async (to) =>
      to.chatId === 'acc-xu-hui' ? { ok: false, failure: 'blocked' } : { ok: true },
    );
    const sec = bot.chat('secretariat');
    await sec.say(FORM);
    expect(await sec.press('发送')).toBe('已发送征求意见 C1：2/3 位成员已收到。\n无法送达（已屏蔽机器人） 1 位：徐辉');
    expect(await sec.say('征求意见 C1')).toContain('未能送达 1 位：徐辉');
  });
});
