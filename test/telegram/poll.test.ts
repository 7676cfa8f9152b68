// A meeting poll over Telegram, end to end (real grammY Bot, fake Bot API, real core): the
// secretariat creates and sends it; a member's button press edits the SAME poll message in
// place. The message edited is the one whose button was pressed: a reminder carrying the
// poll's buttons becomes the poll when pressed (the original stays as it was), and a press
// after a restart (nothing remembered in memory) still edits in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { startHarness, type Harness } from './harness.ts';
import { step, texts } from './steps.ts';

const NOW = '2016-11-01T10:00:00+08:00';
const SECRETARIAT = 900;
/** Six members (quorum 4), bound to chats 40001.. */
const MEMBERS = ['zhang-haibo', 'wang-xiaomei', 'li-qiang', 'liu-yan', 'sarah-mitchell', 'leung-ka-wai'];
const chatOf = (id: string) => 40_001 + MEMBERS.indexOf(id);
const CREATE =
  '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00, 2016-11-22 09:30 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: NOW });
  await h.bind('secretariat', SECRETARIAT);
  await h.store.update((db) => {
    for (const id of MEMBERS) {
      db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: NOW, reminders: 0 };
      db.accounts.push({ platform: 'telegram', accountId: String(chatOf(id)), personId: id, boundAt: NOW });
    }
  });
});
afterAll(async () => {
  await h.stop();
});

const edits = (chat: number) => h.fake.ok('editMessageText', chat);
const press = (id: string, label: string) =>
  step(h, chatOf(id), () => h.fake.click(h.fake.user(chatOf(id)), chatOf(id), label), `the reply to "${label}"`);

describe('a meeting poll', () => {
  it('is created and sent by the secretariat; each member gets one poll with 9 buttons', async () => {
    const sec = h.fake.user(SECRETARIAT);
    const created = texts(await step(h, SECRETARIAT, () => h.fake.say(sec, CREATE)));
    expect(created).toContain('已建立会议 m1：第一次工作会议');
    const sent = texts(await step(h, SECRETARIAT, () => h.fake.click(sec, SECRETARIAT, '📨'), 'the send report'));
    expect(sent).toBe('已送达 6 人（共 6 人）。');
    for (const id of MEMBERS) {
      const [poll, ...more] = h.fake.botMessages(chatOf(id));
      expect(more, id).toEqual([]);
      expect(poll!.reply_markup!.inline_keyboard.flat(), id).toHaveLength(9);
    }
    expect(h.fake.botMessages(chatOf('sarah-mitchell'))[0]!.text).toContain('Date poll: 第一次工作会议 (m1)');
  });

  it('is edited in place when a member presses a vote button', async () => {
    const zhang = chatOf('zhang-haibo');
    const poll = h.fake.botMessages(zhang)[0]!;
    const changed = await press('zhang-haibo', '1 ✅');
    expect(changed.map((m) => m.message_id)).toEqual([poll.message_id]);
    expect(h.fake.botMessages(zhang)).toHaveLength(1);
    expect(poll.text).toMatch(/^✔️ 已记录：时段 1 ✅ 可以/);
    expect(poll.text).toContain('目前：✅ 1　🤔 0　❌ 0');
    expect(poll.reply_markup!.inline_keyboard.flat()).toHaveLength(9);
    expect(edits(zhang).map((c) => c.params.message_id)).toEqual([poll.message_id]);
    expect(h.store.records(VOTES_LOG).length).toBe(1);

    // A vote typed (not a press) is answered with a message of its own, at the bottom of the chat.
    await step(h, zhang, () => h.fake.say(h.fake.user(zhang), '投票 m1 2 必要时可以'));
    expect(h.fake.botMessages(zhang)).toHaveLength(2);
    expect(h.fake.botMessages(zhang)[1]!.text).toContain('已记录：时段 2 🤔 必要时可以');
    expect(poll.text).not.toContain('时段 2 🤔');
  });

  it('edits the reminder whose button was pressed, not the poll sent before it', async () => {
    const zhang = chatOf('zhang-haibo');
    const sec = h.fake.user(SECRETARIAT);
    expect(texts(await step(h, SECRETARIAT, () => h.fake.say(sec, '会议 提醒 m1 确认'), 'the remind report'))).toContain('已送达 6 人');
    const poll = h.fake.botMessages(zhang)[0];
    const reminder = h.fake.botMessages(zhang).at(-1);
    expect(reminder!.text).toContain('📣 提醒');
    const pollBefore = poll!.text;

    const changed = await press('zhang-haibo', '3 ❌');
    expect(changed.map((m) => m.message_id)).toEqual([reminder!.message_id]);
    expect(reminder!.text).toMatch(/^✔️ 已记录：时段 3 ❌ 不行/);
    expect(poll!.text).toBe(pollBefore);
    expect(h.fake.botMessages(zhang)).toHaveLength(3);
  });

  it('edits the pressed poll in place after a restart, when nothing is remembered', async () => {
    await h.restart();
    const wang = chatOf('wang-xiaomei');
    const [poll, reminder] = h.fake.botMessages(wang);
    const changed = await press('wang-xiaomei', '2 🤔'); // on the reminder, the latest message with buttons
    expect(changed.map((m) => m.message_id)).toEqual([reminder!.message_id]);

    // Pressing the first poll (older, under the reminder) edits that one.
    const before = edits(wang).length;
    const pressOld = h.fake.press(
      h.fake.user(wang),
      poll!,
      poll!.reply_markup!.inline_keyboard.flat().find((b) => b.text === '1 ✅')!.callback_data!,
    );
    const changedOld = await step(h, wang, () => h.fake.inject(pressOld));
    expect(changedOld.map((m) => m.message_id)).toEqual([poll!.message_id]);
    expect(poll!.text).toContain('已记录：时段 1 ✅ 可以');
    expect(poll!.text).toContain('您的回答：🤔 必要时可以'); // her earlier vote on slot 2 shows too
    expect(edits(wang).length).toBe(before + 1);
    expect(h.fake.botMessages(wang)).toHaveLength(2);
    expect(h.fake.ok('sendMessage', wang)).toHaveLength(2); // the poll and the reminder, nothing new
  });

  it('sends a new message when the pressed message can no longer be edited', async () => {
    const li = chatOf('li-qiang');
    const reminder = h.fake.botMessages(li).at(-1)!;
    const key = reminder.reply_markup!.inline_keyboard.flat().find((b) => b.text === '1 ✅')!.callback_data!;
    h.fake.chats.get(String(li))!.splice(0); // the person cleared the chat history
    const changed = await step(h, li, () => h.fake.inject(h.fake.press(h.fake.user(li), reminder, key)));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.text).toMatch(/^✔️ 已记录：时段 1 ✅ 可以/);
    expect(
      h.fake.calls.filter((c) => c.method === 'editMessageText' && String(c.params.chat_id) === String(li) && c.errorCode === 400),
    ).toHaveLength(1);
  });
});
