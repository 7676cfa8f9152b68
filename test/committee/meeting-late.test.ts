// Members who join after a meeting was set up: an expert who accepts is added to every
// committee meeting still ahead (the open poll, sent to them; a fixed date, announced with
// its calendar file) and the secretariat is told; members missed before are offered to the
// secretariat in the tally and added on confirmation.
import { describe, expect, it } from 'vitest';
import { NOW, meetingBot, sentPoll, text, type MeetingBot } from './meeting-setup.ts';

/** David Cohen has his invitation (delivered, not answered) and a bound account. */
async function withCandidate(): Promise<MeetingBot> {
  const bot = await meetingBot();
  await bot.store.update((db) => {
    db.invitations['david-cohen'] = { expertId: 'david-cohen', code: 'CDAVID', invitedAt: NOW, deliveredAt: NOW, reminders: 0 };
    db.accounts.push({ platform: 'test', accountId: 'acc-david-cohen', personId: 'david-cohen', boundAt: NOW });
  });
  return bot;
}

describe('a member who accepts after the poll was created', () => {
  it('is added to the open poll, gets it, can vote; the secretariat is told the new quorum', async () => {
    const bot = await withCandidate();
    await sentPoll(bot);
    const david = bot.chat('david-cohen');
    expect(await david.say('vote m1 1 yes')).toContain('You are not on the list of invitees of meeting m1');

    expect(await david.say('invitation accept')).toContain("You have been added to the committee's 1 meeting still ahead");
    expect(bot.store.data.meetings.m1!.invitees).toContain('david-cohen');
    expect(bot.to('david-cohen').at(-1)!.reply.text).toContain('📅 Date poll: 第一次工作会议 (m1)');
    const notice = bot.to('secretariat').at(-1)!.reply.text;
    expect(notice).toBe(
      '大卫·科恩（david-cohen）接受邀请后，已自动加入 1 个尚未举行的会议：\n· m1“第一次工作会议”：投票中，已发送投票；受邀 7 人，法定人数 4 人',
    );
    expect(await david.say('vote m1 1 yes')).toContain('✔️ Saved: slot 1 ✅ yes');
    expect(await bot.chat('secretariat').say('会议 m1')).toContain('受邀 7 位委员，法定人数 4 人');
  });

  it('is told the fixed date with the calendar file; cancelled and past meetings are left alone', async () => {
    const bot = await withCandidate();
    await sentPoll(bot);
    const admin = bot.chat('secretariat');
    await admin.say('会议 定 m1 2');
    await admin.press('仍然定在这个时段');
    await admin.say('会议 新建 第二次会议 | 2016-11-25 09:30 | 截止 2016-11-20');
    await admin.press('取消会议');
    await admin.press('取消会议');
    expect(bot.store.data.meetings.m2!.status).toBe('cancelled');

    await bot.chat('david-cohen').say('invitation accept');
    const got = bot.to('david-cohen').at(-1)!.reply;
    expect(got.text).toContain('The date is fixed: 第一次工作会议 (m1)');
    expect(got.file?.name).toBe('meeting.ics');
    expect(bot.store.data.meetings.m2!.invitees).not.toContain('david-cohen');
    expect(bot.to('secretariat').at(-1)!.reply.text).toContain('· m1“第一次工作会议”：已定时间，已发送会议通知和日历邀请；受邀 7 人');
  });
});

describe('members missed before', () => {
  it('are named in the tally with a button, and added with the poll on confirmation', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    // Accepted while new members were not yet added automatically.
    await bot.store.update((db) => {
      db.invitations['david-cohen'] = { expertId: 'david-cohen', code: 'CDAVID', answer: 'accepted', answeredAt: NOW, reminders: 0 };
      db.accounts.push({ platform: 'test', accountId: 'acc-david-cohen', personId: 'david-cohen', boundAt: NOW });
    });
    expect(await bot.chat('david-cohen').say('vote m1 1 yes')).toContain('You joined the committee after meeting m1 was set up');
    const admin = bot.chat('secretariat');
    const tally = await admin.say('会议 m1');
    expect(tally).toContain('在本会议发起后加入委员会、尚未列入名单的委员（1）：大卫·科恩');
    expect(admin.choices.map((c) => c.label)).toContain('➕ 加入并通知（1 人）');
    expect(await admin.press('➕')).toContain('把 1 位后加入的委员加入会议 m1“第一次工作会议”：大卫·科恩？');
    expect(bot.store.data.meetings.m1!.invitees).not.toContain('david-cohen');
    expect(await admin.press('➕')).toBe('已把 1 位委员加入会议 m1；现受邀 7 人，法定人数 4 人。\n已送达 1 人（共 1 人）。');
    expect(text(await bot.pressSent('david-cohen', '1 ✅'))).toContain('✔️ Saved: slot 1 ✅ yes');
    expect(await admin.say('会议 添加 m1')).toBe('所有委员都已在会议 m1 的名单中。');
  });
});
