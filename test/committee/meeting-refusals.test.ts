// Bad input and safety: who may do what, and a clear, specific answer for every mistake in
// creating a poll, voting, fixing the date and answering attendance. Nothing is saved or
// sent on a refusal.
import { describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { CREATE, meetingBot, sentPoll } from './meeting-setup.ts';

const SLOTS = '2016-11-20 09:30-11:30';
const DEADLINE = '截止 2016-11-15 18:00';

describe('creating a poll', () => {
  it('gives a specific reason for each mistake and saves nothing', async () => {
    const bot = await meetingBot();
    const admin = bot.chat('secretariat');
    const create = (rest: string) => admin.say(`会议 新建 ${rest}`);
    expect(await admin.say('会议 新建 | 2016-11-20 09:30')).toContain('请这样发起');
    expect(await create(`工作会议 | ${DEADLINE}`)).toContain('没有候选时段');
    expect(await create(`工作会议 | 2016-10-20 09:30-11:30 | ${DEADLINE}`)).toBe('时段“2016-10-20 09:30-11:30”已经过去了。');
    expect(await create(`工作会议 | 2016-11-20 11:30-09:30 | ${DEADLINE}`)).toBe('时段“2016-11-20 11:30-09:30”的结束时间不晚于开始时间。');
    expect(await create(`工作会议 | 2016-11-31 09:30 | ${DEADLINE}`)).toContain('看不懂时段“2016-11-31 09:30”');
    expect(await create(`工作会议 | 2016-11-20 上午 | ${DEADLINE}`)).toContain('看不懂时段“2016-11-20 上午”');
    expect(await create(`工作会议 | ${SLOTS}, ${SLOTS} | ${DEADLINE}`)).toContain('写了两次');
    expect(await create(`工作会议 | ${SLOTS}`)).toContain('请写上投票截止时间');
    expect(await create(`工作会议 | ${SLOTS} | 截止 下周`)).toContain('看不懂截止时间“下周”');
    expect(await create(`工作会议 | ${SLOTS} | 截止 2016-10-30 18:00`)).toBe('投票截止时间已经过去了。');
    expect(await create(`工作会议 | ${SLOTS} | 截止 2016-11-20 10:00`)).toContain('截止时间必须在所有时段之前');
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 人数 5`)).toContain('看不懂“人数 5”');
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 法定 三`)).toContain('法定人数“三”不是正整数');
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 法定 7`)).toContain('法定人数 7 超过了受邀人数 6');
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 必须 郭伟`)).toContain('“郭伟”不在受邀名单中'); // a candidate, not a member
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 链接 zoom`)).toContain('不是以 http:// 或 https:// 开头的网址');
    expect(await create(`工作会议 | ${SLOTS} | ${DEADLINE} | 地点`)).toContain('“地点”后面没有内容');
    expect(Object.keys(bot.store.data.meetings)).toEqual([]);

    const none = await meetingBot({ members: [] });
    expect(await none.chat('secretariat').say(CREATE)).toContain('还没有专家接受邀请');
  });

  it('reads English and the other ways of writing times', async () => {
    const bot = await meetingBot();
    await bot.chat('secretariat').say('lang en');
    const reply = await bot
      .chat('secretariat')
      .say(
        'meeting new Workshop | 2016年11月20日 9:30至11:30; 2016/11/21 22:00-2016/11/22 01:00 | deadline 2016-11-15 | link https://meet.example.org/x | quorum 3 | hidden',
      );
    expect(reply).toContain('Meeting m1 created: Workshop');
    expect(reply).toContain('2. Mon 21 Nov, 22:00–Tue 22 Nov, 01:00');
    expect(reply).toContain('Voting deadline: Tue 15 Nov, 23:59');
    expect(reply).toContain('6 committee members invited, quorum 3; votes hidden from members');
    expect(bot.store.data.meetings.m1).toMatchObject({ link: 'https://meet.example.org/x', hiddenVotes: true, quorum: { min: 3 } });
  });
});

describe('who may do what', () => {
  it('lets only the secretariat create, send, fix or cancel, and only invitees vote', async () => {
    const bot = await meetingBot();
    await bot.store.update(
      (db) =>
        void (db.invitations['guo-wei'] = {
          expertId: 'guo-wei',
          code: 'Cg',
          answer: 'declined',
          answeredAt: '2016-10-01T00:00:00Z',
          reminders: 0,
        }),
    );
    expect(await bot.chat('zhang-haibo').say(CREATE)).toContain('只有秘书处');
    expect(await bot.chat('zhao-min').say(CREATE)).toContain('只有秘书处');
    expect(await bot.chat('nobody').say(CREATE)).toContain('尚未绑定');
    expect(Object.keys(bot.store.data.meetings)).toEqual([]);
    await sentPoll(bot);
    expect(await bot.chat('zhang-haibo').say('会议 定 m1 1')).toContain('只有秘书处');
    expect(await bot.chat('zhang-haibo').say('会议 取消 m1')).toContain('只有秘书处');
    expect(await bot.chat('secretariat').say('投票 m1 1 可以')).toBe('您不在会议 m1 的邀请名单中。');
    expect(await bot.chat('guo-wei').say('投票 m1 1 可以')).toBe('您不在会议 m1 的邀请名单中。');
    expect(await bot.chat('guo-wei').say('会议 m1')).toBe('您不在会议 m1 的邀请名单中。');
    // A member whose membership was revoked after the poll went out can no longer vote.
    await bot.store.update((db) => void (db.invitations['liu-yan']!.revokedAt = '2016-11-02T00:00:00Z'));
    expect(await bot.chat('liu-yan').say('投票 m1 1 可以')).toBe('您不在会议 m1 的邀请名单中。');
    expect(bot.store.records(VOTES_LOG)).toHaveLength(0);
  });
});

describe('voting mistakes', () => {
  it('names what is wrong: the meeting, the slot, the answer, the note', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    const zhang = bot.chat('zhang-haibo');
    expect(await zhang.say('投票 m9 1 可以')).toBe('没有编号为“m9”的会议。发送“会议”查看全部会议。');
    expect(await zhang.say('投票 m1 7 可以')).toBe('没有第 7 个时段：这个会议共有 3 个候选时段。');
    expect(await zhang.say('投票 m1 1 好的吧')).toBe('看不懂回答“好的吧”：请用 可以、必要时可以 或 不行。');
    expect(await zhang.say('投票 m1 1')).toContain('用法：投票 m1 2 可以');
    expect(await zhang.say(`投票 m1 1 可以 ${'很'.repeat(201)}`)).toBe('附言太长：201 字，上限 200 字。');
    expect(await zhang.say('投票')).toContain('用法');
    expect(await zhang.say('投票 m1')).toContain('📅 会议时间投票'); // just the meeting: shows the poll
    expect(await zhang.say('会议 m9')).toContain('没有编号为“m9”的会议');
    expect(await zhang.say('出席 m1 出席')).toContain('还没有定时间');
    expect(bot.store.records(VOTES_LOG)).toHaveLength(0);
  });
});

describe('fixing the date: mistakes', () => {
  it('refuses unknown meetings and slots, past times, stale confirmations and cancelled meetings', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    const admin = bot.chat('secretariat');
    expect(await admin.say('会议 定 m9 1')).toContain('没有编号为“m9”的会议');
    expect(await admin.say('会议 定 m1 9')).toBe('没有第 9 个时段：这个会议共有 3 个候选时段。');
    expect(await admin.say('会议 定 m1')).toContain('请写上时段编号');
    expect(await admin.say('会议 定')).toContain('请写上会议编号');
    expect(await admin.say('会议 改期 m1 2016-10-01 09:00-10:00')).toContain('已经过去了');
    // Two previews; the later confirmation wins, the earlier one is then out of date.
    await admin.say('会议 定 m1 1');
    const first = admin.choices[0]!.key;
    await admin.say('会议 定 m1 2');
    await admin.press(1);
    expect((await admin.send({ action: first }))[0]!.text).toContain('这个确认已经过时');
    expect(bot.store.data.meetings.m1).toMatchObject({ finalSlot: '2', schedule: 1 });
    // Cancelling tells everyone; then nothing more can be done.
    await admin.say('会议 取消 m1');
    const before = bot.sent.length;
    expect(await admin.press('取消会议')).toBe('会议 m1 已取消。\n已送达 6 人（共 6 人）。');
    expect(bot.sent.length).toBe(before + 6);
    expect(bot.to('sarah-mitchell').at(-1)!.reply.text).toBe('🗑 The meeting "第一次工作会议" (m1) is cancelled.');
    expect(await admin.say('会议 定 m1 1')).toBe('会议 m1 已取消。');
    expect(await bot.chat('zhang-haibo').say('投票 m1 1 可以')).toContain('会议已取消');
    expect(await bot.chat('zhang-haibo').say('出席 m1 出席')).toBe('会议 m1 已取消。');
  });
});
