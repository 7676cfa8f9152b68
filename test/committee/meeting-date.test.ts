// Fixing the date: the confirmation (and why, below quorum), the announcement with a
// calendar file to every member in their language and time zone, attendance answers and
// their reset when the date moves, the roll call on the day, and training sessions for
// department staff on the same machinery.
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_LOG } from '../../src/committee/meetings/repo.ts';
import type { Reply } from '../../src/core/types.ts';
import { MEMBERS, meetingBot, sentPoll, text, type MeetingBot } from './meeting-setup.ts';

const ics = (reply: Reply) => new TextDecoder().decode(reply.file!.data);
const field = (calendar: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(calendar)?.[1];

/** A sent poll where slot 1 has 2 able (below the quorum of 4) and slot 2 has 4 (quorate). */
async function votedPoll(): Promise<MeetingBot> {
  const bot = await meetingBot();
  await sentPoll(bot);
  for (const [who, line] of [
    ['zhang-haibo', '1 可以'],
    ['li-qiang', '1 必要时可以'],
    ['wang-xiaomei', '1 不行'],
    ['zhang-haibo', '2 可以'],
    ['wang-xiaomei', '2 可以'],
    ['li-qiang', '2 必要时可以'],
    ['liu-yan', '2 可以'],
  ] as const)
    await bot.chat(who).say(`投票 m1 ${line}`);
  return bot;
}

describe('fixing the date', () => {
  it('asks for confirmation and says why when the slot is below quorum', async () => {
    const bot = await votedPoll();
    const sentBefore = bot.sent.length;
    const admin = bot.chat('secretariat');
    const ask = await admin.say('会议 定 m1 1');
    expect(ask).toContain('将会议 m1“第一次工作会议”定于 11月20日（周日）09:30–11:30，并通知 6 位受邀人员（附日历邀请）。');
    expect(ask).toContain('⚠️ 这个时段未达法定人数：2 人能参加，法定人数 4 人；还差 2 人。');
    expect(admin.choices.map((c) => c.label)).toEqual(['⚠️ 仍然定在这个时段']);
    expect(bot.store.data.meetings.m1!.status).toBe('open');
    expect(bot.sent).toHaveLength(sentBefore);
    expect(await admin.say('会议 定 m1 2')).toContain('✅ 4 人能参加，达到法定人数 4 人。');
    expect(admin.choices.map((c) => c.label)).toEqual(['✅ 确认并通知']);
  });

  it('announces the date to every member with a calendar file, in their language and time zone', async () => {
    const bot = await votedPoll();
    bot.sent.length = 0;
    const admin = bot.chat('secretariat');
    await admin.say('会议 定 m1 1');
    const confirmKey = admin.choices[0]!.key;
    expect(await admin.press('仍然定在这个时段')).toBe('📌 会议 m1 已定于 11月20日（周日）09:30–11:30。\n已送达 6 人（共 6 人）。');
    const m = bot.store.data.meetings.m1!;
    expect(m).toMatchObject({ status: 'scheduled', finalSlot: '1', schedule: 1 });
    expect(bot.sent.map((s) => s.to.chatId).sort()).toEqual(MEMBERS.map((id) => `acc-${id}`).sort());
    for (const s of bot.sent) {
      expect(s.reply.file).toMatchObject({ name: 'meeting.ics', mime: 'text/calendar' });
      const cal = ics(s.reply);
      expect(field(cal, 'DTSTART')).toBe('20161120T013000Z'); // 09:30 in Qingdao is 01:30 UTC
      expect(field(cal, 'DTEND')).toBe('20161120T033000Z');
      expect(field(cal, 'UID')).toBe('m1@duban');
      expect(field(cal, 'SEQUENCE')).toBe('1');
      // In the member's language: a Hong Kong member's calendar is in Traditional Chinese.
      expect(field(cal, 'LOCATION')).toBe(s.to.chatId === 'acc-leung-ka-wai' ? '市級機關會議中心' : '市级机关会议中心');
      expect(s.reply.choices!.length).toBe(3);
    }
    expect(bot.to('zhang-haibo')[0]!.reply.text).toContain('📌 会议时间已确定：第一次工作会议（m1）\n时间：11月20日（周日）09:30–11:30');
    expect(bot.to('sarah-mitchell')[0]!.reply.text).toContain(
      'When: Sat 19 Nov, 17:30–19:30 your time (UTC−8); Qingdao: Sun 20 Nov, 09:30',
    );
    expect(bot.to('leung-ka-wai')[0]!.reply.text).toContain('會議時間已確定');

    // The same confirmation pressed again sends nothing.
    expect(text(await admin.send({ action: confirmKey }))).toContain('已定于 11月20日（周日）09:30–11:30，没有改动');
    expect(bot.sent).toHaveLength(6);
    // Votes are closed once the date is fixed.
    expect(await bot.chat('liu-yan').say('投票 m1 1 可以')).toContain('时间已定');
  });

  it('takes attendance answers, and a changed date resets them and says so', async () => {
    const bot = await votedPoll();
    const admin = bot.chat('secretariat');
    await admin.say('会议 定 m1 2');
    await admin.press('确认并通知');
    expect(text(await bot.pressSent('zhang-haibo', '✅ 出席'))).toBe(
      '✔️ 已记录：✅ 出席 — 第一次工作会议（m1），11月21日（周一）14:00–16:00',
    );
    expect(text(await bot.pressSent('zhang-haibo', '✅ 出席'))).toContain('没有变化');
    expect(text(await bot.pressSent('sarah-mitchell', 'Attend online'))).toContain('Saved: 💻 Attend online');
    expect(await bot.chat('li-qiang').say('出席 m1 不能 出差在外')).toContain('已记录：❌ 不能出席');
    expect(bot.store.records(ATTENDANCE_LOG)).toHaveLength(3);
    let view = await admin.say('会议 m1');
    expect(view).toContain('出席答复：现场 1，线上 1，不能出席 1，未答复 3');
    expect(view).toContain('· 李强（❌ 不能出席）：出差在外');

    // Moving it to a time outside the poll.
    bot.sent.length = 0;
    const ask = await admin.say('会议 改期 m1 2016-11-25 09:30-11:30');
    expect(ask).toContain('改期：原定 11月21日（周一）14:00–16:00。之前的出席答复将作废');
    expect(ask).toContain('这个时间不在投票的候选时段里');
    expect(await admin.press('仍然定在这个时段')).toContain('📌 会议 m1 已改期至 11月25日（周五）09:30–11:30。');
    const m = bot.store.data.meetings.m1!;
    expect(m).toMatchObject({ status: 'scheduled', finalSlot: '4', schedule: 2 });
    expect(m.slots[3]).toEqual({ id: '4', start: '2016-11-25T01:30:00.000Z', end: '2016-11-25T03:30:00.000Z' });
    expect(bot.sent).toHaveLength(6);
    const zhang = bot.to('zhang-haibo')[0]!.reply;
    expect(zhang.text).toContain(
      '🔄 会议改期：第一次工作会议（m1）\n新时间：11月25日（周五）09:30–11:30\n原定：11月21日（周一）14:00–16:00\n之前的出席答复已作废，请重新答复。',
    );
    expect(field(ics(zhang), 'SEQUENCE')).toBe('2'); // the same event, updated
    expect(field(ics(zhang), 'DTSTART')).toBe('20161125T013000Z');
    expect(bot.to('sarah-mitchell')[0]!.reply.text).toContain('Was: Sun 20 Nov, 22:00–Mon 21 Nov, 00:00 your time (UTC−8)');
    view = await admin.say('会议 m1');
    expect(view).toContain('出席答复：现场 0，线上 0，不能出席 0，未答复 6');
    // Answers now count for the new date; an old button still works, for the new date.
    expect(text(await bot.pressSent('zhang-haibo', '✅ 出席'))).toContain('11月25日（周五）');
    expect(await admin.say('会议 m1')).toContain('现场 1，线上 0');
    expect(await admin.say('会议 定 m1 4')).toContain('已定于 11月25日（周五）09:30–11:30，没有改动');
  });
});

describe('roll call', () => {
  it('is taken on the day and tells whether the meeting is quorate', async () => {
    const bot = await votedPoll();
    const admin = bot.chat('secretariat');
    expect(await admin.say('会议 点名 m1 张海波')).toContain('还没有定时间，不能点名');
    await admin.say('会议 定 m1 2');
    await admin.press('确认并通知');
    expect(await admin.say('会议 点名 m1 张海波')).toContain('在 11月21日（周一）14:00–16:00 举行，当天才能点名');
    bot.clock.set('2016-11-21T13:50:00+08:00');
    const first = await admin.say('会议 点名 m1 张海波, wang-xiaomei, Sarah Mitchell');
    expect(first).toContain('点名（会议 m1）：到会 3 / 6 人，法定人数 4 人 — ⚠️ 不足法定人数\n还差 1 人');
    expect(first).toContain('未到 3 人：李强、刘艳、梁家偉');
    expect(await admin.say('会议 点名 m1 张三, 李强')).toBe('会议 m1 的受邀名单里没有：张三。未做任何记录。');
    const second = await admin.say('会议 点名 m1 李强');
    expect(second).toContain('到会 4 / 6 人，法定人数 4 人 — ✅ 可以开会');
    expect(await admin.say('会议 点名 m1 -李强')).toContain('不足法定人数');
    expect(await admin.say('会议 m1')).toContain('点名：到会 3 人，还差 1 人');
    expect(await bot.chat('zhang-haibo').say('会议 点名 m1 张海波')).toContain('只有秘书处');
  });
});

describe('training sessions', () => {
  it('invite department staff by unit, on the same machinery', async () => {
    const bot = await meetingBot({ bound: ['xu-ting', 'ma-li', 'secretariat'] });
    const admin = bot.chat('secretariat');
    const created = await admin.say(
      '会议 新建 国际商务英语培训 | 2016-11-25 14:00-16:00 | 截止 2016-11-20 18:00 | 对象 市商务局、市发改委 | 议程 由专家莎拉·米切尔授课',
    );
    expect(created).toContain('受邀 4 位参训人员，法定人数 3 人');
    const m = bot.store.data.meetings.m1!;
    expect(m.audience).toBe('people');
    expect([...m.invitees].sort()).toEqual(['huang-zhiyong', 'ma-li', 'xu-ting', 'zheng-guoqiang']);
    expect(await admin.press('📨')).toMatch(/已送达 2 人（共 4 人）。\n未能送达 2 人/);
    expect(text(await bot.pressSent('xu-ting', '1 ✅'))).toContain('已记录：时段 1 ✅ 可以');
    expect(await bot.chat('zhang-haibo').say('投票 m1 1 可以')).toContain('您不在会议 m1 的邀请名单中');
    expect(await admin.say('会议 新建 培训 | 2016-11-25 14:00 | 截止 2016-11-20 18:00 | 对象 市商贸局')).toContain('不认识单位“市商贸局”');
  });
});
