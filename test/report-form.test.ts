// The report as one form (what Slack shows as a modal): built pre-filled, checked with the
// conversation's rules, saved the same way; errors come back per field and save nothing.
import { describe, expect, it } from 'vitest';
import { makeBot } from './helpers/fake-chat.ts';

describe('report form', () => {
  it('is offered where forms can be shown, pre-filled from the last report', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    await chat.say('确认');
    const [reply] = await chat.send({ text: '汇报 92', canShowForm: true });
    expect(reply!.form?.id).toBe('report:92');
    const fields = Object.fromEntries(reply!.form!.fields.map((f) => [f.name, f]));
    expect(fields.item!.options!.map((o) => o.value)).toEqual(expect.arrayContaining(['89', '92', '94']));
    expect(fields.status!.initial).toBe('on-track');
    expect(fields.progress!.initial).toBe('60');
    expect(fields.note!.initial).toBe('初稿完成');
  });

  it('returns the reason per field and saves nothing, then saves a valid submission', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    const bad = await chat.send({ form: { id: 'report', values: { item: '22', status: 'maybe', progress: '120', note: '', evidence: 'ftp://x' } } });
    expect(Object.keys(bad[0]!.formErrors!).sort()).toEqual(['evidence', 'item', 'note', 'progress', 'status']);
    expect(bad[0]!.formErrors!.item).toContain('不属于您所在单位');
    expect(bot.store.records('reports')).toHaveLength(0);
    const ok = await chat.send({ form: { id: 'report', values: { item: '92', status: 'at-risk', progress: '35', note: '场地待定', evidence: '' } } });
    expect(ok[0]!.text).toContain('已保存：第 92 项，进度 35%');
    expect(bot.store.records('reports')[0]).toMatchObject({ item: 92, status: 'at-risk', progress: 35, by: 'zhao-min' });
  });

  it('refuses a form from an unbound account', async () => {
    const bot = await makeBot();
    const replies = await bot.chat('U1', { platform: 'slack' }).send({ form: { id: 'report', values: { item: '92' } } });
    expect(replies[0]!.text).toContain('尚未绑定');
    expect(bot.store.records('reports')).toHaveLength(0);
  });
});
