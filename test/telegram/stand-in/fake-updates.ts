// TEST TOOLING, not shipped behaviour: builds the updates Telegram would deliver when a
// person writes to the bot, sends a file, or presses a button, with the entities Telegram
// computes (bot_command, mention). Users' messages are stored, so they can be replied to.
import type { Update } from 'grammy/types';
import type { StoredMessage } from './fake-bot-api.ts';

export interface FakeUser {
  id: number;
  is_bot: false;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'supergroup';
  title?: string;
  first_name?: string;
}

export interface BotUser {
  id: number;
  is_bot: true;
  first_name: string;
  username: string;
}

export abstract class UpdateFactory {
  private lastUpdateId = 5000;
  private lastQueryId = 0;
  /** Bytes of the documents people sent, by file_id (served by getFile and the file URL). */
  readonly uploads = new Map<string, Uint8Array>();

  constructor(readonly me: BotUser) {}

  user(id: number, opts: { name?: string; lang?: string; username?: string } = {}): FakeUser {
    return {
      id,
      is_bot: false,
      first_name: opts.name ?? `User ${id}`,
      ...(opts.username ? { username: opts.username } : {}),
      ...(opts.lang ? { language_code: opts.lang } : {}),
    };
  }

  /** A supergroup; Telegram's group ids are negative. */
  group(id: number, title = 'Test group'): FakeChat {
    return { id: -Math.abs(id), type: 'supergroup', title };
  }

  chatFor(id: number): FakeChat {
    return id < 0 ? this.group(id) : { id, type: 'private', first_name: `User ${id}` };
  }

  nextUpdateId(): number {
    return ++this.lastUpdateId;
  }

  /** A person's text message, in their private chat unless `chat` is given. */
  message(from: FakeUser, text: string, opts: { chat?: FakeChat; replyTo?: number } = {}): Update {
    const chat = opts.chat ?? this.chatFor(from.id);
    const replied = opts.replyTo !== undefined ? this.findMessage(chat.id, opts.replyTo) : undefined;
    const entities = entitiesOf(text);
    const message = this.store({ message_id: 0, chat, date: now(), from, text });
    return {
      update_id: this.nextUpdateId(),
      message: { ...message, ...(entities.length ? { entities } : {}), ...(replied ? { reply_to_message: replied } : {}) },
    } as unknown as Update;
  }

  /** A person sends a document, with an optional caption. */
  document(
    from: FakeUser,
    file: { name: string; mime: string; size: number; bytes?: Uint8Array },
    opts: { chat?: FakeChat; caption?: string } = {},
  ): Update {
    const chat = opts.chat ?? this.chatFor(from.id);
    const id = `upload-${this.lastUpdateId + 1}`;
    if (file.bytes) this.uploads.set(id, file.bytes); // getFile and the file URL serve them
    const message = this.store({ message_id: 0, chat, date: now(), from, ...(opts.caption ? { caption: opts.caption } : {}) });
    const document = { file_id: id, file_unique_id: id, file_name: file.name, mime_type: file.mime, file_size: file.size };
    return { update_id: this.nextUpdateId(), message: { ...message, document } } as unknown as Update;
  }

  /** A person presses a button of one of the bot's messages. */
  press(from: FakeUser, message: StoredMessage, data: string): Update {
    return {
      update_id: this.nextUpdateId(),
      callback_query: { id: `q${++this.lastQueryId}`, from, message, chat_instance: `ci${message.chat.id}`, data },
    } as unknown as Update;
  }

  /** Presses the button whose label contains `label` on the bot's latest message that has one. */
  pressLabel(from: FakeUser, chatId: number, label: string): Update {
    for (const message of [...this.botMessages(chatId)].reverse()) {
      const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.text.includes(label));
      if (button?.callback_data) return this.press(from, message, button.callback_data);
    }
    throw new Error(`no button "${label}" in chat ${chatId}`);
  }

  abstract botMessages(chatId: string | number): StoredMessage[];
  protected abstract store(message: StoredMessage): StoredMessage;
  protected abstract findMessage(chatId: string | number, messageId: number): StoredMessage | undefined;
}

/** The entities Telegram marks in a text: /commands (optionally @bot) and @mentions, in UTF-16 offsets. */
function entitiesOf(text: string): { type: 'bot_command' | 'mention'; offset: number; length: number }[] {
  const out: { type: 'bot_command' | 'mention'; offset: number; length: number }[] = [];
  for (const m of text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g))
    out.push({ type: 'bot_command', offset: m.index, length: m[0].length });
  for (const m of text.matchAll(/(?<![\w/@])@[A-Za-z0-9_]{5,32}/g)) out.push({ type: 'mention', offset: m.index, length: m[0].length });
  return out.sort((a, b) => a.offset - b.offset);
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
