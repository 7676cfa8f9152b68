// After the invitations went out: the secretariat answers an expert's question (the answer
// reaches the expert in their language, both stay in the record, open questions are listed
// in 邀请情况), confirms before revoking an invitation, and can invite a revoked expert again
// with a fresh personal code.
import { describe, expect, it } from 'vitest';
import { COMMITTEE_LOG } from '../../src/committee/invitations/events.ts';
import { isMember } from '../../src/committee/members.ts';
import type { Reply } from '../../src/core/types.ts';
import { makeBot, type FakeChat } from '../helpers/fake-chat.ts';

const NOW = '2016-09-01T10:00:00+08:00';
const BOUND = ['sarah-mitchell', 'zhang-haibo', 'li-qiang', 'leung-ka-wai'];

async function setup() {
  const bot = await makeBot({ now: NOW });
  const sent: Array<{ to: string; reply: Reply }> = [];
  const blocked = new Set<string>();
  bot.core.services.notifier.register('test', async (to, reply) => {
    if (blocked.has(to.chatId)) return { ok: false, failure: 'blocked' };
    sent.push({ to: to.chatId, reply });
    return { ok: true };
  });
  await bot.store.update((db) => {
    for (const id of ['secretariat', ...BOUND]) db.accounts.push({ platform: 'test', accountId: id, personId: id, boundAt: NOW });
  });
  const sec = bot.chat('secretariat');
  await sec.say('邀请 发送 全部');
  await sec.press('确认发送');
  const last = (id: string) => sent.filter((s) => s.to === id).at(-1)!;
  const events = (expert: string) => bot.store.records(COMMITTEE_LOG).filter((e) => e.expert === expert);
  return { bot, sent, blocked, sec, last, events };
}

function press(chat: FakeChat, reply: Reply, label: string) {
  chat.choices = reply.choices ?? [];
  return chat.press(label);
}

describe('replying to an expert’s question', () => {
  it('sends the reply to the expert, keeps both in the record, and lists open questions until answered', async () => {
    const { bot, sec, last, events } = await setup();
    await bot.chat('li-qiang').say('邀请函 提问 会议在哪里举行？');
    expect(last('secretariat').reply.choices!.map((c) => c.label)).toEqual(['✍️ 答复']);
    const overview = await sec.say('邀请情况');
    expect(overview).toContain('待答复的提问（1 位专家）：');
    expect(overview).toContain('· 李强（li-qiang），2016年9月1日 10:00：会议在哪里举行？');

    expect(await sec.say('邀请 答复 li-qiang 在市级机关会议中心，地址另行通知。')).toBe('已答复 李强（1 个提问），已送达。');
    expect(last('li-qiang').reply.text).toBe(
      '秘书处就您关于邀请的提问答复如下：\n· 问：会议在哪里举行？\n答：在市级机关会议中心，地址另行通知。\n\n如还有问题，请发送“邀请函 提问 <问题>”。',
    );
    expect(events('li-qiang').slice(-2)).toMatchObject([
      { event: 'question', by: 'li-qiang', detail: { question: '会议在哪里举行？' } },
      { event: 'reply', by: 'secretariat', detail: { reply: '在市级机关会议中心，地址另行通知。' } },
    ]);
    expect(await sec.say('专家 li-qiang')).toContain('秘书处答复（王立新）：在市级机关会议中心，地址另行通知。');
    expect(await sec.say('邀请情况')).not.toContain('待答复的提问');
    // The expert sees the exchange again with the invitation.
    expect(await bot.chat('li-qiang').say('邀请函')).toContain(
      '您的提问与秘书处的答复：\n· 问：会议在哪里举行？\n· 答：在市级机关会议中心',
    );
  });

  it('takes the reply in a conversation from the notice’s button, in the expert’s language', async () => {
    const { bot, sec, last } = await setup();
    const sarah = bot.chat('sarah-mitchell');
    await press(sarah, last('sarah-mitchell').reply, 'Ask');
    await sarah.say('Are travel costs covered?');
    const asked = await press(sec, last('secretariat').reply, '答复');
    expect(asked).toContain('请写下给 莎拉·米切尔 的答复');
    expect(asked).toContain('· 问：Are travel costs covered?');
    expect(await sec.say('Yes: the city covers travel and accommodation.')).toBe('已答复 莎拉·米切尔（1 个提问），已送达。');
    expect(last('sarah-mitchell').reply.text).toContain(
      'The secretariat replies to your question about the invitation:\n· Q: Are travel costs covered?\nA: Yes: the city covers travel and accommodation.',
    );
  });

  it('refuses a reply to an expert who asked nothing, and keeps a reply that could not be delivered', async () => {
    const { bot, sec, blocked, events } = await setup();
    expect(await sec.say('邀请 答复 zhang-haibo 您好')).toBe('张海波 没有就邀请提过问题，无需答复。');
    expect(await sec.say('邀请 答复 nobody-at-all 您好')).toContain('名单中没有“nobody-at-all”');
    await bot.chat('leung-ka-wai').say('邀请函 提问 需要出席几次会议？');
    blocked.add('leung-ka-wai');
    expect(await sec.say('邀请 答复 leung-ka-wai 每年两次。')).toContain('暂无法送达');
    expect(events('leung-ka-wai').at(-1)).toMatchObject({ event: 'reply', detail: { reply: '每年两次。' } });
    expect(await sec.say('邀请 答复 leung-ka-wai ' + '长'.repeat(2001))).toContain('内容太长：2001 字');
  });
});

describe('revoking an invitation', () => {
  it('asks for confirmation first; cancelling changes nothing; confirming revokes once', async () => {
    const { bot, sec, events } = await setup();
    await bot.chat('zhang-haibo').say('邀请函 接受');
    await sec.say('委员会 主任 zhang-haibo');
    const ask = await sec.say('邀请 撤回 zhang-haibo 重复提名');
    expect(ask).toContain(
      '撤回 张海波（zhang-haibo）的邀请？其邀请函按钮和专属链接将失效；张海波 已接受邀请，将不再是委员，并卸任主任。原因：重复提名。',
    );
    expect(sec.choices.map((c) => c.label)).toEqual(['确认撤回', '取消']);
    expect(bot.store.data.invitations['zhang-haibo']!.revokedAt).toBeUndefined();
    expect(await sec.press('取消')).toBe('已取消，邀请未撤回。');
    expect(isMember(bot.store, 'zhang-haibo')).toBe(true);

    await sec.say('邀请 撤回 zhang-haibo 重复提名');
    const confirmKey = sec.choices[0]!.key;
    expect(await sec.press('确认撤回')).toContain('已撤回 张海波 的邀请');
    expect(isMember(bot.store, 'zhang-haibo')).toBe(false);
    expect(bot.store.data.committee.chair).toBeUndefined();
    expect(events('zhang-haibo').at(-1)).toMatchObject({ event: 'revoked', by: 'secretariat', detail: { reason: '重复提名' } });
    // The same confirmation again: nothing more.
    expect((await sec.send({ action: confirmKey }))[0]!.text).toContain('此前已撤回');
    expect(events('zhang-haibo').filter((e) => e.event === 'revoked')).toHaveLength(1);
    // A day later the confirmation no longer works.
    await sec.say('邀请 撤回 li-qiang');
    bot.clock.advance(25 * 3600_000);
    expect(await sec.press('确认撤回')).toContain('这个确认已失效');
    expect(bot.store.data.invitations['li-qiang']!.revokedAt).toBeUndefined();
  });

  it('lets a revoked expert be invited again, by name only, with a fresh code', async () => {
    const { bot, sec, last, events } = await setup();
    const old = bot.store.data.invitations['yuko-tanaka']!.code;
    await sec.say('邀请 撤回 yuko-tanaka');
    await sec.press('确认撤回');
    // "All" leaves the revoked out.
    expect(await sec.say('邀请 发送 全部')).toContain('已撤回 1 位');

    const ask = await sec.say('邀请 发送 yuko-tanaka');
    expect(ask).toContain('其中 1 位的邀请此前已撤回：将重新邀请，启用新的专属链接（旧链接作废）。');
    const report = await sec.press('确认发送');
    expect(report).toContain('已发送 1 份邀请函');
    const inv = bot.store.data.invitations['yuko-tanaka']!;
    expect(inv.code).not.toBe(old);
    expect(inv.revokedAt).toBeUndefined();
    expect(events('yuko-tanaka').at(-2)).toMatchObject({ event: 'invited', detail: { again: 'revoked' } });
    expect(await sec.say('专家 yuko-tanaka')).toContain('撤回后重新发送邀请函，启用新的专属链接');

    // The old personal link opens nothing; the new one binds a new account and shows the letter.
    const tg = bot.chat('7700001', { platform: 'telegram' });
    expect(await tg.say(`invitation ${old}`)).not.toContain('Dear Yuko Tanaka');
    expect(await tg.say(`invitation ${inv.code}`)).toContain('Dear Yuko Tanaka');
    expect(await tg.press('Accept')).toContain('Thank you for accepting');
    expect(isMember(bot.store, 'yuko-tanaka')).toBe(true);

    // A bound expert invited again gets the letter in their chat.
    await sec.say('邀请 撤回 sarah-mitchell');
    await sec.press('确认撤回');
    await sec.say('邀请 发送 sarah-mitchell');
    await sec.press('确认发送');
    expect(last('sarah-mitchell').reply.text).toContain('Dear Sarah Mitchell');
    expect(await press(bot.chat('sarah-mitchell'), last('sarah-mitchell').reply, 'Accept')).toContain('Thank you for accepting');
  });
});
