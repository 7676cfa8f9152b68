// Names of Object.prototype's members as ids: every command with them as its argument (and
// after its sub-command words), and as button keys, from an administrator, a reporter, an
// expert and an unbound account. Each gets an answer, never the internal error: a lookup by a key a
// person typed reads only a record's own entries (src/core/own.ts).
import { describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const AFTER = ['', '定', '改期', '点名', '预览', '发送', '撤回', '链接', '主任', '函', 'page'];

describe('prototype member names as ids', () => {
  it('never answer with the internal error, typed or pressed', async () => {
    const bot = await makeBot();
    const errors: unknown[] = [];
    bot.core.services.log.error = ((obj: unknown) => void errors.push(obj)) as never;
    const chats = [
      bot.chat('secretariat'),
      bot.chat('zhao-min'),
      bot.chat(bot.store.data.experts[0]!.id),
      bot.chat('tg-unbound', { platform: 'telegram' }),
    ];
    const lines = bot.core.commands.flatMap((cmd) =>
      [cmd.names.zh[0]!, cmd.names.en[0]!].flatMap((name) =>
        AFTER.flatMap((sub) => KEYS.map((key) => `${name} ${sub} ${key} 1 可以`.replace(/ +/g, ' '))),
      ),
    );
    const failed: string[] = [];
    for (const chat of chats) {
      // In a conversation too: its answer buttons are looked up by key.
      await chat.say('汇报');
      for (const key of KEYS) {
        const text = (await chat.send({ action: key })).map((r) => r.text).join('\n');
        if (/错误码|INTERNAL/.test(text)) failed.push(`${chat.accountId} presses ${key}`);
      }
      for (const line of lines) {
        const text = await chat.say(line);
        if (/错误码|INTERNAL/.test(text) || !text.trim()) failed.push(`${chat.accountId}: ${line}`);
      }
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
