// Meeting polls through the real core: creating a poll in one message, sending it to each
// member in their language and time zone, voting with buttons (edited in place), changing a
// vote, repeats that change nothing, hidden votes, and the secretariat's tally with quorum.
import { describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import type { Store } from '../../src/db.ts';
import { CREATE, MEMBERS, meetingBot, sentPoll, text } from './meeting-setup.ts';

const votes = (bot: { store: Store }) => bot.store.records(VOTES_LOG);

describe('creating and sending a poll', () => {
  it('creates a poll in one message and sends it, once, when confirmed', async () => {
    const bot = await meetingBot();
    const admin = bot.chat('secretariat');
    const created = await admin.say(CREATE);
    expect(created).toContain('已建立会议 m1：第一次工作会议');
    expect(created).toContain('地点：市级机关会议中心');
    expect(created).toContain('1. 11月20日（周日）09:30–11:30');
    expect(created).toContain('3. 11月22日（周二）09:30–11:30'); // no end given: two hours
    expect(created).toContain('投票截止：11月15日（周二）18:00');
    expect(created).toContain('受邀 6 位委员，法定人数 4 人');
    const m = bot.store.data.meetings.m1!;
    expect(m.slots[0]).toEqual({ id: '1', start: '2016-11-20T01:30:00.000Z', end: '2016-11-20T03:30:00.000Z' });
    expect(m.deadline).toBe('2016-11-15T10:00:00.000Z');
    expect([...m.invitees].sort()).toEqual([...MEMBERS].sort());
    expect(bot.sent).toHaveLength(0); // nothing goes out before the confirmation

    expect(await admin.press('📨 发给 6 人')).toBe('已送达 6 人（共 6 人）。');
    expect(bot.sent).toHaveLength(6);
    for (const s of bot.sent) {
      expect(s.reply.editKey).toBe('poll-m1');
      expect(s.reply.choices).toHaveLength(9);
    }
    // Each in their own language and time zone: San Francisco sees Saturday evening.
    const sarah = bot.to('sarah-mitchell')[0]!.reply.text;
    expect(sarah).toContain('Date poll: 第一次工作会议 (m1)');
    expect(sarah).toContain('1. Sat 19 Nov, 17:30–19:30 your time (UTC−8); Qingdao: Sun 20 Nov, 09:30');
    expect(sarah).toContain('Please answer each slot by Tue 15 Nov, 02:00 your time (UTC−8)');
    expect(bot.to('zhang-haibo')[0]!.reply.text).toContain('1. 11月20日（周日）09:30–11:30\n');
    expect(bot.to('leung-ka-wai')[0]!.reply.text).toContain('會議時間投票');

    // Sending again reaches nobody twice.
    expect(await admin.say('会议 发送 m1')).toContain('已发给全部受邀人员');
    expect(bot.sent).toHaveLength(6);
  });

  it('records who could not be reached, and reaches them on a later send', async () => {
    const bot = await meetingBot({ bound: ['zhang-haibo', 'secretariat'], members: ['zhang-haibo', 'wang-xiaomei', 'li-qiang'] });
    await bot.chat('secretariat').say(CREATE);
    const reply = await bot.chat('secretariat').press('📨');
    expect(reply).toContain('已送达 1 人（共 3 人）');
    expect(reply).toMatch(/未能送达 2 人（未绑定账号或未与机器人对话）：(王晓梅、李强|李强、王晓梅)/);
    expect(await bot.chat('secretariat').say('会议 m1')).toMatch(/投票未能送达 2 人/);
    await bot.store.update(
      (db) =>
        void db.accounts.push({ platform: 'test', accountId: 'acc-li-qiang', personId: 'li-qiang', boundAt: new Date().toISOString() }),
    );
    const again = await bot.chat('secretariat').say('会议 发送 m1 确认');
    expect(again).toContain('已送达 1 人（共 2 人）');
    expect(bot.to('li-qiang')).toHaveLength(1);
    expect(bot.to('zhang-haibo')).toHaveLength(1);
  });
});

describe('creating a poll step by step', () => {
  it('asks for each part, checks each answer, and ends at the same preview', async () => {
    const bot = await meetingBot();
    const admin = bot.chat('secretariat');
    expect(await admin.say('会议 新建')).toContain('会议名称是？');
    expect(await admin.say('第一次工作会议')).toContain('会议名称的英文');
    expect(await admin.press('跳过')).toContain('候选时段（青岛时间）');
    expect(await admin.say('2016-11-20 11:30-09:30')).toContain('结束时间不晚于开始时间');
    expect(await admin.say('2016-11-20 09:30-11:30，2016-11-21 14:00-16:00')).toContain('投票截止时间');
    expect(await admin.say('2016-11-21 09:00')).toContain('截止时间必须在所有时段之前');
    expect(await admin.say('2016-11-15 18:00')).toContain('地点，或线上会议链接？');
    const preview = await admin.say('https://meet.example.org/qd');
    expect(preview).toContain('已建立会议 m1：第一次工作会议\n线上：https://meet.example.org/qd');
    expect(preview).toContain('2. 11月21日（周一）14:00–16:00');
    expect(bot.store.data.meetings.m1).toMatchObject({ link: 'https://meet.example.org/qd', deadline: '2016-11-15T10:00:00.000Z' });
    expect(await admin.press('📨')).toBe('已送达 6 人（共 6 人）。');

    await admin.say('会议 新建');
    expect(await admin.say('取消')).toContain('已取消');
    expect(Object.keys(bot.store.data.meetings)).toEqual(['m1']);
  });
});

describe('voting', () => {
  it('takes votes by button and by text, edits the poll in place, lets a member change a vote', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    const r1 = await bot.pressSent('zhang-haibo', '1 ✅');
    expect(r1).toHaveLength(1);
    expect(r1[0]!.editKey).toBe('poll-m1');
    expect(r1[0]!.text).toMatch(/^✔️ 已记录：时段 1 ✅ 可以/);
    expect(r1[0]!.text).toContain('1. 11月20日（周日）09:30–11:30\n　您的回答：✅ 可以\n　目前：✅ 1　🤔 0　❌ 0');
    expect(r1[0]!.choices).toHaveLength(9);
    const zhang = bot.chat('zhang-haibo');
    await zhang.press('2 ✅');
    await zhang.press('3 ❌');

    await bot.pressSent('wang-xiaomei', '1 ✅');
    await bot.pressSent('wang-xiaomei', '2 🤔');
    await bot.pressSent('wang-xiaomei', '3 ❌');
    const changed = await bot.pressSent('wang-xiaomei', '1 ❌'); // she changes her mind
    expect(text(changed)).toContain('已记录：时段 1 ❌ 不行');
    expect(text(changed)).toContain('目前：✅ 1　🤔 0　❌ 1');

    const li = bot.chat('li-qiang');
    expect(await li.say('投票 m1 1 必要时可以 只能上午')).toContain('您的回答：🤔 必要时可以（只能上午）');
    await li.say('投票 m1 2 不行');
    await li.say('投票 M1 3 ❌');
    expect(text(await bot.pressSent('sarah-mitchell', '2 ✅'))).toContain('Saved: slot 2 ✅ yes');

    // A repeated press, or the same answer typed again, appends nothing.
    const before = votes(bot).length;
    expect(text(await bot.pressSent('zhang-haibo', '1 ✅'))).toContain('没有变化：时段 1 仍是 ✅ 可以');
    await li.say('投票 m1 1 必要时可以');
    expect(votes(bot)).toHaveLength(before);
    expect(li.choices.length).toBe(9);
    // A redelivered message is dropped by the core.
    await bot.core.handle({
      platform: 'test',
      chatId: 'c',
      chatType: 'direct',
      accountId: 'liu-yan',
      text: '投票 m1 1 可以',
      deliveryId: 'd1',
    });
    await bot.core.handle({
      platform: 'test',
      chatId: 'c',
      chatType: 'direct',
      accountId: 'liu-yan',
      text: '投票 m1 1 不行',
      deliveryId: 'd1',
    });
    expect(
      votes(bot)
        .filter((v) => v.person === 'liu-yan')
        .map((v) => v.answer),
    ).toEqual(['yes']);
    expect(votes(bot)).toHaveLength(before + 1);
    expect(await li.say('投票 m1 1 必要时可以 只能下午')).toContain('已记录'); // a new note is a change
    expect(votes(bot)).toHaveLength(before + 2);

    const wang1 = votes(bot).filter((v) => v.person === 'wang-xiaomei' && v.slot === '1');
    expect(wang1.map((v) => [v.id, v.answer])).toEqual([
      ['m1/wang-xiaomei/1/1', 'yes'],
      ['m1/wang-xiaomei/1/2', 'no'],
    ]);

    // The secretariat's tally: yes, if need be, no, missing, and how far from quorum.
    const tally = await bot.chat('secretariat').say('会议 m1');
    expect(tally).toContain('📊 第一次工作会议（m1）：投票中，11月15日（周二）18:00 截止');
    expect(tally).toContain('1. 11月20日（周日）09:30–11:30\n　✅ 2　🤔 1　❌ 1　⏳ 未答 2 — 还差 1 人');
    expect(tally).toContain('2. 11月21日（周一）14:00–16:00\n　✅ 2　🤔 1　❌ 1　⏳ 未答 2 — 还差 1 人');
    expect(tally).toContain('3. 11月22日（周二）09:30–11:30\n　✅ 0　🤔 0　❌ 3　⏳ 未答 3 — 还差 4 人');
    expect(tally).toContain('· 李强（时段 1）：只能下午');
    expect(tally).not.toContain('尚未发出');
  });

  it('hides the others’ votes from members when the poll is hidden, not from the secretariat', async () => {
    const bot = await meetingBot();
    await sentPoll(bot, `${CREATE} | 隐藏`);
    expect(bot.to('zhang-haibo')[0]!.reply.text).toContain('本次投票不公开');
    await bot.pressSent('zhang-haibo', '1 ✅');
    await bot.pressSent('wang-xiaomei', '1 ❌');
    const wang = await bot.chat('wang-xiaomei').say('会议 m1');
    expect(wang).toContain('您的回答：❌ 不行');
    expect(wang).not.toContain('目前：');
    const admin = await bot.chat('secretariat').say('会议 m1');
    expect(admin).toContain('✅ 1　🤔 0　❌ 1　⏳ 未答 4');
    expect(admin).toContain('投票不公开');

    const open = await meetingBot();
    await sentPoll(open);
    await open.pressSent('zhang-haibo', '1 ✅');
    expect(await open.chat('wang-xiaomei').say('会议 m1')).toContain('目前：✅ 1　🤔 0　❌ 0');
  });

  it('counts required members in the quorum, and says who is missing', async () => {
    const bot = await meetingBot();
    await sentPoll(bot, `${CREATE} | 必须 张海波, Sarah Mitchell | 法定 2`);
    expect(bot.store.data.meetings.m1!.quorum).toEqual({ min: 2, required: ['zhang-haibo', 'sarah-mitchell'] });
    await bot.pressSent('zhang-haibo', '1 ✅');
    await bot.pressSent('wang-xiaomei', '1 ✅');
    await bot.pressSent('li-qiang', '1 ✅');
    let tally = await bot.chat('secretariat').say('会议 m1');
    expect(tally).toContain('法定人数 2 人；必须出席：张海波、莎拉·米切尔');
    expect(tally).toContain('⏳ 未答 3 — 必须出席的 莎拉·米切尔 尚不能参加');
    await bot.pressSent('sarah-mitchell', '1 🤔');
    tally = await bot.chat('secretariat').say('会议 m1');
    expect(tally).toContain('✅ 3　🤔 1　❌ 0　⏳ 未答 2 — 达到法定人数');
  });
});
