// Invitation reminders: only to those who got the invitation and have not answered, every
// 3 days and at most 3 times, only at 09:00-20:00 on a working day where the expert is (an
// expert in Los Angeles is not woken up by a run at 14:00 in Qingdao), and by hand with a
// confirmation that sends nothing the second time.
import { describe, expect, it } from 'vitest';
import { COMMITTEE_LOG, type CommitteeEvent } from '../../src/committee/invitations/events.ts';
import { isDecentTime } from '../../src/committee/invitations/local-time.ts';
import { dueInvitationReminders, INVITATION_REMINDERS, runInvitationReminders } from '../../src/committee/invitations/reminders.ts';
import type { Invitation } from '../../src/committee/schema.ts';
import { wallClock } from '../../src/core/clock.ts';
import type { Reply } from '../../src/core/types.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { memoryStore } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';

const SENT_AT = '2016-09-01T10:00:00+08:00'; // Thursday in Qingdao
const iso = (s: string) => new Date(s).toISOString();

describe('local time', () => {
  it('reads the hour, day and weekday in the expert zone', () => {
    expect(wallClock(new Date('2016-09-06T14:00:00+08:00'), 'America/Los_Angeles')).toMatchObject({
      date: '2016-09-05',
      hour: 23,
      weekday: 1,
    });
    expect(wallClock(new Date('2016-09-06T14:00:00+08:00'), 'Asia/Shanghai')).toMatchObject({ date: '2016-09-06', hour: 14, weekday: 2 });
  });

  it('allows 09:00-19:59 on a working day only, with the PRC calendar for mainland China', () => {
    const ok = (at: string, zone: string, country: string) => isDecentTime(new Date(at), zone, country, INVITATION_REMINDERS);
    expect(ok('2016-09-06T08:59:00+08:00', 'Asia/Shanghai', 'CN')).toBe(false);
    expect(ok('2016-09-06T09:00:00+08:00', 'Asia/Shanghai', 'CN')).toBe(true);
    expect(ok('2016-09-06T19:59:00+08:00', 'Asia/Shanghai', 'CN')).toBe(true);
    expect(ok('2016-09-06T20:00:00+08:00', 'Asia/Shanghai', 'CN')).toBe(false);
    expect(ok('2016-09-10T10:00:00+08:00', 'Asia/Shanghai', 'CN')).toBe(false); // Saturday
    expect(ok('2016-09-15T10:00:00+08:00', 'Asia/Shanghai', 'CN')).toBe(false); // Mid-Autumn Festival
    expect(ok('2016-09-18T10:00:00+08:00', 'Asia/Shanghai', 'CN')).toBe(true); // a Sunday worked in its place (调休)
    expect(ok('2016-09-18T10:00:00+08:00', 'Asia/Hong_Kong', 'HK')).toBe(false); // Sunday in Hong Kong
    expect(ok('2016-09-10T10:00:00-07:00', 'America/Los_Angeles', 'US')).toBe(false); // Saturday in LA
  });
});

describe('dueInvitationReminders', () => {
  async function store() {
    const s = memoryStore(createSeedDb(new Date(SENT_AT)));
    const delivered = (extra: Partial<Invitation> = {}): Invitation => ({
      expertId: '',
      code: 'X',
      invitedAt: iso(SENT_AT),
      deliveredAt: iso(SENT_AT),
      reminders: 0,
      ...extra,
    });
    await s.update((db) => {
      db.invitations['sarah-mitchell'] = { ...delivered(), expertId: 'sarah-mitchell' }; // Los Angeles
      db.invitations['zhang-haibo'] = { ...delivered(), expertId: 'zhang-haibo' }; // Qingdao time
      db.invitations['david-cohen'] = { ...delivered({ answer: 'accepted', answeredAt: iso(SENT_AT) }), expertId: 'david-cohen' };
      db.invitations['robert-hayes'] = {
        expertId: 'robert-hayes',
        code: 'Y',
        invitedAt: iso(SENT_AT),
        unreachableAt: iso(SENT_AT),
        reminders: 0,
      };
      db.invitations['li-qiang'] = { ...delivered({ revokedAt: iso(SENT_AT) }), expertId: 'li-qiang' };
      db.invitations['wang-xiaomei'] = {
        ...delivered({ reminders: 3, remindedAt: iso('2016-09-01T11:00:00+08:00') }),
        expertId: 'wang-xiaomei',
      };
      db.invitations['liu-yan'] = { ...delivered({ reminders: 1, remindedAt: iso('2016-09-05T10:00:00+08:00') }), expertId: 'liu-yan' };
    });
    return s;
  }
  const due = async (at: string) => dueInvitationReminders(await store(), new Date(at)).map((d) => `${d.expert}#${d.n}`);

  it('waits for the cadence, then reminds only the unanswered, in their daytime', async () => {
    expect(await due('2016-09-02T14:00:00+08:00')).toEqual([]); // one day after: too soon
    // Tuesday 14:00 in Qingdao is Monday 23:00 in Los Angeles: only the expert in China.
    expect(await due('2016-09-06T14:00:00+08:00')).toEqual(['zhang-haibo#1']);
    // Wednesday 01:00 in Qingdao is Tuesday 10:00 in Los Angeles: only her.
    expect(await due('2016-09-07T01:00:00+08:00')).toEqual(['sarah-mitchell#1']);
    // Saturday 14:00 in Qingdao (Friday 23:00 in LA): nobody.
    expect(await due('2016-09-10T14:00:00+08:00')).toEqual([]);
    // Monday 10:00 in Qingdao, Sunday in LA: in China, also the one reminded on the 5th.
    expect(await due('2016-09-12T10:00:00+08:00')).toEqual(['zhang-haibo#1', 'liu-yan#2']);
  });
});

interface Sent {
  to: string;
  reply: Reply;
}

async function sentOut() {
  const bot = await makeBot({ now: SENT_AT });
  const sent: Sent[] = [];
  bot.core.services.notifier.register('test', async (to, reply) => {
    sent.push({ to: to.chatId, reply });
    return { ok: true };
  });
  const bound = ['secretariat', 'sarah-mitchell', 'david-cohen', 'zhang-haibo', 'wang-xiaomei', 'li-qiang', 'leung-ka-wai'];
  await bot.store.update((db) => {
    for (const id of bound) db.accounts.push({ platform: 'test', accountId: id, personId: id, boundAt: SENT_AT });
  });
  const sec = bot.chat('secretariat');
  await sec.say('邀请 发送 全部');
  await sec.press('确认发送');
  await bot.chat('zhang-haibo').say('邀请函 接受');
  sent.length = 0;
  return { bot, sent, sec };
}

const reminded = (sent: Sent[]) =>
  sent
    .filter((s) => s.to !== 'secretariat')
    .map((s) => s.to)
    .sort();

describe('runInvitationReminders', () => {
  it('reminds the pending experts at most 3 times, never at night in their zone', async () => {
    const { bot, sent } = await sentOut();
    const run = async (at: string) => {
      bot.clock.set(at);
      sent.length = 0;
      await runInvitationReminders(bot.core.services, bot.clock.now());
      return reminded(sent);
    };
    // 14:00 in Qingdao and Hong Kong; night in Los Angeles and New York. Zhang answered.
    expect(await run('2016-09-06T14:00:00+08:00')).toEqual(['leung-ka-wai', 'li-qiang', 'wang-xiaomei']);
    const wang = sent.find((s) => s.to === 'wang-xiaomei')!.reply;
    expect(wang.text).toContain('王晓梅您好');
    expect(wang.text).toContain('第 1 次提醒');
    expect(wang.choices!.map((c) => c.label)).toEqual(['✅ 接受邀请', '✖️ 谢绝', '❓ 向秘书处提问']);
    expect(sent.find((s) => s.to === 'leung-ka-wai')!.reply.text).toContain('第 1 次提醒'); // zh-Hant: 第 1 次提醒 is the same
    expect(sent.find((s) => s.to === 'leung-ka-wai')!.reply.text).toContain('邀請');
    expect(await run('2016-09-06T15:00:00+08:00')).toEqual([]); // the next hour: nothing twice
    // Morning in the Americas, night in China.
    expect(await run('2016-09-07T01:00:00+08:00')).toEqual(['david-cohen', 'sarah-mitchell']);
    expect(sent.find((s) => s.to === 'sarah-mitchell')!.reply.text).toContain('Dear Sarah Mitchell, we recently invited you');
    expect(bot.store.data.invitations['sarah-mitchell']).toMatchObject({ reminders: 1, remindedAt: iso('2016-09-07T01:00:00+08:00') });

    // Wang answers from the reminder's button; she is not reminded again.
    const chat = bot.chat('wang-xiaomei');
    chat.choices = wang.choices!;
    expect(await chat.press('接受')).toContain('感谢您接受邀请');
    expect(await run('2016-09-09T14:00:00+08:00')).toEqual(['leung-ka-wai', 'li-qiang']);
    expect(await run('2016-09-12T14:00:00+08:00')).toEqual(['leung-ka-wai', 'li-qiang']);
    expect(await run('2016-09-20T14:00:00+08:00')).toEqual([]); // three reminders each: no more
    expect(bot.store.data.invitations['li-qiang']!.reminders).toBe(3);
    const events = (bot.store.records(COMMITTEE_LOG) as CommitteeEvent[]).filter((e) => e.expert === 'li-qiang' && e.event === 'reminded');
    expect(events.map((e) => [e.id, e.by])).toEqual([
      ['li-qiang:reminded:1', 'system'],
      ['li-qiang:reminded:2', 'system'],
      ['li-qiang:reminded:3', 'system'],
    ]);
  });

  it('reminds by hand after a confirmation, leaving out those at night, and not twice', async () => {
    const { bot, sent, sec } = await sentOut();
    bot.clock.set('2016-09-06T14:00:00+08:00');
    const prompt = await sec.say('邀请 提醒');
    expect(prompt).toContain('将提醒 3 位尚未答复的专家');
    expect(prompt).toContain('另有 2 位当地现在是夜间或休息日');
    expect(sent).toHaveLength(0); // nothing before the confirmation
    const key = sec.choices[0]!.key;
    expect(await sec.press('确认提醒')).toBe('已提醒 3 位；2 位当地现在是夜间或休息日，未提醒。');
    expect(reminded(sent)).toEqual(['leung-ka-wai', 'li-qiang', 'wang-xiaomei']);
    expect((await sec.send({ action: key }))[0]!.text).toContain('刚刚已被提醒');
    // The hourly run right after sends nothing either: the cadence starts again.
    await runInvitationReminders(bot.core.services, bot.clock.now());
    expect(reminded(sent)).toHaveLength(3);
    const by = (bot.store.records(COMMITTEE_LOG) as CommitteeEvent[]).find((e) => e.event === 'reminded')!.by;
    expect(by).toBe('secretariat');
  });

  it('says so when nobody can be reminded now', async () => {
    const { bot, sec } = await sentOut();
    bot.clock.set('2016-09-10T22:00:00+08:00'); // Saturday night in China; Saturday morning in the Americas
    expect(await sec.say('邀请 提醒')).toContain('5 位专家尚未答复，但他们当地现在是夜间或休息日');
    for (const id of ['sarah-mitchell', 'david-cohen', 'wang-xiaomei', 'li-qiang', 'leung-ka-wai'])
      await bot.chat(id).say('invitation accept');
    expect(await sec.say('邀请 提醒')).toContain('没有需要提醒的专家');
  });
});
