// Invitations through the real core (fake adapter + a capture port): the letter edited and
// previewed, all 59 sent after a confirmation (unbound ones reported with their deep link),
// answers (accept, decline with a reason, change), opening by the personal code from an
// unbound Telegram account, refusals, and the last-answer notice sent once.
import { describe, expect, it } from 'vitest';
import { COMMITTEE_LOG, type CommitteeEvent } from '../../src/committee/invitations/events.ts';
import { openInvitationByCode } from '../../src/committee/invitations/open.ts';
import { isMember } from '../../src/committee/members.ts';
import { Context } from '../../src/core/context.ts';
import type { Reply } from '../../src/core/types.ts';
import { makeBot, type FakeChat, type TestBot } from '../helpers/fake-chat.ts';

const NOW = '2016-09-01T10:00:00+08:00';
const BOUND = ['sarah-mitchell', 'david-cohen', 'zhang-haibo', 'wang-xiaomei', 'li-qiang', 'leung-ka-wai'];

interface Sent {
  to: string;
  reply: Reply;
}

async function setup(bound = BOUND) {
  const bot = await makeBot({ now: NOW });
  const sent: Sent[] = [];
  const { notifier } = bot.core.services;
  notifier.register('test', async (to, reply) => {
    sent.push({ to: to.chatId, reply });
    return { ok: true };
  });
  notifier.registerDeepLink('telegram', (p) => 'https://t.me/duban_bot?start=' + p);
  await bot.store.update((db) => {
    for (const id of ['secretariat', ...bound]) db.accounts.push({ platform: 'test', accountId: id, personId: id, boundAt: NOW });
  });
  return { bot, sent, sec: bot.chat('secretariat') };
}

const events = (bot: TestBot, expert?: string) =>
  (bot.store.records(COMMITTEE_LOG) as CommitteeEvent[]).filter((e) => !expert || e.expert === expert);
const inbox = (sent: Sent[], id: string) => sent.filter((s) => s.to === id);
const last = (sent: Sent[], id: string) => inbox(sent, id).at(-1)!;

/** Presses a button of a message the bot sent first. */
function press(chat: FakeChat, reply: Reply, label: string) {
  chat.choices = reply.choices ?? [];
  return chat.press(label);
}

async function sendAll(bot: TestBot, sec: FakeChat) {
  const prompt = await sec.say('邀请 发送 全部');
  const confirmKey = sec.choices[0]!.key;
  const report = await sec.press('确认发送');
  return { prompt, report, confirmKey };
}

describe('the letter', () => {
  it('is edited per language, refused with a typo in a placeholder, and previewed as the expert reads it', async () => {
    const { bot, sec } = await setup();
    expect(await sec.say('邀请 函')).toContain('当前使用默认模板');
    expect(await sec.say('邀请 函 中文 尊敬的{nmae}：')).toContain('不认识的占位符：{nmae}');
    expect(await sec.say('邀请 函 中文 您好')).toContain('需要有 {name}');
    expect(await sec.say('邀请 函 法文 Bonjour {name}')).toContain('要修改哪种语言');
    expect(bot.store.data.committee.letter).toBeUndefined();

    expect(await sec.say('邀请 函 中文 尊敬的{name}（{organisation}）：\n诚邀您担任专家咨询委员会委员。\n市委书记、市长')).toContain(
      '已保存中文模板',
    );
    const letter = bot.store.data.committee.letter!;
    expect(letter).toMatchObject({ updatedBy: 'secretariat', updatedAt: new Date(NOW).toISOString() });
    expect(letter.en).toContain('Dear {name} ({title}, {organisation})'); // the other language keeps the default

    // A Hong Kong expert reads the Chinese letter in Traditional script, filled with their name.
    const hk = await sec.say('邀请 预览 leung-ka-wai');
    expect(hk).toContain('繁体中文');
    expect(hk).toContain('尊敬的梁家偉（');
    expect(hk).toContain('誠邀您擔任專家諮詢委員會委員');
    expect(hk).toContain('[✅ 接受邀請]');
    // An American expert reads the English default.
    const us = await sec.say('邀请 预览 Sarah Mitchell');
    expect(us).toContain('Dear Sarah Mitchell (Professor of City Planning, Example Institute of Urban Studies)');
    expect(us).toContain('Secretary of the CPC Qingdao Municipal Committee');
    expect(us).toContain('[✅ Accept] [✖️ Decline] [❓ Ask the secretariat]');
    expect(await sec.say('邀请 预览 nobody-here')).toContain('名单中没有“nobody-here”');

    expect(await sec.say('邀请 函 恢复默认')).toContain('已恢复默认模板');
    expect(bot.store.data.committee.letter).toBeUndefined();
  });
});

describe('sending', () => {
  it('invites all 59 after the confirmation; the unbound are reported with their deep link', async () => {
    const { bot, sent, sec } = await setup();
    const { prompt, report, confirmKey } = await sendAll(bot, sec);
    expect(prompt).toContain('将向 59 位候选人发送邀请函（简体 41、繁体 6、英文 12）');
    expect(prompt).toContain('其中 6 位可直接送达；53 位尚未绑定聊天账号');
    expect(report).toContain('已发送 59 份邀请函：已送达 6 位，暂无法送达 53 位');
    const robert = bot.store.data.invitations['robert-hayes']!;
    expect(report).toContain(`· 罗伯特·海斯（robert-hayes）尚未绑定聊天账号：https://t.me/duban_bot?start=${robert.code}`);
    expect(report).toContain('另有 28 位，发送“邀请 链接”查看全部');

    // Each state carries its time.
    const at = new Date(NOW).toISOString();
    expect(Object.keys(bot.store.data.invitations)).toHaveLength(59);
    expect(bot.store.data.invitations['sarah-mitchell']).toMatchObject({ invitedAt: at, deliveredAt: at, reminders: 0 });
    expect(robert).toMatchObject({
      invitedAt: at,
      unreachableAt: at,
      unreachableReason: 'unreachable: no bound account on a running platform',
    });
    expect(robert.deliveredAt).toBeUndefined();
    expect(events(bot, 'robert-hayes').map((e) => e.event)).toEqual(['invited', 'unreachable']);
    expect(events(bot, 'robert-hayes')[1]!.detail).toMatchObject({ links: [`https://t.me/duban_bot?start=${robert.code}`] });

    // Each bound expert got the letter in their language, with their own buttons.
    expect(
      sent
        .filter((s) => s.to !== 'secretariat')
        .map((s) => s.to)
        .sort(),
    ).toEqual([...BOUND].sort());
    expect(last(sent, 'sarah-mitchell').reply.text).toContain('Dear Sarah Mitchell');
    expect(last(sent, 'zhang-haibo').reply.text).toContain('尊敬的张海波（');
    expect(last(sent, 'leung-ka-wai').reply.text).toContain('尊敬的梁家偉（');
    expect(last(sent, 'leung-ka-wai').reply.text).toContain('國際城市戰略');
    expect(last(sent, 'sarah-mitchell').reply.choices!.map((c) => c.label)).toEqual(['✅ Accept', '✖️ Decline', '❓ Ask the secretariat']);

    // The confirmation pressed again (or redelivered) sends nothing.
    const again = await sec.send({ action: confirmKey });
    expect(again[0]!.text).toContain('已经发送过，本次未重复发送');
    expect(sent.filter((s) => s.to !== 'secretariat')).toHaveLength(BOUND.length);
    expect(events(bot).filter((e) => e.event === 'invited')).toHaveLength(59);

    // The links of those not reachable yet, to forward by other means: all 53, in messages of 20.
    const links = await sec.send({ text: '邀请 链接' });
    expect(links[0]!.text).toContain('暂无法送达的 53 位专家');
    expect(links.slice(1).map((r) => r.text.split('\n').length)).toEqual([20, 20, 13]);
  });

  it('records a bound expert who blocked the bot as not reachable, with the link, and delivers on a later send', async () => {
    const { bot, sent, sec } = await setup();
    let blocked = true;
    bot.core.services.notifier.register('test', async (to, reply) => {
      if (to.chatId === 'li-qiang' && blocked) return { ok: false, failure: 'blocked', detail: 'Forbidden: bot was blocked by the user' };
      sent.push({ to: to.chatId, reply });
      return { ok: true };
    });
    const report = (await sendAll(bot, sec)).report;
    expect(report).toContain('已送达 5 位，暂无法送达 54 位');
    const inv = bot.store.data.invitations['li-qiang']!;
    expect(report).toContain(`· 李强（li-qiang）已屏蔽机器人：https://t.me/duban_bot?start=${inv.code}`);
    expect(inv.unreachableReason).toBe('blocked: Forbidden: bot was blocked by the user');
    expect(await sec.say('专家 暂无法送达')).toContain('li-qiang · 李强');
    // Unblocked later: sending to the not reachable ones again reaches him.
    blocked = false;
    bot.clock.advance(3600_000);
    expect(await sec.say('邀请 发送 li-qiang')).toContain('将向 1 位候选人');
    expect(await sec.press('确认')).toContain('已发送 1 份邀请函：已送达 1 位，暂无法送达 0 位');
    expect(bot.store.data.invitations['li-qiang']!.deliveredAt).toBe('2016-09-01T03:00:00.000Z');
    expect(events(bot, 'li-qiang').map((e) => e.event)).toEqual(['invited', 'unreachable', 'invited', 'delivered']);
  });

  it('sends to a subset by ids, by field or by country, and cancels on request', async () => {
    const { bot, sent, sec } = await setup();
    expect(await sec.say('invite send finance US')).toContain('将向 1 位候选人'); // David Cohen only
    expect(await sec.press('取消')).toContain('已取消，未发送任何内容');
    expect(bot.store.data.invitations['david-cohen']).toBeUndefined();

    expect(await sec.say('邀请 发送 david-cohen zhang-haibo')).toContain('将向 2 位候选人');
    expect(await sec.press('确认')).toContain('已发送 2 份邀请函：已送达 2 位，暂无法送达 0 位');
    expect(await sec.say('邀请 发送 国外')).toContain('将向 11 位候选人'); // 12 from abroad, David already reached
    expect(await sec.say('邀请 发送 香港')).toContain('将向 6 位候选人');
    expect(await sec.say('邀请 发送 nobody')).toContain('名单中没有“nobody”');
    expect(await sec.say('邀请 发送')).toContain('发送给谁');
    expect(inbox(sent, 'david-cohen')).toHaveLength(1);
  });

  it('is for the secretariat only', async () => {
    const { bot } = await setup();
    expect(await bot.chat('sarah-mitchell').say('invite send all')).toContain('may not use "invite"');
    expect(await bot.chat('liang-shuhua').say('邀请 发送 全部')).toContain('您的角色无权使用“邀请”');
    expect(Object.keys(bot.store.data.invitations)).toHaveLength(0);
  });
});

describe('answers', () => {
  it('accepts, declines with a reason (the secretariat is told), changes an answer, and ignores a repeat', async () => {
    const { bot, sent, sec } = await setup();
    await sendAll(bot, sec);
    const sarah = bot.chat('sarah-mitchell');
    const zhang = bot.chat('zhang-haibo');

    // Accept with the button.
    expect(await press(zhang, last(sent, 'zhang-haibo').reply, '接受')).toContain('感谢您接受邀请');
    expect(isMember(bot.store, 'zhang-haibo')).toBe(true);
    // The same button again: nothing changes, nothing is logged.
    const before = events(bot, 'zhang-haibo').length;
    const repeat = await zhang.send({ action: last(sent, 'zhang-haibo').reply.choices![0]!.key });
    expect(repeat[0]!.text).toContain('您此前已接受邀请（2016年9月1日 10:00），答复未变');
    expect(events(bot, 'zhang-haibo')).toHaveLength(before);

    // Decline with the button, then a reason in a short conversation.
    const noticesBefore = inbox(sent, 'secretariat').length;
    const declined = await press(sarah, last(sent, 'sarah-mitchell').reply, 'Decline');
    expect(declined).toContain('Your decline is recorded');
    expect(declined).toContain('tell us why');
    expect(last(sent, 'secretariat').reply.text).toBe('邀请答复：莎拉·米切尔（sarah-mitchell）谢绝了邀请。');
    expect(await sarah.say('I will be on sabbatical abroad all year')).toContain('passed to the secretariat');
    expect(last(sent, 'secretariat').reply.text).toBe(
      '莎拉·米切尔（sarah-mitchell）补充了谢绝原因：I will be on sabbatical abroad all year',
    );
    expect(inbox(sent, 'secretariat').length).toBe(noticesBefore + 2);
    expect(bot.store.data.invitations['sarah-mitchell']).toMatchObject({
      answer: 'declined',
      declineReason: 'I will be on sabbatical abroad all year',
    });

    // Decline typed with its reason, in one line: no follow-up question.
    const david = await bot.chat('david-cohen').say('invitation decline Conflict of interest with my employer');
    expect(david).toBe('Your decline is recorded. Thank you for considering it.');
    expect(last(sent, 'secretariat').reply.text).toContain('原因：Conflict of interest with my employer');

    // The answer changed later: recorded, with what it was, and the secretariat told.
    bot.clock.advance(2 * 86_400_000);
    expect(await sarah.say('invitation accept')).toContain('Changed to accept');
    expect(isMember(bot.store, 'sarah-mitchell')).toBe(true);
    expect(bot.store.data.invitations['sarah-mitchell']!.declineReason).toBeUndefined();
    expect(bot.store.data.invitations['sarah-mitchell']!.answeredAt).toBe('2016-09-03T02:00:00.000Z');
    expect(last(sent, 'secretariat').reply.text).toBe('邀请答复：莎拉·米切尔（sarah-mitchell）接受了邀请（此前为谢绝）。');
    expect(events(bot, 'sarah-mitchell').map((e) => [e.event, e.detail?.from ?? ''])).toEqual([
      ['invited', ''],
      ['delivered', ''],
      ['opened', ''],
      ['declined', ''],
      ['reason', ''],
      ['accepted', 'declined'],
    ]);
    // The expert sees times in their own zone (Los Angeles: the day before, in the evening).
    expect(await sarah.say('invitation accept')).toContain('You already accepted (2 Sept 2016, 19:00)');

    // A question goes to the secretariat: typed in one line, or after the button.
    expect(await bot.chat('li-qiang').say('邀请函 提问 会议在哪里举行？')).toContain('已转给秘书处');
    expect(last(sent, 'secretariat').reply.text).toBe('李强（li-qiang）就邀请提问：会议在哪里举行？');
    const wang = bot.chat('wang-xiaomei');
    expect(await press(wang, last(sent, 'wang-xiaomei').reply, '提问')).toContain('请写下您的问题');
    expect(await wang.say('需要准备发言稿吗？')).toContain('已转给秘书处');
    expect(last(sent, 'secretariat').reply.text).toBe('王晓梅（wang-xiaomei）就邀请提问：需要准备发言稿吗？');
    expect(bot.store.data.invitations['wang-xiaomei']!.answer).toBeUndefined(); // asking is no answer
    // Declining and then skipping the reason.
    const hk = bot.chat('leung-ka-wai');
    await press(hk, last(sent, 'leung-ka-wai').reply, '謝絕');
    expect(await hk.press('跳過')).toContain('不附原因');
    expect(bot.store.data.invitations['leung-ka-wai']).toMatchObject({ answer: 'declined' });
    expect(bot.store.data.invitations['leung-ka-wai']!.declineReason).toBeUndefined();
  });

  it('opens by the personal code from an unbound Telegram account: binds it, shows the invitation, takes the answer', async () => {
    const { bot, sec } = await setup();
    await sendAll(bot, sec);
    const code = bot.store.data.invitations['yuko-tanaka']!.code;
    const tg = bot.chat('7700001', { platform: 'telegram', clientLang: 'ja' });
    const opened = await tg.say(`invitation ${code.toLowerCase()}`);
    expect(opened).toContain('Welcome, Yuko Tanaka!');
    expect(opened).toContain('Dear Yuko Tanaka (');
    expect(bot.store.data.accounts).toContainEqual(
      expect.objectContaining({ platform: 'telegram', accountId: '7700001', personId: 'yuko-tanaka' }),
    );
    const inv = bot.store.data.invitations['yuko-tanaka']!;
    expect(inv.deliveredAt).toBe(new Date(NOW).toISOString());
    expect(inv.openedAt).toBe(new Date(NOW).toISOString());
    expect(events(bot, 'yuko-tanaka').map((e) => e.event)).toEqual(['invited', 'unreachable', 'bound', 'delivered', 'opened']);
    expect(await tg.press('Accept')).toContain('Thank you for accepting');
    expect(isMember(bot.store, 'yuko-tanaka')).toBe(true);

    // The same code from another unbound account binds nothing.
    expect(await bot.chat('7700002', { platform: 'telegram' }).say(`invitation ${code}`)).toContain(
      'This personal link was already used on another account',
    );
    expect(bot.store.data.accounts.filter((a) => a.personId === 'yuko-tanaka')).toHaveLength(1);
    // Someone else's code from a bound expert's account does not open.
    const other = bot.store.data.invitations['robert-hayes']!.code;
    expect(await tg.say(`invitation ${other}`)).toContain('another expert');
  });

  it('openInvitationByCode handles only invitation codes (what bind.ts calls for /start <code>)', async () => {
    const { bot, sec } = await setup();
    await sendAll(bot, sec);
    const ctx = (accountId: string) =>
      new Context(
        bot.core.services,
        { platform: 'telegram', chatId: accountId, chatType: 'direct', accountId, text: '/start' },
        undefined,
        'zh-Hans',
      );
    expect(await openInvitationByCode(ctx('1'), 'K7Q2M9XD')).toBe(false); // a binding code's shape
    expect(await openInvitationByCode(ctx('1'), 'ABCDEFGHJK')).toBe(false); // no such invitation
    const c = ctx('1');
    expect(await openInvitationByCode(c, bot.store.data.invitations['kim-ji-hoon']!.code)).toBe(true);
    expect(c.replies.map((r) => r.text).join('\n')).toContain('Dear Kim Ji-hoon');
    expect(c.replies.at(-1)!.choices).toHaveLength(3);
  });

  it('opens through the Telegram deep link: /start <code>', async () => {
    const { bot, sec } = await setup();
    await sendAll(bot, sec);
    const code = bot.store.data.invitations['anna-schneider']!.code;
    const tg = bot.chat('7700003', { platform: 'telegram' });
    expect(await tg.say(`/start ${code}`)).toContain('Dear Anna Schneider');
    expect(bot.store.data.invitations['anna-schneider']!.deliveredAt).toBeDefined();
  });

  it('refuses, with the reason, everyone but the invited expert', async () => {
    const { bot, sent, sec } = await setup();
    await sendAll(bot, sec);
    const letter = last(sent, 'sarah-mitchell').reply;
    // Another expert presses Sarah's button.
    expect(await press(bot.chat('david-cohen'), letter, 'Accept')).toBe(
      'This invitation is addressed to Sarah Mitchell; only they can answer it.',
    );
    // A non-expert presses it, and types it.
    expect(await press(bot.chat('liang-shuhua'), letter, 'Accept')).toBe('这份邀请是发给 莎拉·米切尔 的，只有本人可以答复。');
    expect(await bot.chat('liang-shuhua').say('邀请函 接受')).toContain('您不在专家咨询委员会候选人名单中');
    // An unbound account.
    expect(await press(bot.chat('stranger', { platform: 'telegram' }), letter, 'Accept')).toContain('专属链接');
    expect(bot.store.data.invitations['sarah-mitchell']!.answer).toBeUndefined();
    // Bad words get a specific answer.
    expect(await bot.chat('zhang-haibo').say('邀请函 也许')).toContain('看不懂“也许”');
    expect(await bot.chat('zhang-haibo').say('邀请函 谢绝 ' + '很'.repeat(1001))).toContain('内容太长：1001 字');
    // Revoked: the expert's buttons stop working.
    await sec.say('邀请 撤回 zhang-haibo 重复提名');
    expect(await sec.press('确认撤回')).toContain('已撤回 张海波 的邀请');
    expect(await sec.say('邀请 撤回 zhang-haibo')).toContain('此前已撤回');
    expect(await press(bot.chat('zhang-haibo'), last(sent, 'zhang-haibo').reply, '接受')).toContain('这份邀请已被撤回');
    expect(events(bot, 'zhang-haibo').at(-1)).toMatchObject({ event: 'revoked', by: 'secretariat', detail: { reason: '重复提名' } });
    // Not invited yet.
    const fresh = await setup();
    expect(await fresh.bot.chat('zhang-haibo').say('邀请函')).toContain('您目前还没有收到邀请函');
  });

  it('tells the secretariat once when the last answer comes in', async () => {
    const { bot, sent, sec } = await setup();
    await sendAll(bot, sec);
    const ids = bot.store.data.experts.map((e) => e.id);
    const decliners = new Set(ids.filter((_, i) => i % 3 === 0)); // 20 decline, 39 accept
    for (const id of ids.slice(0, -1)) await bot.chat(id).say(decliners.has(id) ? 'invitation decline busy' : 'invitation accept');
    const allNotice = (s: Sent) => s.to === 'secretariat' && s.reply.text.startsWith('所有候选人均已答复');
    expect(sent.filter(allNotice)).toHaveLength(0);
    expect(bot.store.data.committee.allAnsweredAt).toBeUndefined();
    await bot.chat(ids.at(-1)!).say('invitation accept');
    expect(sent.filter(allNotice).map((s) => s.reply.text)).toEqual([
      '所有候选人均已答复邀请：接受 39 位，谢绝 20 位。发送“邀请情况”查看名单，“委员会 主任 <专家>”指定主任。',
    ]);
    expect(bot.store.data.committee.allAnsweredAt).toBe(new Date(NOW).toISOString());
    // A later change is recorded, but the notice is not sent again.
    await bot.chat(ids[1]!).say('invitation decline changed my mind');
    expect(sent.filter(allNotice)).toHaveLength(1);
    const overview = await sec.say('邀请情况');
    expect(overview).toContain('候选人 59 位，已接受（委员）38 位');
    expect(overview).toContain('已谢绝（21）：');
    expect(overview).toContain('全部答复于 2016年9月1日 10:00');
  });
});
