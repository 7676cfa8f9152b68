// Everything the bot sends to Slack goes through here: replies, edits, files and unprompted
// messages. A reply becomes chat.postMessage (or chat.update: of the message whose button was
// pressed when it carries the reply's editKey, else of the message last sent with that editKey
// in that channel), then files.uploadV2 for its file and for its picture (a chart, drawn while
// the text is posted; one that cannot be drawn or uploaded is logged, the text stands alone). The WebClient itself
// waits out a 429 (Retry-After) and retries; what still fails is logged by its Slack error
// code (never the token) and returned as a SendResult the core can act on.
import { webApi } from '@slack/bolt';
import type { Recipient, Reply, ReplyImage, SendPort, SendResult } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { scrubTokens as scrub } from './bolt-logger.ts';
import type { PressedMessage } from './incoming.ts';
import { renderReply } from './render.ts';

/** Where a message goes: a channel id (a DM's `D…` id included), and a thread in it. */
export interface Target {
  channel: string;
  threadTs?: string;
  /** The message whose button was pressed: a reply with its editKey replaces it. */
  pressed?: PressedMessage;
}

/** Slack errors meaning the bot cannot write there at all (not a passing failure). */
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'messages_tab_disabled',
  'restricted_action',
  'method_not_supported_for_channel_type',
  'user_not_visible',
]);
/** chat.update errors after which the reply is posted anew instead. */
const EDIT_GONE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);
const MAX_REMEMBERED = 2000;

export class SlackOutbox {
  /** `${channel}\n${editKey}` -> ts of the message last sent with that key. */
  private readonly edits = new Map<string, string>();
  /** user id -> the bot's DM channel with them. */
  private readonly dms = new Map<string, string>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
  ) {}

  /** The send port for unprompted messages: to.chatId is a channel id, or a user id whose DM is opened. */
  readonly send: SendPort = async (to: Recipient, reply: Reply): Promise<SendResult> => {
    if (to.platform !== 'slack') return { ok: false, failure: 'failed', detail: `not a Slack recipient (${to.platform})` };
    try {
      const channel = /^[UW][A-Z0-9]+$/.test(to.chatId) ? await this.directChannel(to.chatId) : to.chatId;
      return await this.deliver({ channel }, reply);
    } catch (error) {
      return this.failed(error, to.chatId);
    }
  };

  /** The bot's DM channel with a user (conversations.open), cached. */
  async directChannel(user: string): Promise<string> {
    const known = this.dms.get(user);
    if (known) return known;
    const opened = await this.client.conversations.open({ users: user });
    const id = opened.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    remember(this.dms, user, id);
    return id;
  }

  /** Posts one reply and its file; never throws. */
  async deliver(to: Target, reply: Reply): Promise<SendResult> {
    // Drawing starts now, beside the text; a failure is kept for postImage to report.
    const drawn = reply.image?.render().then(
      (png) => ({ png }),
      (error: unknown) => ({ error }),
    );
    try {
      await this.postText(to, reply);
      if (reply.file) {
        const file = { file: Buffer.from(reply.file.data), filename: reply.file.name, title: reply.file.name };
        await (to.threadTs
          ? this.client.files.uploadV2({ channel_id: to.channel, thread_ts: to.threadTs, ...file })
          : this.client.files.uploadV2({ channel_id: to.channel, ...file }));
      }
      if (reply.image && drawn) await this.postImage(to, reply.image, await drawn);
      return { ok: true };
    } catch (error) {
      return this.failed(error, to.channel);
    }
  }

  private async postImage(to: Target, image: ReplyImage, drawn: { png: Uint8Array } | { error: unknown }): Promise<void> {
    if ('error' in drawn) {
      this.log.warn(
        { channel: to.channel, code: 'CHART_RENDER_FAILED', error: scrub(String(drawn.error)) },
        'chart not drawn; the text went alone',
      );
      return;
    }
    const file = { file: Buffer.from(drawn.png), filename: image.name, title: image.name, alt_text: image.alt };
    try {
      await (to.threadTs
        ? this.client.files.uploadV2({ channel_id: to.channel, thread_ts: to.threadTs, ...file })
        : this.client.files.uploadV2({ channel_id: to.channel, ...file }));
    } catch (error) {
      this.log.warn({ channel: to.channel, error: errorCode(error) }, 'slack chart not uploaded');
    }
  }

  private async postText(to: Target, reply: Reply): Promise<void> {
    const messages = renderReply(reply);
    if (!messages.length) return;
    const key = reply.editKey === undefined ? undefined : `${to.channel}\n${reply.editKey}`;
    const pressed = to.pressed;
    // The pressed message itself is known even when this process never sent it (a restart).
    const onPressed = key !== undefined && pressed?.channel === to.channel && pressed.editKey === reply.editKey;
    const ts = onPressed ? pressed.ts : key && this.edits.get(key);
    // Only a reply that fits one message is edited in place; a longer one is posted anew.
    if (ts && messages.length === 1) {
      try {
        await this.client.chat.update({ channel: to.channel, ts, ...messages[0]! });
        if (key) remember(this.edits, key, ts);
        return;
      } catch (error) {
        if (!EDIT_GONE.has(errorCode(error))) throw error;
      }
    }
    let last: string | undefined;
    for (const message of messages) {
      const posted = await this.client.chat.postMessage({
        channel: to.channel,
        ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
      last = posted.ts;
    }
    if (key && last) remember(this.edits, key, last);
  }

  private failed(error: unknown, channel: string): SendResult {
    const code = errorCode(error);
    this.log.warn({ channel, error: code }, 'slack message not delivered');
    return { ok: false, failure: UNREACHABLE.has(code) ? 'unreachable' : 'failed', detail: code };
  }
}

/** A Slack error's code (`channel_not_found`, `ratelimited`...), or a scrubbed message. */
export function errorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: Error; message?: string };
  if (e.code === webApi.ErrorCode.PlatformError && e.data?.error) return e.data.error;
  if (e.code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  if (e.code === webApi.ErrorCode.HTTPError) return `http_${e.statusCode}`;
  if (e.code === webApi.ErrorCode.RequestError) return `request_failed: ${scrub(e.original?.message ?? '')}`;
  return scrub(e.message ?? String(error));
}

function remember(map: Map<string, string>, key: string, value: string): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
}
