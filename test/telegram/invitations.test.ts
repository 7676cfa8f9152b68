// Invitations to the 59 expert candidates over Telegram, end to end (real grammY Bot, fake Bot
// API, real core): the secretariat sends all after a confirmation button; a bound expert
// accepts with the letter's button; an unbound one opens the deep link and gets the letter.
// A broadcast through 429s loses and doubles nothing; a blocked chat is recorded as not
// reachable and the broadcast goes on; nobody else waits for a broadcast to finish.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { step, texts } from './steps.ts';
import { createSeedDb } from '../../src/seed.ts';

const SECRETARIAT = 900;
const NOW = '2016-09-01T10:00:00+08:00';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** A harness with the secretariat bound, and `experts` bound to chats 20001, 20002, ... */
async function setup(experts: readonly string[]): Promise<Harness & { chatOf: (id: string) => number }> {
  const hh = await startHarness({ now: NOW });
  await hh.bind('secretariat', SECRETARIAT);
  const chats = new Map(experts.map((id, i) => [id, 20_001 + i]));
  await hh.store.update((db) => {
    for (const [id, chat] of chats)
      db.accounts.push({ platform: 'telegram', accountId: String(chat), personId: id, boundAt: new Date(NOW).toISOString() });
  });
  h = hh;
  return Object.assign(hh, { chatOf: (id: string) => chats.get(id)! });
}

/** 邀请 发送 全部, then the confirmation button; returns the prompt and the secretariat's report. */
async function sendAll(hh: Harness) {
  const sec = hh.fake.user(SECRETARIAT);
  const prompt = texts(await step(hh, SECRETARIAT, () => hh.fake.say(sec, '邀请 发送 全部')));
  const report = texts(await step(hh, SECRETARIAT, () => hh.fake.click(sec, SECRETARIAT, '确认发送'), 'the send report'));
  return { prompt, report };
}

/** Every candidate, as the seed has them (the same in every harness). */
const EXPERT_IDS = createSeedDb(new Date(NOW)).experts.map((e) => e.id);

describe('an invitation answered', () => {
  it('reaches the bound experts with buttons; one accepts; an unbound one opens the deep link', async () => {
    const hh = await setup(['sarah-mitchell', 'zhang-haibo', 'li-qiang']);
    const { prompt, report } = await sendAll(hh);
    expect(prompt).toContain('将向 59 位候选人发送邀请函');
    expect(prompt).toContain('其中 3 位可直接送达；56 位尚未绑定聊天账号');
    expect(report).toContain('已发送 59 份邀请函：已送达 3 位，暂无法送达 56 位');
    const robert = hh.store.data.invitations['robert-hayes']!;
    const link = `https://t.me/${hh.fake.me.username}?start=${robert.code}`;
    expect(report).toContain(`（robert-hayes）尚未绑定聊天账号：${link}`);
    // Telegram's rule for a start parameter: 1-64 characters of A-Z a-z 0-9 _ -.
    expect(robert.code).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

    // Each bound expert has exactly one letter, in their language, with the three buttons.
    const zhang = hh.chatOf('zhang-haibo');
    for (const id of ['sarah-mitchell', 'zhang-haibo', 'li-qiang']) expect(hh.fake.botMessages(hh.chatOf(id)), id).toHaveLength(1);
    const letter = hh.fake.botMessages(zhang)[0]!;
    expect(letter.text).toContain('尊敬的张海波（');
    expect(letter.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(['✅ 接受邀请', '✖️ 谢绝', '❓ 向秘书处提问']);
    expect(hh.fake.botMessages(hh.chatOf('sarah-mitchell'))[0]!.text).toContain('Dear Sarah Mitchell');

    const accepted = await step(hh, zhang, () => hh.fake.click(hh.fake.user(zhang), zhang, '接受'));
    expect(texts(accepted)).toContain('感谢您接受邀请');
    expect(hh.store.data.invitations['zhang-haibo']).toMatchObject({ answer: 'accepted', answeredAt: new Date(NOW).toISOString() });

    // Robert opens his link: Telegram sends "/start <code>" from his (new) account.
    const opened = await step(hh, 31_000, () => hh.fake.say(hh.fake.user(31_000, { name: 'Robert' }), `/start ${robert.code}`));
    expect(texts(opened)).toContain('Dear Robert Hayes');
    expect(
      opened
        .at(-1)!
        .reply_markup!.inline_keyboard.flat()
        .map((b) => b.text),
    ).toEqual(['✅ Accept', '✖️ Decline', '❓ Ask the secretariat']);
    expect(hh.store.data.accounts).toContainEqual(
      expect.objectContaining({ platform: 'telegram', accountId: '31000', personId: 'robert-hayes' }),
    );
    expect(hh.store.data.invitations['robert-hayes']).toMatchObject({ deliveredAt: expect.any(String), openedAt: expect.any(String) });
    expect(texts(await step(hh, 31_000, () => hh.fake.click(hh.fake.user(31_000), 31_000, 'Accept')))).toContain('Thank you for accepting');
    expect(hh.store.data.invitations['robert-hayes']!.answer).toBe('accepted');
  });
});

describe('a broadcast of 59', () => {
  it('gets through 429s with every expert receiving exactly one invitation', async () => {
    const hh = await setup(EXPERT_IDS);
    const limited = ['yuko-tanaka', 'zhang-haibo', 'leung-ka-wai'].map((id) => hh.chatOf(id));
    for (const chat of limited) hh.fake.fail({ method: 'sendMessage', chatId: chat, times: 1, fault: { code: 429, retryAfter: 0.3 } });

    const { report } = await sendAll(hh);
    expect(report).toContain('已发送 59 份邀请函：已送达 59 位，暂无法送达 0 位');
    for (const id of EXPERT_IDS) expect(hh.fake.botMessages(hh.chatOf(id)), id).toHaveLength(1);
    for (const id of EXPERT_IDS) expect(hh.store.data.invitations[id], id).toMatchObject({ deliveredAt: expect.any(String) });
    const refused = hh.fake.calls.filter((c) => c.errorCode === 429);
    expect(refused.map((c) => Number(c.params.chat_id)).sort()).toEqual([...limited].sort());
    for (const r of refused) {
      const retried = hh.fake.ok('sendMessage', String(r.params.chat_id))[0]!;
      expect(retried.at - r.at).toBeGreaterThanOrEqual(280);
    }
  });

  it('does not keep anyone else waiting while it runs', async () => {
    const hh = await setup(EXPERT_IDS);
    // Telegram answers one expert's chat only when the test says so: until then the broadcast
    // cannot finish, so whatever is answered meanwhile was not kept waiting behind it.
    const release = hh.fake.hold({ method: 'sendMessage', chatId: hh.chatOf('leung-ka-wai') });
    const sec = hh.fake.user(SECRETARIAT);
    await step(hh, SECRETARIAT, () => hh.fake.say(sec, '邀请 发送 全部'));
    const expertChats = new Set(EXPERT_IDS.map((id) => String(hh.chatOf(id))));
    const invitationsOut = () => hh.fake.ok('sendMessage').filter((c) => expertChats.has(String(c.params.chat_id)));
    hh.fake.click(sec, SECRETARIAT, '确认发送');
    await hh.fake.waitFor(() => invitationsOut().length >= 5, 'the broadcast to start');

    hh.fake.say(hh.fake.user(950), '事项 92');
    const answer = await hh.fake.waitFor(() => hh.fake.ok('sendMessage', 950)[0], 'the lookup answer');
    expect(answer.params.text).toContain('第 92 项');
    expect(hh.fake.botMessages(SECRETARIAT)).toHaveLength(1); // no send report yet: the broadcast is still going
    release();
    await hh.fake.waitFor(() => hh.fake.botMessages(SECRETARIAT).length === 2, 'the send report');
    expect(invitationsOut()).toHaveLength(59);
  });
});

describe('a blocked user', () => {
  it('is recorded as not reachable, counted in the report, and the broadcast goes on', async () => {
    const hh = await setup(EXPERT_IDS);
    const li = hh.chatOf('li-qiang');
    hh.fake.block(li);
    const { report } = await sendAll(hh);
    expect(report).toContain('已发送 59 份邀请函：已送达 58 位，暂无法送达 1 位');
    const inv = hh.store.data.invitations['li-qiang']!;
    expect(report).toContain(`· 李强（li-qiang）已屏蔽机器人：https://t.me/${hh.fake.me.username}?start=${inv.code}`);
    expect(inv).toMatchObject({
      unreachableAt: new Date(NOW).toISOString(),
      unreachableReason: 'blocked: Forbidden: bot was blocked by the user',
    });
    expect(inv.deliveredAt).toBeUndefined();
    expect(hh.fake.botMessages(li)).toHaveLength(0);
    for (const id of EXPERT_IDS.filter((x) => x !== 'li-qiang')) expect(hh.fake.botMessages(hh.chatOf(id)), id).toHaveLength(1);
  });
});
