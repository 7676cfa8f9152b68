// Translates one Telegram update into the core's IncomingMessage, or undefined when the
// update is nothing the core reads (an edit, a channel post, a service message in a group).
// A button press becomes `action`; a document or photo becomes `file`; in groups,
// `addressed` says whether the message was meant for this bot.
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';
import type { IncomingFile, IncomingMessage } from '../../core/types.ts';

export function toIncoming(update: Update, me: UserFromGetMe): IncomingMessage | undefined {
  const deliveryId = String(update.update_id);
  const press = update.callback_query;
  if (press) {
    if (press.data === undefined) return undefined; // a game button: not ours
    const chat = press.message?.chat;
    return {
      ...base(chat, press.from, deliveryId),
      chatId: String(chat?.id ?? press.from.id),
      action: press.data,
    };
  }
  const message = update.message;
  if (!message?.from || message.from.is_bot) return undefined;
  const group = message.chat.type !== 'private';
  const file = fileOf(message);
  const raw = message.text ?? message.caption ?? '';
  const text = raw.replace(mentionPattern(me.username, 'g'), ' ').trim();
  // A sticker or a location in a direct chat still gets an answer (the core explains what it
  // reads); service messages (a pin, a member joining) never do.
  if (!text && !file && (group || !(message.sticker || message.location || message.contact))) return undefined;
  const msg: IncomingMessage = { ...base(message.chat, message.from, deliveryId), chatId: String(message.chat.id) };
  if (text) msg.text = text;
  if (file) msg.file = file;
  if (group) {
    msg.addressed = isCommandFor(raw, me.username) || mentionPattern(me.username).test(raw) || message.reply_to_message?.from?.id === me.id;
  }
  return msg;
}

function base(chat: Chat | undefined, from: User, deliveryId: string): Omit<IncomingMessage, 'chatId'> {
  const senderName = [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username;
  return {
    platform: 'telegram',
    chatType: !chat || chat.type === 'private' ? 'direct' : 'group',
    accountId: String(from.id),
    ...(senderName ? { senderName } : {}),
    ...(from.language_code ? { clientLang: from.language_code } : {}),
    deliveryId,
  };
}

/** `/item 92` is for every bot in the group; `/item@other_bot 92` is not for us. */
function isCommandFor(text: string, username: string): boolean {
  const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?(?:\s|$)/.exec(text);
  if (!command) return false;
  return command[1] === undefined || command[1].toLowerCase() === username.toLowerCase();
}

/** "@duban_bot" anywhere as a word (the core reads the rest, so the mention is removed). */
function mentionPattern(username: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\w/@])@${username}(?!\\w)`, `i${flags}`);
}

interface TelegramFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

function fileOf(message: Message): IncomingFile | undefined {
  const kinds: [string, TelegramFile | undefined][] = [
    ['document', message.document],
    ['video', message.video],
    ['audio', message.audio],
    ['voice', message.voice],
    ['animation', message.animation],
  ];
  for (const [kind, f] of kinds) {
    if (!f) continue;
    return {
      name: f.file_name ?? `${kind}-${f.file_unique_id}`,
      ref: f.file_id,
      ...(f.mime_type ? { mime: f.mime_type } : {}),
      ...(f.file_size !== undefined ? { size: f.file_size } : {}),
    };
  }
  const photo = message.photo?.at(-1); // the sizes come smallest first
  if (photo) {
    return {
      name: `photo-${photo.file_unique_id}.jpg`,
      ref: photo.file_id,
      mime: 'image/jpeg',
      ...(photo.file_size !== undefined ? { size: photo.file_size } : {}),
    };
  }
  return undefined;
}
