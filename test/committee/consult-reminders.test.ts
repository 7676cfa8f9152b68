// The scheduled reminders of a consultation, through the pure dueConsultationReminders and
// the runner: the latest slot that has come since sending (3 and 1 days before the
// deadline), never at night in the member's own time zone, nobody who has answered or left
// the committee, skipped (and recorded so) right after the consultation itself arrived.
import { describe, expect, it } from 'vitest';
import { dueConsultationReminders, runConsultationReminders } from '../../src/committee/consultations/remind.ts';
import { consultBot } from './consult-setup.ts';
import { EVENTS_LOG } from '../../src/committee/consultations/consultation.ts';

// Transport: klaus-becker works in Berlin (UTC+1 in winter), zhao-lei and song-tao in Shanghai.
const TRANSPORT = ['klaus-becker', 'zhao-lei', 'song-tao'];

async function transportConsultation(sentAt: string) {
  const bot = await consultBot({ now: sentAt, members: TRANSPORT });
  const sec = bot.chat('secretariat');
  await sec.say('征求意见 新建 港口集疏运方案 | 截止 2016-12-10 | 领域 交通 | 问题：请提出意见');
  await sec.press('发送');
  bot.sent.length = 0;
  const due = (at: string) => {
    bot.clock.set(at);
    return dueConsultationReminders(bot.store, bot.clock.now()).map(
      (r) => `${r.person}:${r.slot}${r.skip ? ':skip' : ''}${r.waiting ? ':wait' : ''}`,
    );
  };
  const run = (at: string) => {
    bot.clock.set(at);
    return runConsultationReminders(bot.core.services, bot.clock.now());
  };
  return { bot, due, run };
}

describe('consultation reminders', () => {
  it('come 3 and 1 days before the deadline, by day in each member’s own zone, to those who have not answered', async () => {
    const { bot, due, run } = await transportConsultation('2016-11-20T10:00:00+08:00');
    const song = bot.chat('song-tao');
    await song.say('答复 C1');
    await song.say('建议优化港口集疏运。');
    expect(due('2016-12-07T20:00:00+08:00')).toEqual([]); // the 3-day slot is 23:59:59 on 7 Dec
    // 09:00 in Shanghai is 02:00 in Berlin: Klaus waits for his morning.
    expect(due('2016-12-08T09:00:00+08:00')).toEqual(['klaus-becker:d3:wait', 'zhao-lei:d3']);
    expect(await run('2016-12-08T09:00:00+08:00')).toMatchObject({ due: 2, sent: 1, waiting: 1 });
    expect(bot.sent.map((s) => bot.personOf(s))).toEqual(['zhao-lei']);
    expect(await run('2016-12-08T12:00:00+08:00')).toMatchObject({ sent: 0, waiting: 1 }); // 05:00 in Berlin
    expect(await run('2016-12-08T16:00:00+08:00')).toMatchObject({ sent: 1, waiting: 0 }); // 09:00 in Berlin
    expect(bot.sent.map((s) => bot.personOf(s))).toEqual(['zhao-lei', 'klaus-becker']);
    expect(bot.sent[1]!.reply.text).toContain('[Reminder] You have not yet answered consultation C1');
    expect(bot.sent[1]!.reply.text).toContain('Deadline: Sat, 10 Dec 2016, 16:59 (Central European Standard Time)');
    expect(due('2016-12-09T09:00:00+08:00')).toEqual([]); // each slot once

    // Zhao answers before the last slot; Klaus leaves the committee: nobody is due.
    const zhao = bot.chat('zhao-lei');
    await zhao.say('答复 C1');
    await zhao.say('同意。');
    expect(due('2016-12-10T09:00:00+08:00')).toEqual(['klaus-becker:d1:wait']);
    await bot.store.update((db) => void (db.invitations['klaus-becker']!.revokedAt = '2016-12-10T01:00:00.000Z'));
    expect(due('2016-12-10T16:00:00+08:00')).toEqual([]);
    expect(due('2016-12-11T09:00:00+08:00')).toEqual([]); // closed
  });

  it('skips a slot that comes right after the consultation arrived, and never one from before it', async () => {
    const { bot, due, run } = await transportConsultation('2016-12-09T20:00:00+08:00');
    // The 3-day slot passed before the sending; the 1-day slot (23:59:59 on 9 Dec) came 4 hours after it.
    expect(due('2016-12-10T09:00:00+08:00')).toEqual(['klaus-becker:d1:skip', 'zhao-lei:d1:skip', 'song-tao:d1:skip']);
    expect(await run('2016-12-10T09:00:00+08:00')).toMatchObject({ skipped: 3, sent: 0 });
    expect(due('2016-12-10T18:00:00+08:00')).toEqual([]);
    expect(bot.sent).toEqual([]);
    expect(
      bot.store
        .records(EVENTS_LOG)
        .filter((r) => r.kind === 'reminder')
        .map((r) => ('reason' in r ? r.reason : undefined)),
    ).toEqual(['recent', 'recent', 'recent']);
  });
});
