// Reminders and the deadline: who is reminded (and when, in their own waking hours), the
// slots a reminder names, reminding by hand, the poll closing itself at the deadline (by the
// scheduler or lazily) and the secretariat being told once.
import { describe, expect, it } from 'vitest';
import { runPollDeadlines } from '../../src/committee/meetings/deadline.ts';
import { duePollReminders, runPollReminders } from '../../src/committee/meetings/reminders.ts';
import { meetingBot, sentPoll, text, type MeetingBot } from './meeting-setup.ts';

/** Slot 1: able 2 of quorum 4 (needs 2); slot 2: able 3 (needs 1); slot 3: three said no, only three missing: out of reach. */
async function votedPoll(): Promise<MeetingBot> {
  const bot = await meetingBot();
  await sentPoll(bot);
  const vote = (who: string, line: string) => bot.chat(who).say(`投票 m1 ${line}`);
  await vote('zhang-haibo', '1 可以');
  await vote('zhang-haibo', '2 可以');
  await vote('zhang-haibo', '3 不行');
  await vote('wang-xiaomei', '1 不行');
  await vote('wang-xiaomei', '2 必要时可以');
  await vote('wang-xiaomei', '3 不行');
  await vote('li-qiang', '1 必要时可以');
  await vote('li-qiang', '2 不行');
  await vote('li-qiang', '3 不行');
  await vote('sarah-mitchell', '2 yes');
  return bot;
}

describe('poll reminders', () => {
  it('are due in the last day, name the slots the vote could make quorate, and go once', async () => {
    const bot = await votedPoll();
    expect(duePollReminders(bot.store, new Date('2016-11-13T18:00:00+08:00'))).toEqual([]); // more than a day before
    const at = new Date('2016-11-15T09:00:00+08:00'); // 09:00 in Qingdao, 17:00 the day before in San Francisco
    const due = duePollReminders(bot.store, at);
    expect(due.map((r) => [r.person, r.slots])).toEqual([
      ['sarah-mitchell', ['1']],
      ['liu-yan', ['1', '2']],
      ['leung-ka-wai', ['1', '2']],
    ]);
    bot.sent.length = 0;
    expect(await runPollReminders(bot.core.services, at)).toEqual({ sent: 3, missed: 0 });
    const sarah = bot.to('sarah-mitchell')[0]!.reply;
    expect(sarah.text).toMatch(
      /^📣 Reminder: you have not answered every slot of "第一次工作会议" \(m1\); voting closes Tue 15 Nov, 02:00 your time/,
    );
    expect(sarah.text).toContain(
      'Your vote could help these slots reach quorum:\n1. Sat 19 Nov, 17:30–19:30 your time (UTC−8); Qingdao: Sun 20 Nov, 09:30 — needs 2 more\n\n📅 Date poll',
    );
    expect(sarah.editKey).toBeUndefined(); // a new message, so it is noticed
    expect(sarah.choices).toHaveLength(9);
    const liu = bot.to('liu-yan')[0]!.reply.text;
    expect(liu).toContain(
      '您的一票可能让这些时段达到法定人数：\n1. 11月20日（周日）09:30–11:30 — 还差 2 人\n2. 11月21日（周一）14:00–16:00 — 还差 1 人\n',
    );
    expect(bot.store.data.meetings.m1!.remindedAt).toBe(at.toISOString());
    // Once only.
    expect(duePollReminders(bot.store, new Date(at.getTime() + 3600_000))).toEqual([]);
    expect(await runPollReminders(bot.core.services, new Date(at.getTime() + 3600_000))).toEqual({ sent: 0, missed: 0 });
  });

  it('wait for the person’s waking hours, unless the deadline is close', async () => {
    const bot = await votedPoll();
    // 02:00 in Qingdao is 10:00 the day before in San Francisco: only Sarah is awake.
    expect(duePollReminders(bot.store, new Date('2016-11-15T02:00:00+08:00')).map((r) => r.person)).toEqual(['sarah-mitchell']);
    // 23:00 in Qingdao, 07:00 in San Francisco: nobody.
    expect(duePollReminders(bot.store, new Date('2016-11-14T23:00:00+08:00'))).toEqual([]);
    // 17:00 in Qingdao is 01:00 in San Francisco, but the deadline is an hour away: Sarah too.
    const late = duePollReminders(bot.store, new Date('2016-11-15T17:00:00+08:00'));
    expect(late.map((r) => r.person)).toEqual(['sarah-mitchell', 'liu-yan', 'leung-ka-wai']);
  });

  it('can be sent by hand by the secretariat, after a confirmation', async () => {
    const bot = await votedPoll();
    const admin = bot.chat('secretariat');
    const ask = await admin.say('会议 提醒 m1');
    expect(ask).toMatch(/提醒会议 m1 尚未全部作答的 3 人：莎拉·米切尔、刘艳、梁家偉？/);
    bot.sent.length = 0;
    const key = admin.choices[0]!.key;
    expect(await admin.press('📣 提醒 3 人')).toBe('已送达 3 人（共 3 人）。');
    expect(bot.sent.map((s) => s.to.chatId).sort()).toEqual(['acc-leung-ka-wai', 'acc-liu-yan', 'acc-sarah-mitchell']);
    expect((await admin.send({ action: key }))[0]!.text).toContain('已经提醒过，这次没有重复发送'); // pressed twice
    expect(bot.sent).toHaveLength(3);
    expect(bot.to('leung-ka-wai')[0]!.reply.text).toContain('📣 提醒：您還沒有對會議'); // in Traditional
    expect(await bot.chat('zhang-haibo').say('会议 提醒 m1')).toContain('只有秘书处');
  });
});

describe('the deadline', () => {
  it('closes the poll, tells the secretariat once, and refuses later votes with the reason', async () => {
    const bot = await votedPoll();
    const after = new Date('2016-11-15T18:00:00+08:00');
    expect(await runPollDeadlines(bot.core.services, new Date(after.getTime() - 60_000))).toEqual([]);
    expect(await runPollDeadlines(bot.core.services, after)).toEqual(['m1']);
    const m = bot.store.data.meetings.m1!;
    expect(m.status).toBe('closed');
    expect(m.closedAt).toBe(after.toISOString());
    const notice = bot.to('secretariat');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.reply.text).toMatch(/^⏰ 会议 m1“第一次工作会议”的时间投票已截止。\n\n📊 第一次工作会议（m1）：投票已截止/);
    expect(notice[0]!.reply.choices!.map((c) => c.label)).toEqual(['📌 定在时段 2']);
    expect(await runPollDeadlines(bot.core.services, new Date(after.getTime() + 3600_000))).toEqual([]);
    expect(bot.to('secretariat')).toHaveLength(1);

    bot.clock.set(after);
    const late = await bot.chat('liu-yan').say('投票 m1 1 可以');
    expect(late).toBe('会议 m1 不能再投票：投票已于 11月15日（周二）18:00 截止。');
    expect(text(await bot.pressSent('sarah-mitchell', '1 ✅'))).toBe(
      'Meeting m1 takes no more votes: voting closed Tue 15 Nov, 02:00 your time (UTC−8); Qingdao: Tue 15 Nov, 18:00.',
    );
    expect(duePollReminders(bot.store, after)).toEqual([]);
  });

  it('is also checked when someone looks, without the scheduler', async () => {
    const bot = await votedPoll();
    bot.sent.length = 0;
    bot.clock.set('2016-11-16T09:00:00+08:00');
    expect(await bot.chat('liu-yan').say('投票 m1 1 可以')).toContain('投票已于 11月15日（周二）18:00 截止');
    expect(bot.store.data.meetings.m1!.status).toBe('closed');
    expect(bot.to('secretariat')).toHaveLength(1);
    expect(await bot.chat('secretariat').say('会议 m1')).toContain('投票已截止（11月15日（周二）18:00）');
    expect(bot.to('secretariat')).toHaveLength(1);
  });
});
