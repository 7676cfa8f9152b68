// Names, not only counts: the secretariat's tally says who answered what on each slot and
// who has not voted, and once the date is fixed who attends in person, online, not at all,
// or has not answered. Members never see one another's names in a poll with hidden votes.
import { describe, expect, it } from 'vitest';
import { CREATE, meetingBot, sentPoll } from './meeting-setup.ts';

describe('names in the tally', () => {
  it('shows the secretariat who said what and who has not voted, per slot', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    await bot.chat('zhang-haibo').say('投票 m1 1 可以');
    await bot.chat('li-qiang').say('投票 m1 1 必要时可以');
    await bot.chat('wang-xiaomei').say('投票 m1 1 不行');
    const tally = await bot.chat('secretariat').say('会议 m1');
    expect(tally).toContain('　✅ 张海波 · 🤔 李强 · ❌ 王晓梅 · ⏳ 未答：莎拉·米切尔、刘艳、梁家偉');
    expect(tally).toContain('　⏳ 未答：莎拉·米切尔、张海波、王晓梅、李强、刘艳、梁家偉');
  });

  it('names attendance answers once the date is fixed', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    const admin = bot.chat('secretariat');
    await admin.say('会议 定 m1 1');
    await admin.press('仍然定在这个时段');
    await bot.chat('zhang-haibo').say('出席 m1 出席');
    await bot.chat('li-qiang').say('出席 m1 线上');
    await bot.chat('sarah-mitchell').say('attend m1 online');
    await bot.chat('liu-yan').say('出席 m1 不能 出差');
    const view = await admin.say('会议 m1');
    expect(view).toContain('出席答复：现场 1，线上 2，不能出席 1，未答复 2');
    expect(view).toContain('· 现场：张海波\n· 线上：莎拉·米切尔、李强\n· 不能出席：刘艳\n· 未答复：王晓梅、梁家偉');
  });

  it('keeps names from members when votes are hidden', async () => {
    const bot = await meetingBot();
    await sentPoll(bot, `${CREATE} | 隐藏`);
    await bot.chat('zhang-haibo').say('投票 m1 1 可以');
    const sarah = await bot.chat('sarah-mitchell').say('vote m1 1 no');
    for (const name of ['张海波', 'Zhang Haibo', '王晓梅', 'Wang Xiaomei']) expect(sarah).not.toContain(name);
    expect(sarah).not.toContain('So far');
    expect(await bot.chat('secretariat').say('会议 m1')).toContain('✅ 张海波 · ❌ 莎拉·米切尔');
  });
});
