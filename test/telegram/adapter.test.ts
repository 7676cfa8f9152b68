// The Telegram adapter end to end, by long polling: the real grammY Bot against the fake
// Bot API on 127.0.0.1, over the real core. What a person types becomes the core's message,
// and the core's replies come back as escaped HTML, inline keyboards and edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { recordHandled } from '../helpers/record-handled.ts';

let h: Harness;
let handled: IncomingMessage[];
beforeAll(async () => {
  h = await startHarness();
  handled = recordHandled(h.core);
});
afterAll(async () => {
  await h.stop();
});

const t = (lang: 'zh-Hans' | 'en', id: string) => h.core.services.i18n.t(lang, id);
const nth = (chatId: number, n: number) => h.fake.waitFor(() => h.fake.botMessages(chatId)[n], `bot message #${n + 1} in ${chatId}`);

describe('direct chats', () => {
  it('answers 事项 92 as HTML and passes the sender as the core expects', async () => {
    const user = h.fake.user(101, { name: 'Li', lang: 'zh-hans' });
    const update = h.fake.say(user, '事项 92');
    const reply = await nth(101, 0);
    expect(reply.text).toContain('第 92 项');
    expect(reply.text).toContain('专家咨询委员会');
    expect(h.fake.ok('sendMessage', 101)[0]!.params.parse_mode).toBe('HTML');
    expect(handled.at(-1)).toMatchObject({
      platform: 'telegram',
      chatId: '101',
      chatType: 'direct',
      accountId: '101',
      senderName: 'Li',
      clientLang: 'zh-hans',
      text: '事项 92',
      deliveryId: String(update.update_id),
    });
  });

  it('escapes <, > and & so Telegram never fails to parse, and shows them as typed', async () => {
    const user = h.fake.user(102);
    h.fake.say(user, '量子 <b>&amp; 纠缠 a<c');
    const reply = await nth(102, 0);
    expect(reply.text).toContain('量子 <b>&amp; 纠缠 a<c');
    const sent = String(h.fake.ok('sendMessage', 102)[0]!.params.text);
    expect(sent).toContain('量子 &lt;b&gt;&amp;amp; 纠缠 a&lt;c');
    expect(h.fake.calls.filter((c) => !c.ok && c.method === 'sendMessage')).toEqual([]);
  });

  it('turns "did you mean" choices into buttons; a press opens the record and is answered', async () => {
    const user = h.fake.user(103);
    h.fake.say(user, 'gdp');
    const list = await nth(103, 0);
    const buttons = list.reply_markup!.inline_keyboard.flat();
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons[0]!.text).toMatch(/人均GDP/);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data!)).toBeLessThanOrEqual(64);

    const press = h.fake.click(user, 103, '人均GDP');
    const record = await nth(103, 1);
    expect(record.text).toContain('最新值：');
    const answered = await h.fake.waitFor(() =>
      h.fake.ok('answerCallbackQuery').find((c) => c.params.callback_query_id === press.callback_query!.id),
    );
    expect(answered).toBeTruthy();
    expect(handled.at(-1)).toMatchObject({ action: buttons[0]!.callback_data, chatId: '103', accountId: '103' });
  });

  it('answers a stale button as stale, and still answers the callback query', async () => {
    const user = h.fake.user(104, { lang: 'en' });
    h.fake.say(user, 'item 92');
    const first = await nth(104, 0);
    const press = h.fake.press(user, first, 'nosuchkey');
    h.fake.inject(press);
    const reply = await nth(104, 1);
    expect(reply.text).toBe(t('en', 'action-unknown'));
    await h.fake.waitFor(() => h.fake.ok('answerCallbackQuery').find((c) => c.params.callback_query_id === press.callback_query!.id));
  });

  it('answers /item 92 in English for an English client', async () => {
    h.fake.say(h.fake.user(105, { lang: 'en' }), '/item 92');
    const reply = await nth(105, 0);
    expect(reply.text).toContain('Item 92');
    expect(reply.text).toContain('Lead unit');
  });

  it('passes /start CODE through as text (binding is the core’s)', async () => {
    h.fake.say(h.fake.user(106), '/start ABC123');
    await nth(106, 0);
    expect(handled.find((m) => m.chatId === '106')?.text).toBe('/start ABC123');
  });

  it('passes a document on as a file', async () => {
    const user = h.fake.user(107);
    h.fake.inject(h.fake.document(user, { name: '汇报.xlsx', mime: 'application/vnd.ms-excel', size: 2048 }));
    const reply = await nth(107, 0);
    expect(reply.text).toBe(t('zh-Hans', 'file-unexpected'));
    expect(handled.find((m) => m.chatId === '107')?.file).toMatchObject({
      name: '汇报.xlsx',
      mime: 'application/vnd.ms-excel',
      size: 2048,
    });
  });

  it('handles a redelivered update once', async () => {
    const update = h.fake.message(h.fake.user(108), '事项 93');
    h.fake.inject(update, update); // one batch, the same update_id twice
    await nth(108, 0);
    h.fake.say(h.fake.user(108), '事项 94'); // a later update: once it is answered, the duplicate had its chance
    await nth(108, 1);
    expect(handled.filter((m) => m.chatId === '108')).toHaveLength(3);
    expect(h.fake.ok('sendMessage', 108)).toHaveLength(2);
  });
});

describe('groups', () => {
  const group = () => h.fake.group(2001, 'Office');

  it('ignores a message without a mention and answers /item@bot 92 quoting it', async () => {
    const user = h.fake.user(201);
    h.fake.say(user, '事项 92', { chat: group() });
    h.fake.say(user, '/item@other_bot 92', { chat: group() });
    const asked = h.fake.say(user, `/item@${h.fake.me.username} 92`, { chat: group() });
    const reply = await nth(-2001, 0);
    expect(reply.text).toContain('第 92 项');
    expect(reply.reply_to_message_id).toBe(asked.message!.message_id);
    const inGroup = handled.filter((m) => m.chatId === '-2001');
    expect(inGroup.map((m) => [m.chatType, m.addressed])).toEqual([
      ['group', false],
      ['group', false],
      ['group', true],
    ]);
    expect(h.fake.botMessages(-2001)).toHaveLength(1);
  });

  it('answers a mention (without the mention in the text) and a reply to the bot', async () => {
    const user = h.fake.user(202);
    h.fake.say(user, `@${h.fake.me.username} 事项 93`, { chat: group() });
    const first = await nth(-2001, 1);
    expect(first.text).toContain('第 93 项');
    expect(handled.at(-1)).toMatchObject({ text: '事项 93', addressed: true });
    h.fake.say(user, '事项 94', { chat: group(), replyTo: first.message_id });
    expect((await nth(-2001, 2)).text).toContain('第 94 项');
  });
});

describe('the command menu', () => {
  it('is published in Chinese for zh clients and in English by default, from the declarations', () => {
    const visible = h.core.commands.filter((c) => !c.hidden);
    const zh = h.fake.commands.get('zh')!;
    const en = h.fake.commands.get('')!;
    expect(zh.map((c) => c.command)).toEqual(visible.map((c) => c.names.en[0]));
    expect(en.map((c) => c.command)).toEqual(zh.map((c) => c.command));
    const item = visible.find((c) => c.id === 'item')!;
    expect(zh.find((c) => c.command === 'item')!.description).toBe(t('zh-Hans', item.summary));
    expect(en.find((c) => c.command === 'item')!.description).toBe(t('en', item.summary));
  });
});

describe('the send port', () => {
  it('edits the message sent with the same editKey, ignores "not modified", and resends when the message is gone', async () => {
    const to = { platform: 'telegram' as const, chatId: '301' };
    expect(await h.tg.send(to, { text: 'votes: 1', editKey: 'poll-1', choices: [{ key: 'yes', label: 'Yes' }] })).toEqual({ ok: true });
    expect(await h.tg.send(to, { text: 'votes: 2', editKey: 'poll-1', choices: [{ key: 'yes', label: 'Yes' }] })).toEqual({ ok: true });
    expect(h.fake.botMessages(301)).toHaveLength(1);
    expect(h.fake.botMessages(301)[0]!.text).toBe('votes: 2');
    expect(await h.tg.send(to, { text: 'votes: 2', editKey: 'poll-1', choices: [{ key: 'yes', label: 'Yes' }] })).toEqual({ ok: true });
    expect(h.fake.calls.filter((c) => c.method === 'editMessageText' && c.errorCode === 400)).toHaveLength(1);

    h.fake.chats.get('301')!.length = 0; // someone deleted the chat history
    expect(await h.tg.send(to, { text: 'votes: 3', editKey: 'poll-1' })).toEqual({ ok: true });
    expect(h.fake.botMessages(301).map((m) => m.text)).toEqual(['votes: 3']);
    expect(await h.tg.send(to, { text: 'other poll', editKey: 'poll-2' })).toEqual({ ok: true });
    expect(h.fake.botMessages(301)).toHaveLength(2);
  });

  it('sends a file as a document with its bytes and the text as caption', async () => {
    const data = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const result = await h.tg.send(
      { platform: 'telegram', chatId: '302' },
      { text: '会议邀请 <1>', file: { name: '会议.ics', mime: 'text/calendar', data } },
    );
    expect(result).toEqual({ ok: true });
    const [doc] = h.fake.botMessages(302);
    expect(doc!.caption).toBe('会议邀请 <1>');
    expect(doc!.document!.file_name).toBe('会议.ics');
    expect(Buffer.from(doc!.document!.bytes).toString()).toBe(Buffer.from(data).toString());
  });

  it('refuses a recipient of another platform without sending', async () => {
    const before = h.fake.calls.length;
    expect(await h.tg.send({ platform: 'slack', chatId: 'U1' }, { text: 'x' })).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(h.fake.calls.length).toBe(before);
  });
});
