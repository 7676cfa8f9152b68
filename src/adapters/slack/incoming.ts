// Translates Slack payloads (a slash command, a direct message, a mention, a button press, a
// submitted modal) into the core's IncomingMessage, or undefined when the payload is nothing
// the core reads (an edit, a deletion, a bot's message, a message outside a direct chat).
// Pure functions: the sender's locale and name are looked up afterwards (only for messages
// the core reads) and added with withPerson. A payload with a trigger_id can open a modal
// (for three seconds), so its message says canShowForm.
import type { IncomingFile, IncomingMessage } from '../../core/types.ts';
import type { FormMeta } from './modal.ts';
import { editKeyOfBlock } from './render.ts';

/** What the adapter knows about a Slack user (users.info, cached). */
export interface SlackPerson {
  locale?: string;
  name?: string;
}

export interface SlackFileLike {
  id: string;
  name?: string | null;
  title?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
}

/** The fields of a `message` or `app_mention` event the adapter reads. */
export interface MessageEventLike {
  type: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SlackFileLike[];
}

export interface SlashCommandLike {
  text: string;
  user_id: string;
  channel_id: string;
  channel_name?: string;
  trigger_id: string;
}

export interface ButtonPressLike {
  user: { id: string };
  channel?: { id: string };
  container?: Record<string, unknown>;
  message?: { ts?: string };
  trigger_id?: string;
}

/** The message a pressed button was on: where to edit it, and the editKey it was sent with. */
export interface PressedMessage {
  channel: string;
  ts: string;
  editKey?: string;
}

/** Message subtypes that are something a person said: a plain message or one with files. */
const SPOKEN_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/** A DM (`im`, the app's Messages tab, or a `D…` id) is direct; everything else is a group. */
export function chatTypeOf(channel: string, channelType?: string): IncomingMessage['chatType'] {
  if (channelType) return channelType === 'im' || channelType === 'app_home' ? 'direct' : 'group';
  return channel.startsWith('D') ? 'direct' : 'group';
}

/**
 * Slack's message markup back to what the person typed: the bot's own mention removed,
 * `<@U1|ann>` -> `@ann`, `<#C1|general>` -> `#general`, `<!here>` -> `@here`,
 * `<https://x|label>` -> `label`, and the `&amp;` `&lt;` `&gt;` entities decoded.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (botUserId && target === `@${botUserId}`) return '';
      if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label}` : target;
      if (target.startsWith('!')) return label ?? `@${target.slice(1)}`;
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

export function fileOf(files: SlackFileLike[] | undefined): IncomingFile | undefined {
  const f = files?.[0];
  if (!f) return undefined;
  const file: IncomingFile = { name: f.name || f.title || f.id, ref: f.id };
  if (f.mimetype) file.mime = f.mimetype;
  if (f.size !== undefined) file.size = f.size;
  if (f.url_private) file.url = f.url_private;
  return file;
}

/** A direct message to the bot (message.im). Messages in channels come as mentions instead. */
export function fromDirectMessage(
  event: MessageEventLike,
  eventId: string | undefined,
  botUserId: string | undefined,
): IncomingMessage | undefined {
  if (event.type !== 'message' || !SPOKEN_SUBTYPES.has(event.subtype)) return undefined;
  if (!event.user || event.bot_id || event.user === botUserId) return undefined;
  if (chatTypeOf(event.channel, event.channel_type) !== 'direct') return undefined;
  const file = fileOf(event.files);
  const text = fromSlackText(event.text ?? '', botUserId);
  if (!text && !file) return undefined;
  return { ...base(event.user, event.channel, 'direct', eventId), ...(text ? { text } : {}), ...(file ? { file } : {}) };
}

/** `@Duban item 92` in a channel (app_mention): the mention is removed and the bot is addressed. */
export function fromMention(
  event: MessageEventLike,
  eventId: string | undefined,
  botUserId: string | undefined,
): IncomingMessage | undefined {
  if (!event.user || event.bot_id || event.user === botUserId) return undefined;
  const file = fileOf(event.files);
  const text = fromSlackText(event.text ?? '', botUserId);
  const msg = base(event.user, event.channel, chatTypeOf(event.channel, event.channel_type), eventId);
  return { ...msg, addressed: true, text, ...(file ? { file } : {}) };
}

/**
 * `/duban item 92`: the command's text is the message; the channel it was typed in is the chat.
 * Its replies go to the user's DM wherever it was typed (listeners.ts), so it says so.
 */
export function fromSlashCommand(command: SlashCommandLike): IncomingMessage {
  const chatType = command.channel_name === 'directmessage' ? 'direct' : chatTypeOf(command.channel_id);
  const msg = base(command.user_id, command.channel_id, chatType, command.trigger_id);
  return {
    ...msg,
    addressed: true,
    text: command.text.trim(),
    ...(chatType === 'group' ? { repliesInDirect: true } : {}),
    ...(command.trigger_id ? { canShowForm: true } : {}),
  };
}

/** A press of one of the bot's buttons: its value is the core's choice key. */
export function fromButtonPress(body: ButtonPressLike, action: { value?: string; action_ts?: string }): IncomingMessage | undefined {
  if (!action.value) return undefined;
  const channel = body.channel?.id ?? stringField(body.container, 'channel_id');
  const chatId = channel ?? body.user.id;
  const deliveryId = body.trigger_id ?? action.action_ts;
  const msg = base(body.user.id, chatId, channel ? chatTypeOf(channel) : 'direct', deliveryId);
  return { ...msg, action: action.value, ...(body.trigger_id ? { canShowForm: true } : {}) };
}

/** The (non-ephemeral) message a button was on; undefined for a button in a view (the Home tab). */
export function pressedMessage(body: ButtonPressLike, blockId: string | undefined): PressedMessage | undefined {
  if (body.container?.type !== 'message' || body.container.is_ephemeral === true) return undefined;
  const channel = body.channel?.id ?? stringField(body.container, 'channel_id');
  const ts = body.message?.ts ?? stringField(body.container, 'message_ts');
  if (!channel || !ts) return undefined;
  const editKey = editKeyOfBlock(blockId);
  return { channel, ts, ...(editKey !== undefined ? { editKey } : {}) };
}

/**
 * A submitted modal: a direct message from its user carrying the form's values, in the DM
 * the form's metadata names (or, unknown yet, the user id: the answers go to their DM).
 */
export function fromFormSubmission(user: string, meta: FormMeta, values: Record<string, string>, deliveryId?: string): IncomingMessage {
  return { ...base(user, meta.channel ?? user, 'direct', deliveryId), form: { id: meta.form, values } };
}

/** The thread a button's message is in, so the answer lands next to it. */
export function threadOfPress(body: ButtonPressLike): string | undefined {
  return stringField(body.container, 'thread_ts');
}

/** The message with the sender's name and Slack locale (the core reads the locale as clientLang). */
export function withPerson(msg: IncomingMessage, who: SlackPerson): IncomingMessage {
  return { ...msg, ...(who.name ? { senderName: who.name } : {}), ...(who.locale ? { clientLang: who.locale } : {}) };
}

function base(user: string, chatId: string, chatType: IncomingMessage['chatType'], deliveryId?: string): IncomingMessage {
  const msg: IncomingMessage = { platform: 'slack', chatId, chatType, accountId: user };
  if (deliveryId) msg.deliveryId = deliveryId;
  return msg;
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}
