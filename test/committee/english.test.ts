// The committee in the expert's language: a meeting's title, place and agenda and a
// consultation's title and question have an English text beside the Chinese, given in the
// same command (or the step-by-step creation); members who read English get it, with the
// Chinese as fallback; Traditional readers get the converted Chinese; the calendar file
// carries the member's language; the consultation letter is dated; older data loads.
import { describe, expect, it } from 'vitest';
import { Consultation, Meeting } from '../../src/committee/schema.ts';
import type { Reply } from '../../src/core/types.ts';
import { consultBot } from './consult-setup.ts';
import { meetingBot, sentPoll } from './meeting-setup.ts';

const EN_POLL =
  '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心 | 议程 审议章程 | en First working meeting | 英文地点 Municipal Conference Centre | agenda-en Adopt the charter';

const ics = (reply: Reply) => new TextDecoder().decode(reply.file!.data);
const field = (calendar: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(calendar)?.[1];

describe('meetings in English', () => {
  it('shows English members the English title, place and agenda; Chinese and Traditional members the Chinese', async () => {
    const bot = await meetingBot();
    const admin = bot.chat('secretariat');
    const created = await admin.say(EN_POLL);
    expect(created).toContain(
      '英文（读英文的委员看到）：First working meeting · 地点 Municipal Conference Centre · 议程 Adopt the charter',
    );
    expect(bot.store.data.meetings.m1).toMatchObject({
      title: '第一次工作会议',
      titleEn: 'First working meeting',
      place: '市级机关会议中心',
      placeEn: 'Municipal Conference Centre',
      agendaEn: 'Adopt the charter',
    });
    await admin.press('📨');
    const sarah = bot.to('sarah-mitchell').at(-1)!.reply.text;
    expect(sarah).toContain('📅 Date poll: First working meeting (m1)');
    expect(sarah).toContain('Place: Municipal Conference Centre');
    expect(sarah).toContain('Agenda: Adopt the charter');
    expect(sarah).not.toContain('第一次');
    const zhang = bot.to('zhang-haibo').at(-1)!.reply.text;
    expect(zhang).toContain('第一次工作会议');
    expect(zhang).toContain('市级机关会议中心');
    expect(zhang).not.toContain('First working meeting');
    const leung = bot.to('leung-ka-wai').at(-1)!.reply.text;
    expect(leung).toContain('第一次工作會議');
    expect(leung).toContain('市級機關會議中心');

    // Sarah's own view, vote and list speak English too.
    expect(await bot.chat('sarah-mitchell').say('vote m1 1 yes')).toContain('First working meeting');
    expect(await bot.chat('sarah-mitchell').say('meeting')).toContain('m1 First working meeting');
  });

  it('sends each member a calendar file in their language', async () => {
    const bot = await meetingBot();
    await sentPoll(bot, EN_POLL);
    bot.sent.length = 0;
    const admin = bot.chat('secretariat');
    await admin.say('会议 定 m1 1');
    await admin.press('仍然定在这个时段');
    const calendar = (person: string) => ics(bot.to(person).at(-1)!.reply);
    expect(field(calendar('sarah-mitchell'), 'SUMMARY')).toBe('First working meeting');
    expect(field(calendar('sarah-mitchell'), 'LOCATION')).toBe('Municipal Conference Centre');
    expect(bot.to('sarah-mitchell').at(-1)!.reply.text).toContain('The date is fixed: First working meeting (m1)');
    expect(field(calendar('zhang-haibo'), 'SUMMARY')).toBe('第一次工作会议');
    expect(field(calendar('zhang-haibo'), 'LOCATION')).toBe('市级机关会议中心');
    expect(field(calendar('leung-ka-wai'), 'SUMMARY')).toBe('第一次工作會議');
    expect(field(calendar('leung-ka-wai'), 'LOCATION')).toBe('市級機關會議中心');
    // The same event in every language: one UID, one sequence.
    expect(new Set(['sarah-mitchell', 'zhang-haibo', 'leung-ka-wai'].map((p) => field(calendar(p), 'UID')))).toEqual(new Set(['m1@duban']));
  });

  it('falls back to the Chinese where no English is given', async () => {
    const bot = await meetingBot();
    await sentPoll(bot);
    const sarah = bot.to('sarah-mitchell').at(-1)!.reply.text;
    expect(sarah).toContain('📅 Date poll: 第一次工作会议 (m1)');
    expect(sarah).toContain('Place: 市级机关会议中心');
  });

  it('refuses an English place without a place, and takes the English texts in the step-by-step creation', async () => {
    const bot = await meetingBot();
    const admin = bot.chat('secretariat');
    expect(await admin.say('会议 新建 培训 | 2016-11-20 09:30 | 截止 2016-11-15 | 英文地点 Hall A')).toContain('写了英文地点，却没有地点');
    expect(bot.store.data.meetings).toEqual({});

    expect(await admin.say('会议 新建')).toContain('会议名称');
    expect(await admin.say('第一次工作会议')).toContain('会议名称的英文');
    expect(await admin.say('First working meeting')).toContain('候选时段');
    await admin.say('2016-11-20 09:30-11:30');
    await admin.say('2016-11-15 18:00');
    expect(await admin.say('市级机关会议中心')).toContain('地点的英文');
    expect(await admin.say('Municipal Conference Centre')).toContain('已建立会议 m1');
    expect(bot.store.data.meetings.m1).toMatchObject({ titleEn: 'First working meeting', placeEn: 'Municipal Conference Centre' });

    // Skipped, they are simply absent.
    await admin.say('会议 新建');
    await admin.say('第二次工作会议');
    await admin.press('跳过');
    await admin.say('2016-11-22 09:30-11:30');
    await admin.say('2016-11-15 18:00');
    await admin.say('https://meet.example.org/m2');
    expect(bot.store.data.meetings.m2).toMatchObject({ title: '第二次工作会议', link: 'https://meet.example.org/m2' });
    expect(bot.store.data.meetings.m2!.titleEn).toBeUndefined();
  });

  it('loads meetings and consultations saved before the English texts existed', () => {
    const old = {
      id: 'm1',
      title: '会',
      invitees: [],
      slots: [{ id: '1', start: 'a', end: 'b' }],
      deadline: 'x',
      quorum: {},
      status: 'open',
    };
    expect(Meeting.parse({ ...old, createdBy: 's', createdAt: 'x' }).titleEn).toBeUndefined();
    const c = { id: 'C1', title: '意见', question: '？', deadline: 'x', recipients: [], createdBy: 's', createdAt: 'x' };
    expect(Consultation.parse(c).questionEn).toBeUndefined();
  });
});

describe('consultations in English', () => {
  const MEMBERS = ['sarah-mitchell', 'zhang-haibo', 'leung-ka-wai'];
  const NEW =
    '征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 问题：请就行动计划提出修改建议 | 英文 Comments on the 2017 action plan | 英文问题 Please suggest changes to the action plan';

  it('sends English members the English title and question, with the letter dated', async () => {
    const bot = await consultBot({ now: '2016-11-01T10:00:00+08:00', members: MEMBERS });
    const admin = bot.chat('secretariat');
    const draft = await admin.say(NEW);
    expect(draft).toContain('英文标题：Comments on the 2017 action plan');
    expect(draft).toContain('英文问题：Please suggest changes to the action plan');
    expect(draft).toContain('日期：2016年11月1日');
    expect(bot.store.data.consultations.C1).toMatchObject({
      titleEn: 'Comments on the 2017 action plan',
      questionEn: 'Please suggest changes to the action plan',
    });
    await admin.press('发送');
    const to = (p: string) => bot.sent.find((s) => bot.personOf(s) === p)!.reply.text;
    expect(to('sarah-mitchell')).toContain('"Comments on the 2017 action plan"');
    expect(to('sarah-mitchell')).toContain('Question: Please suggest changes to the action plan');
    expect(to('sarah-mitchell')).toContain('Date: 1 Nov 2016');
    expect(to('sarah-mitchell')).not.toContain('行动计划');
    expect(to('zhang-haibo')).toContain('对行动计划2017年版的意见');
    expect(to('zhang-haibo')).toContain('日期：2016年11月1日');
    expect(to('leung-ka-wai')).toContain('對行動計劃2017年版的意見');
    // Answering shows the English too.
    expect(await bot.chat('sarah-mitchell').say('answer C1')).toContain('Answering consultation C1 "Comments on the 2017 action plan"');
  });

  it('keeps a question line starting with "en" in the question, and refuses an empty English part', async () => {
    const bot = await consultBot({ now: '2016-11-01T10:00:00+08:00', members: MEMBERS });
    const admin = bot.chat('secretariat');
    await admin.say('征求意见 新建 意见 | 截止 2016-12-10 | 问题：第一段\nen route to the airport, 第二段');
    expect(bot.store.data.consultations.C1).toMatchObject({ question: '第一段\nen route to the airport, 第二段' });
    expect(bot.store.data.consultations.C1!.titleEn).toBeUndefined();
    expect(await admin.say('征求意见 新建 意见二 | 截止 2016-12-10 | 问题：？ | 英文')).toContain('“英文”后面没有内容');
  });
});
