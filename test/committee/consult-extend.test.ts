// Extending a consultation's deadline: confirmed first, every member who can still answer
// told in their language and time zone, a closed consultation opened again, the automatic
// reminders counting towards the new deadline, refusals for dates that are not later.
import { describe, expect, it } from 'vitest';
import { dueConsultationReminders, runConsultationReminders } from '../../src/committee/consultations/remind.ts';
import { consultBot } from './consult-setup.ts';

const MEMBERS = ['sarah-mitchell', 'zhang-haibo', 'leung-ka-wai'];

async function sent() {
  const bot = await consultBot({ now: '2016-11-01T10:00:00+08:00', members: MEMBERS });
  const sec = bot.chat('secretariat');
  await sec.say('征求意见 新建 对行动计划的意见 | 截止 2016-11-10 | 问题：请提出意见');
  await sec.press('发送');
  bot.sent.length = 0;
  return { bot, sec };
}

describe('extending a consultation’s deadline', () => {
  it('asks first, then moves it and tells every member in their language, once', async () => {
    const { bot, sec } = await sent();
    const ask = await sec.say('征求意见 延期 C1 2016-11-20');
    expect(ask).toBe(
      '把 C1“对行动计划的意见”的截止时间从 2016年11月10日 23:59 延长到 2016年11月20日 23:59，并通知 3 位成员（已答复的也可在新截止前补充或修改）？',
    );
    expect(bot.store.data.consultations.C1!.deadline).toBe('2016-11-10T15:59:59.000Z');
    const key = sec.choices[0]!.key;
    expect(await sec.press('延期并通知')).toBe('C1 的截止时间已延长到 2016年11月20日 23:59；已通知 3 位成员（共 3 位）。');
    expect(bot.store.data.consultations.C1!.deadline).toBe('2016-11-20T15:59:59.000Z');
    const to = (p: string) => bot.sent.find((s) => bot.personOf(s) === p)!.reply;
    expect(to('zhang-haibo').text).toContain('[征求意见 C1] “对行动计划的意见”的截止时间延长至 2016年11月20日周日 23:59（中国标准时间）');
    expect(to('sarah-mitchell').text).toContain(
      '[Consultation C1] The deadline of "对行动计划的意见" is extended to Sun, 20 Nov 2016, 07:59 (Pacific Standard Time) (was Thu, 10 Nov 2016, 07:59 (Pacific Standard Time))',
    );
    expect(to('leung-ka-wai').text).toContain('截止時間延長至');
    expect(to('sarah-mitchell').choices!.map((c) => c.label)).toEqual(['✍️ Answer']);
    // The same button again changes nothing and tells nobody.
    expect((await sec.send({ action: key }))[0]!.text).toContain('这个按钮不再有效');
    expect(bot.sent).toHaveLength(3);
    expect(await sec.say('征求意见 C1')).toContain('截止时间延期 1 次（原截止 2016年11月10日 23:59）');
  });

  it('refuses a date that is not later, in the past or unreadable', async () => {
    const { sec } = await sent();
    expect(await sec.say('征求意见 延期 C1')).toContain('请写上新的截止时间');
    expect(await sec.say('征求意见 延期 C1 2016-11-05')).toContain('延期只能往后');
    expect(await sec.say('征求意见 延期 C1 2016-10-20')).toContain('已经过去');
    expect(await sec.say('征求意见 延期 C1 下周')).toContain('看不懂截止日期');
  });

  it('opens a closed consultation again', async () => {
    const { bot, sec } = await sent();
    bot.clock.set('2016-11-12T10:00:00+08:00');
    expect(await bot.chat('zhang-haibo').say('答复 C1')).toContain('已于');
    expect(await sec.say('征求意见 延期 C1 2016-11-20')).toContain('该征求意见已截止，延期后重新接受答复。');
    await sec.press('延期并通知');
    expect(await bot.chat('zhang-haibo').say('答复 C1')).toContain('答复征求意见 C1《对行动计划的意见》');
  });

  it('reminds again before the new deadline', async () => {
    const { bot, sec } = await sent();
    const run = (at: string) => {
      bot.clock.set(at);
      return runConsultationReminders(bot.core.services, bot.clock.now());
    };
    expect(await run('2016-11-10T10:00:00+08:00')).toMatchObject({ sent: 3 }); // the d1 slot
    await sec.say('征求意见 延期 C1 2016-11-20');
    await sec.press('延期并通知');
    bot.clock.set('2016-11-20T10:00:00+08:00');
    expect(dueConsultationReminders(bot.store, bot.clock.now()).map((r) => r.slot)).toEqual(['d1x1', 'd1x1', 'd1x1']);
  });
});
