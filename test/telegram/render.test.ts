// The Telegram renderer, the command menu and the update translation, as pure functions:
// escaping, splitting, keyboards, captions, menu entries, and who a group message is for.
import { describe, expect, it } from 'vitest';
import type { Update, UserFromGetMe } from 'grammy/types';
import { escapeHtml, keyboard, renderReply, splitText } from '../../src/adapters/telegram/render.ts';
import { menuCommands } from '../../src/adapters/telegram/menu.ts';
import { toIncoming } from '../../src/adapters/telegram/incoming.ts';
import { parseHtml } from './stand-in/wire.ts';
import type { CommandDef } from '../../src/core/command.ts';
import { I18n } from '../../src/i18n/i18n.ts';

describe('escaping and splitting', () => {
  it('escapes exactly the characters HTML parse mode reserves, and Telegram reads the text back unchanged', () => {
    const text = 'a < b && c > d <b>bold</b> &amp; "q" 第 92 项';
    expect(escapeHtml(text)).toBe('a &lt; b &amp;&amp; c &gt; d &lt;b&gt;bold&lt;/b&gt; &amp;amp; "q" 第 92 项');
    expect(parseHtml(escapeHtml(text))).toEqual({ text });
    expect(parseHtml(text)).toHaveProperty('error'); // unescaped, Telegram would refuse it
  });

  it('splits a 5,000-character reply at line breaks into messages of at most 4,096', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')} ${'事'.repeat(45)}`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(4096);
    const parts = splitText(text);
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n')).toBe(text);
    expect(parts[1]!.startsWith(String(parts[0]!.split('\n').length).padStart(3, '0'))).toBe(true);
  });

  it('cuts a single line longer than the limit without breaking a surrogate pair', () => {
    const text = 'x'.repeat(4095) + '😀' + 'y'.repeat(10);
    const parts = splitText(text);
    expect(parts[0]).toBe('x'.repeat(4095));
    expect(parts[1]).toBe('😀' + 'y'.repeat(10));
  });

  it('renders a long reply with choices as several messages, the keyboard on the last', () => {
    const out = renderReply({ text: 'a\n'.repeat(3000), choices: [{ key: 'k1', label: '下一页' }] });
    expect(out.length).toBe(2);
    expect(out[0]).not.toHaveProperty('keyboard');
    expect(out[1]).toHaveProperty('keyboard');
  });
});

describe('keyboards and files', () => {
  it('puts one button per row, or two when both labels are short; callback data is the key', () => {
    const kb = keyboard([
      { key: 'a', label: '上一页' },
      { key: 'b', label: '下一页' },
      { key: 'c', label: '92. 组建国际城市战略专家咨询委员会，建立专家咨询工作机制' },
      { key: 'd', label: 'A1 人均GDP' },
    ]);
    expect(kb.inline_keyboard.map((row) => row.map((b) => (b as { callback_data: string }).callback_data))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
    ]);
  });

  it('refuses a key Telegram would reject (over 64 bytes)', () => {
    expect(() => keyboard([{ key: '键'.repeat(22), label: 'x' }])).toThrow(/64/);
  });

  it('sends a file as a document, captioned when the text fits a caption', () => {
    const file = { name: 'a.ics', mime: 'text/calendar', data: new Uint8Array([1]) };
    expect(renderReply({ text: 'x & y', file })).toEqual([{ kind: 'document', file, captionHtml: 'x &amp; y' }]);
    const long = renderReply({ text: 'z'.repeat(2000), file });
    expect(long.map((o) => o.kind)).toEqual(['text', 'document']);
  });
});

describe('the command menu', () => {
  const i18n = new I18n();
  const def = (id: string, en: string[], extra: Partial<CommandDef> = {}): CommandDef => ({
    id,
    names: { en, zh: [`中${id}`] },
    summary: `cmd-${id}`,
    examples: [id],
    args: [],
    access: ['anyone'],
    run: async () => {},
    ...extra,
  });

  it('lists visible commands by their first Latin name, with the catalog summary', () => {
    const menu = menuCommands(
      [def('item', ['item', 'i']), def('secret', ['secret'], { hidden: true }), def('help', ['Help'])],
      i18n,
      'zh-Hans',
    );
    expect(menu.map((m) => m.command)).toEqual(['item', 'help']);
    expect(menu[0]!.description).toBe(i18n.t('zh-Hans', 'cmd-item'));
    for (const m of menu) expect(m.description.length).toBeGreaterThanOrEqual(3);
  });
});

describe('update translation', () => {
  const me = { id: 99, is_bot: true, first_name: 'Duban', username: 'duban_bot' } as UserFromGetMe;
  const group = { id: -5, type: 'supergroup', title: 'g' };
  const from = { id: 7, is_bot: false, first_name: 'Wang', last_name: 'Fang', language_code: 'en' };
  const msg = (text: string, extra: object = {}): Update =>
    ({ update_id: 1, message: { message_id: 3, date: 0, chat: group, from, text, ...extra } }) as unknown as Update;
  const addressed = (u: Update) => toIncoming(u, me)?.addressed;

  it('says whether a group message is addressed to this bot', () => {
    expect(addressed(msg('事项 92'))).toBe(false);
    expect(addressed(msg('/item 92'))).toBe(true);
    expect(addressed(msg('/item@Duban_Bot 92'))).toBe(true);
    expect(addressed(msg('/item@other_bot 92'))).toBe(false);
    expect(addressed(msg('look @duban_bot'))).toBe(true);
    expect(addressed(msg('mail me@duban_bot.com'))).toBe(false);
    expect(addressed(msg('事项 92', { reply_to_message: { message_id: 1, date: 0, chat: group, from: me } }))).toBe(true);
  });

  it('drops the mention from the text and keeps /command@bot for the core', () => {
    expect(toIncoming(msg('@duban_bot 事项 92'), me)?.text).toBe('事项 92');
    expect(toIncoming(msg('/item@duban_bot 92'), me)?.text).toBe('/item@duban_bot 92');
    expect(toIncoming(msg('x'), me)).toMatchObject({
      senderName: 'Wang Fang',
      clientLang: 'en',
      accountId: '7',
      chatId: '-5',
      deliveryId: '1',
    });
  });

  it('ignores edits, other bots and service messages; takes the largest photo', () => {
    expect(toIncoming({ update_id: 2, edited_message: {} } as unknown as Update, me)).toBeUndefined();
    expect(toIncoming(msg('hi', { from: { ...from, is_bot: true } }), me)).toBeUndefined();
    const joined = { update_id: 3, message: { message_id: 4, date: 0, chat: group, from, new_chat_members: [from] } } as unknown as Update;
    expect(toIncoming(joined, me)).toBeUndefined();
    const photo = {
      update_id: 4,
      message: {
        message_id: 5,
        date: 0,
        chat: { id: 7, type: 'private' },
        from,
        caption: 'evidence',
        photo: [
          { file_id: 'small', file_unique_id: 's', width: 90, height: 90 },
          { file_id: 'big', file_unique_id: 'b', width: 900, height: 900, file_size: 5000 },
        ],
      },
    } as unknown as Update;
    expect(toIncoming(photo, me)).toMatchObject({
      chatType: 'direct',
      text: 'evidence',
      file: { ref: 'big', mime: 'image/jpeg', size: 5000 },
    });
  });
});
