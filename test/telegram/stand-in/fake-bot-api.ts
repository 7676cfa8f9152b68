// TEST TOOLING, not shipped behaviour: a local stand-in of the Telegram Bot API on 127.0.0.1,
// so the real grammY Bot is tested (and benchmarked) over HTTP, never mocked away. It
// answers POST /bot<token>/<method> for the methods the adapter uses, holds getUpdates
// long polls, keeps chats and messages, checks HTML and button data as Telegram does,
// records every call, and answers 429 / 403 / 400, drops the connection or holds an answer
// back until the test releases it, on demand.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotCommand, Update } from 'grammy/types';
import { parseHtml, readParams, type Params } from './wire.ts';
import { UpdateFactory, type FakeChat, type FakeUser } from './fake-updates.ts';

/** How long waitFor() polls before failing with what it waited for: room for a much slower
 *  machine (one step takes milliseconds idle), and under the test timeout (vitest.config.ts)
 *  so this message shows. */
export const WAIT_MS = 60_000;

export type { FakeChat, FakeUser } from './fake-updates.ts';

export interface ApiCall {
  method: string;
  params: Params;
  /** performance.now() when the request was read. */
  at: number;
  ok: boolean;
  errorCode?: number;
}

/** 'network' drops the connection; 'silent' never answers (a blackholed network). */
export type Fault = { code: 429; retryAfter: number } | { code: 400 | 401 | 403 | 409; description: string } | 'network' | 'silent';

export interface FaultRule {
  /** Any method when absent. */
  method?: string;
  /** Any chat when absent. */
  chatId?: string | number;
  /** How many calls it hits; every matching call when absent. */
  times?: number;
  fault: Fault;
}

export interface StoredMessage {
  message_id: number;
  chat: FakeChat;
  date: number;
  from: FakeUser | { id: number; is_bot: true; first_name: string; username: string };
  text?: string;
  caption?: string;
  document?: { file_id: string; file_unique_id: string; file_name: string; file_size: number; bytes: Uint8Array };
  /** A photo as Telegram keeps it (its sizes), and the uploaded bytes. */
  photo?: Array<{ file_id: string; file_unique_id: string; width: number; height: number; file_size: number }>;
  photoBytes?: Uint8Array;
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  reply_to_message_id?: number;
  edited?: number;
}

type Answer = { status: number; body: unknown } | 'hold' | 'drop';
/** The methods that post a message, counted by the flood limit. */
const POSTING = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'editMessageText']);
const BLOCKED = 'Forbidden: bot was blocked by the user';

export class FakeBotApi extends UpdateFactory {
  readonly calls: ApiCall[] = [];
  /** Messages per chat id, the bot's and the users'. */
  readonly chats = new Map<string, StoredMessage[]>();
  /** setMyCommands by language_code ('' for the default). */
  readonly commands = new Map<string, BotCommand[]>();
  webhook: { url: string; secret_token?: string } | undefined;
  private readonly faults: FaultRule[] = [];
  private readonly holds: Array<{ method?: string; chatId?: string | number; until: Promise<void> }> = [];
  private readonly pending: Update[] = [];
  private readonly polls = new Set<{ offset: number; limit: number; answer: (updates: Update[]) => void }>();
  private readonly queries = new Set<string>();
  private server!: Server;
  private readonly posted: number[] = [];

  private constructor(
    readonly token: string,
    botUsername: string,
    /** When set, more posts than `count` within `perMs` (by arrival) get 429, as Telegram's flood control. */
    private readonly floodLimit?: { count: number; perMs: number },
  ) {
    super({ id: 7_000_000_001, is_bot: true, first_name: 'Duban', username: botUsername });
  }

  static async start(opts: { token?: string; username?: string; floodLimit?: { count: number; perMs: number } } = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(opts.token ?? '123456:TEST-token-for-the-fake-api', opts.username ?? 'duban_test_bot', opts.floodLimit);
    api.server = createServer((req, res) => void api.serve(req, res));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** The apiRoot to give grammY. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const poll of this.polls) poll.answer([]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Queues updates for getUpdates; several at once arrive in one batch (same update_id allowed). */
  inject(...updates: Update[]): void {
    this.pending.push(...updates);
    for (const u of updates) if (u.callback_query) this.queries.add(u.callback_query.id);
    for (const poll of [...this.polls]) {
      const batch = this.take(poll.offset, poll.limit);
      if (batch.length) poll.answer(batch);
    }
  }

  /** A person writes (see message()); returns the update. */
  say(from: FakeUser, text: string, opts: { chat?: FakeChat; replyTo?: number } = {}): Update {
    const update = this.message(from, text, opts);
    this.inject(update);
    return update;
  }

  /** A person presses a button by (part of) its label; returns the update. */
  click(from: FakeUser, chatId: number, label: string): Update {
    const update = this.pressLabel(from, chatId, label);
    this.inject(update);
    return update;
  }

  /**
   * Telegram delivering an update to a webhook: POSTs it with the secret stored by
   * setWebhook (or the one given; null sends none). Returns the HTTP status.
   */
  async deliverWebhook(target: string, update: Update, secret?: string | null): Promise<number> {
    if (update.callback_query) this.queries.add(update.callback_query.id);
    const token = secret === undefined ? this.webhook?.secret_token : secret;
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token != null ? { 'x-telegram-bot-api-secret-token': token } : {}) },
      body: JSON.stringify(update),
    });
    await res.arrayBuffer();
    return res.status;
  }

  fail(rule: FaultRule): void {
    this.faults.push({ ...rule });
  }

  /** Calls matching the rule are answered only once the returned function is called: Telegram
   *  slow for one chat for exactly as long as a test needs (an event, not a delay). */
  hold(rule: { method?: string; chatId?: string | number }): () => void {
    let release!: () => void;
    const entry = { ...rule, until: new Promise<void>((resolve) => (release = resolve)) };
    this.holds.push(entry);
    return () => {
      this.holds.splice(this.holds.indexOf(entry), 1);
      release();
    };
  }

  /** The user behind a private chat blocked the bot: every call to it answers 403. */
  block(chatId: string | number): void {
    this.fail({ chatId, fault: { code: 403, description: BLOCKED } });
  }

  /** Successful calls of a method, optionally to one chat. */
  ok(method: string, chatId?: string | number): ApiCall[] {
    return this.calls.filter((c) => c.ok && c.method === method && (chatId === undefined || String(c.params.chat_id) === String(chatId)));
  }

  /** The bot's messages in a chat, as they stand now (edits applied). */
  botMessages(chatId: string | number): StoredMessage[] {
    return (this.chats.get(String(chatId)) ?? []).filter((m) => m.from.id === this.me.id);
  }

  /** Polls a probe until it returns something truthy; gives up after WAIT_MS with what it waited for. */
  async waitFor<T>(probe: () => T | undefined | false | null, what = 'condition', timeoutMs = WAIT_MS): Promise<T> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (performance.now() > until) throw new Error(`fake Bot API: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Stores a user's message (so the bot can be replied to) and returns the update carrying it. */
  protected override store(message: StoredMessage): StoredMessage {
    const list = this.chats.get(String(message.chat.id)) ?? [];
    this.chats.set(String(message.chat.id), list);
    message.message_id = (list.at(-1)?.message_id ?? 0) + 1;
    list.push(message);
    return message;
  }

  protected override findMessage(chatId: string | number, messageId: number): StoredMessage | undefined {
    return this.chats.get(String(chatId))?.find((m) => m.message_id === messageId);
  }

  private async serve(req: import('node:http').IncomingMessage, res: ServerResponse): Promise<void> {
    const download = /^\/file\/bot([^/]+)\/documents\/(.+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (download) {
      const bytes = download[1] === this.token ? this.uploads.get(decodeURIComponent(download[2]!)) : undefined;
      this.calls.push({ method: 'file', params: { file_path: download[2] }, at: performance.now(), ok: Boolean(bytes) });
      if (!bytes) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.byteLength) }).end(bytes);
    }
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    let params: Params = {};
    try {
      params = await readParams(req);
    } catch (error) {
      return send(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${(error as Error).message}` });
    }
    const method = route?.[2] ?? '';
    const held = this.holds.find(
      (h) => (!h.method || h.method === method) && (h.chatId === undefined || String(h.chatId) === String(params.chat_id)),
    );
    if (held) await held.until;
    const call: ApiCall = { method, params, at: performance.now(), ok: false };
    this.calls.push(call);
    const answer =
      route?.[1] !== this.token
        ? { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } }
        : (this.fault(method, params) ?? this.answer(method, params, res, call));
    if (answer === 'drop') return void req.socket.destroy();
    if (answer === 'hold') return; // a long poll: answered by inject() or its timeout
    call.ok = answer.status === 200;
    if (!call.ok) call.errorCode = answer.status;
    send(res, answer.status, answer.body);
  }

  private fault(method: string, params: Params): Answer | undefined {
    if (this.floodLimit && POSTING.has(method)) {
      const now = performance.now();
      while (this.posted.length && this.posted[0]! <= now - this.floodLimit.perMs) this.posted.shift();
      if (this.posted.length >= this.floodLimit.count) {
        const retry_after = Math.max(1, Math.ceil((this.posted[0]! + this.floodLimit.perMs - now) / 1000));
        return error(429, `Too Many Requests: retry after ${retry_after}`, { retry_after });
      }
      this.posted.push(now);
    }
    const i = this.faults.findIndex(
      (f) =>
        (!f.method || f.method === method) &&
        (f.chatId === undefined || String(f.chatId) === String(params.chat_id)) &&
        (f.method || params.chat_id !== undefined),
    );
    if (i === -1) return undefined;
    const rule = this.faults[i]!;
    if (rule.times !== undefined && --rule.times <= 0) this.faults.splice(i, 1);
    if (rule.fault === 'network') return 'drop';
    if (rule.fault === 'silent') return 'hold';
    if (rule.fault.code === 429) {
      const retry_after = rule.fault.retryAfter;
      return error(429, `Too Many Requests: retry after ${retry_after}`, { retry_after });
    }
    return error(rule.fault.code, rule.fault.description);
  }

  private answer(method: string, p: Params, res: ServerResponse, call: ApiCall): Answer {
    switch (method) {
      case 'getMe':
        return result({ ...this.me, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case 'getUpdates':
        return this.getUpdates(p, res, call);
      case 'deleteWebhook':
        this.webhook = undefined;
        return result(true);
      case 'setWebhook':
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret_token: String(p.secret_token) } : {}) };
        return result(true);
      case 'getWebhookInfo':
        return result({ url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.pending.length });
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'sendMessage':
        return this.sendMessage(p);
      case 'editMessageText':
        return this.editMessageText(p);
      case 'sendDocument':
        return this.sendDocument(p);
      case 'getFile': {
        const bytes = this.uploads.get(String(p.file_id));
        if (!bytes) return error(400, 'Bad Request: invalid file_id');
        return result({ file_id: p.file_id, file_unique_id: p.file_id, file_size: bytes.byteLength, file_path: `documents/${p.file_id}` });
      }
      case 'sendPhoto':
        return this.sendPhoto(p);
      case 'answerCallbackQuery':
        if (!this.queries.delete(String(p.callback_query_id)))
          return error(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        return result(true);
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    }
  }

  private getUpdates(p: Params, res: ServerResponse, call: ApiCall): Answer {
    if (this.webhook)
      return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(p.offset ?? 0);
    const limit = Number(p.limit ?? 100);
    // Telegram forgets updates below the offset: they are confirmed.
    for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i]!.update_id < offset) this.pending.splice(i, 1);
    const ready = this.take(offset, limit);
    const timeoutSec = Number(p.timeout ?? 0);
    if (ready.length || timeoutSec <= 0) return result(ready);
    const poll = {
      offset,
      limit,
      answer: (updates: Update[]) => {
        clearTimeout(timer);
        this.polls.delete(poll);
        call.ok = true;
        send(res, 200, { ok: true, result: updates });
      },
    };
    const timer = setTimeout(() => poll.answer([]), timeoutSec * 1000);
    res.on('close', () => {
      clearTimeout(timer);
      this.polls.delete(poll);
    });
    this.polls.add(poll);
    return 'hold';
  }

  private take(offset: number, limit: number): Update[] {
    return this.pending.filter((u) => u.update_id >= offset).slice(0, limit);
  }

  private setMyCommands(p: Params): Answer {
    const commands = p.commands as BotCommand[];
    for (const c of commands) {
      if (!/^[a-z0-9_]{1,32}$/.test(c.command)) return error(400, 'Bad Request: BOT_COMMAND_INVALID');
      if (c.description.length < 1 || c.description.length > 256)
        return error(400, 'Bad Request: command description must be 1-256 characters');
    }
    this.commands.set(String(p.language_code ?? ''), commands);
    return result(true);
  }

  private sendMessage(p: Params): Answer {
    const text = this.textOf(p.text, p.parse_mode, 4096);
    if ('error' in text) return error(400, text.error);
    const markup = checkMarkup(p.reply_markup);
    if (markup) return error(400, markup);
    const replyTo = (p.reply_parameters as { message_id?: number } | undefined)?.message_id;
    return result(this.store(this.botMessage(p, { text: text.text, ...(replyTo ? { reply_to_message_id: replyTo } : {}) })));
  }

  private editMessageText(p: Params): Answer {
    const message = this.findMessage(String(p.chat_id), Number(p.message_id));
    if (!message || message.from.id !== this.me.id) return error(400, 'Bad Request: message to edit not found');
    if (message.text === undefined) return error(400, 'Bad Request: there is no text in the message to edit');
    const text = this.textOf(p.text, p.parse_mode, 4096);
    if ('error' in text) return error(400, text.error);
    const markup = checkMarkup(p.reply_markup);
    if (markup) return error(400, markup);
    if (message.text === text.text && JSON.stringify(message.reply_markup) === JSON.stringify(p.reply_markup)) {
      return error(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    message.text = text.text;
    if (p.reply_markup) message.reply_markup = p.reply_markup as StoredMessage['reply_markup'];
    else delete message.reply_markup;
    message.edited = Math.floor(Date.now() / 1000);
    return result(message);
  }

  private sendDocument(p: Params): Answer {
    const file = p.document as { filename: string; size: number; bytes: Uint8Array } | undefined;
    if (!file || typeof file !== 'object') return error(400, 'Bad Request: there is no document in the request');
    const caption = p.caption === undefined ? undefined : this.textOf(p.caption, p.parse_mode, 1024);
    if (caption && 'error' in caption) return error(400, caption.error.replace('message is too long', 'message caption is too long'));
    const id = `doc-${this.calls.length}`;
    const document = { file_id: id, file_unique_id: id, file_name: file.filename, file_size: file.size, bytes: file.bytes };
    return result(this.store(this.botMessage(p, { document, ...(caption ? { caption: caption.text } : {}) })));
  }

  /** As Telegram: at most 10 MB, width + height at most 10,000, a file it can read as an image (PNG here). */
  private sendPhoto(p: Params): Answer {
    const file = p.photo as { filename: string; size: number; bytes: Uint8Array } | undefined;
    if (!file || typeof file !== 'object') return error(400, 'Bad Request: there is no photo in the request');
    const size = pngSize(file.bytes);
    if (!size) return error(400, 'Bad Request: IMAGE_PROCESS_FAILED');
    if (file.size > 10 * 1024 * 1024 || size.width + size.height > 10_000) return error(400, 'Bad Request: PHOTO_INVALID_DIMENSIONS');
    const caption = p.caption === undefined ? undefined : this.textOf(p.caption, p.parse_mode, 1024);
    if (caption && 'error' in caption) return error(400, caption.error.replace('message is too long', 'message caption is too long'));
    const id = `photo-${this.calls.length}`;
    const photo = [{ file_id: id, file_unique_id: id, ...size, file_size: file.size }];
    return result(this.store(this.botMessage(p, { photo, photoBytes: file.bytes, ...(caption ? { caption: caption.text } : {}) })));
  }

  private textOf(raw: unknown, parseMode: unknown, max: number): { text: string } | { error: string } {
    if (typeof raw !== 'string') return { error: 'Bad Request: message text is empty' };
    const parsed = parseMode === 'HTML' ? parseHtml(raw) : { text: raw };
    if ('error' in parsed) return parsed;
    if (!parsed.text.trim()) return { error: 'Bad Request: message text is empty' };
    if (parsed.text.length > max) return { error: 'Bad Request: message is too long' };
    return parsed;
  }

  private botMessage(p: Params, content: Partial<StoredMessage>): StoredMessage {
    const chatId = Number(p.chat_id);
    return {
      message_id: 0,
      chat: this.chatFor(chatId),
      date: Math.floor(Date.now() / 1000),
      from: this.me,
      ...(p.reply_markup ? { reply_markup: p.reply_markup as StoredMessage['reply_markup'] } : {}),
      ...content,
    };
  }
}

/** A PNG's width and height from its header, or undefined when the bytes are no PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function checkMarkup(markup: unknown): string | undefined {
  const rows = (markup as StoredMessage['reply_markup'])?.inline_keyboard;
  if (!rows) return undefined;
  for (const b of rows.flat()) {
    if (!b.text) return 'Bad Request: text buttons are unallowed in the inline keyboard';
    const bytes = Buffer.byteLength(b.callback_data ?? '', 'utf8');
    if (bytes < 1 || bytes > 64) return 'Bad Request: BUTTON_DATA_INVALID';
  }
  return undefined;
}

function result(value: unknown): Answer {
  return { status: 200, body: { ok: true, result: value } };
}

function error(code: number, description: string, parameters?: { retry_after: number }): Answer {
  return { status: code, body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify(body, (_k, v: unknown) => (v instanceof Uint8Array ? undefined : v)));
}
