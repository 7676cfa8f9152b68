// The report as one form (what Slack shows as a modal): built pre-filled, checked with the
// conversation's rules, saved the same way; errors come back per field and save nothing.
import { describe, expect, it } from 'vitest';
import { makeBot } from './helpers/fake-chat.ts';
import { allReports } from './helpers/logs.ts';

describe('report form', () => {
  it('is offered where forms can be shown, pre-filled from the last report', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    await chat.say('确认');
    const [reply] = await chat.send({ text: '汇报 92', canShowForm: true });
    expect(reply!.form?.id).toMatch(/^report:92~[\w-]{16}$/); // a nonce per form: it is submitted once
    const fields = Object.fromEntries(reply!.form!.fields.map((f) => [f.name, f]));
    expect(fields.item!.options!.map((o) => o.value)).toEqual(expect.arrayContaining(['89', '92', '94']));
    expect(fields.status!.initial).toBe('on-track');
    expect(fields.progress!.initial).toBe('60');
    expect(fields.note!.initial).toBe('初稿完成');
  });

  it('returns the reason per field and saves nothing, then saves a valid submission', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    const bad = await chat.send({
      form: { id: 'report', values: { item: '22', status: 'maybe', progress: '120', note: '', evidence: 'ftp://x' } },
    });
    expect(Object.keys(bad[0]!.formErrors!).sort()).toEqual(['evidence', 'item', 'note', 'progress', 'status']);
    expect(bad[0]!.formErrors!.item).toContain('不属于您所在单位');
    expect(await allReports(bot.store)).toHaveLength(0);
    const ok = await chat.send({
      form: { id: 'report', values: { item: '92', status: 'at-risk', progress: '35', note: '场地待定', evidence: '' } },
    });
    expect(ok[0]!.text).toContain('已保存：第 92 项，进度 35%');
    expect((await allReports(bot.store))[0]).toMatchObject({ item: 92, status: 'at-risk', progress: 35, by: 'zhao-min' });
  });

  it('refuses a form from an unbound account', async () => {
    const bot = await makeBot();
    const replies = await bot.chat('U1', { platform: 'slack' }).send({ form: { id: 'report', values: { item: '92' } } });
    expect(replies[0]!.text).toContain('尚未绑定');
    expect(await allReports(bot.store)).toHaveLength(0);
  });
});

describe('meeting poll form', () => {
  it('is offered to the secretariat, reports a bad slot on its field, and creates a good poll', async () => {
    const bot = await makeBot();
    const members = bot.store.data.experts.slice(0, 5).map((e) => e.id);
    await bot.store.update((db) => {
      for (const id of members)
        db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: '2016-08-01T00:00:00Z', reminders: 0 };
    });
    const chat = bot.chat('secretariat');
    const [offered] = await chat.send({ text: '会议 新建', canShowForm: true });
    expect(offered!.form!.fields.map((f) => f.name)).toEqual([
      'title',
      'titleEn',
      'slots',
      'deadline',
      'place',
      'placeEn',
      'link',
      'agenda',
      'agendaEn',
      'quorum',
    ]);
    const bad = await chat.send({
      form: { id: 'meeting', values: { title: '第一次工作会议', slots: '2016-08-01 09:30-11:30', deadline: '2016-07-30 18:00' } },
    });
    expect(Object.keys(bad[0]!.formErrors!)).toEqual(['slots']);
    expect(Object.keys(bot.store.data.meetings)).toHaveLength(0);
    const ok = await chat.send({
      form: {
        id: 'meeting',
        values: {
          title: '第一次工作会议',
          slots: '2016-11-20 09:30-11:30\n2016-11-21 14:00-16:00',
          deadline: '2016-11-15 18:00',
          place: '市级机关会议中心',
        },
      },
    });
    expect(ok.map((r) => r.text).join('\n')).toContain('第一次工作会议');
    expect(Object.values(bot.store.data.meetings)[0]).toMatchObject({ title: '第一次工作会议', place: '市级机关会议中心' });
    expect(Object.values(bot.store.data.meetings)[0]!.slots).toHaveLength(2);
  });

  it('is not offered to a reporter', async () => {
    const bot = await makeBot();
    const replies = await bot
      .chat('zhao-min')
      .send({ form: { id: 'meeting', values: { title: 'x', slots: '2016-11-20 09:30', deadline: '2016-11-15' } } });
    expect(replies[0]!.formErrors?.title).toMatch(/无权使用/);
    expect(Object.keys(bot.store.data.meetings)).toHaveLength(0);
  });
});
