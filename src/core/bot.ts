// The core: one incoming message in, replies out. The steps, in order: the account's rate
// limit (before any work or write); drop a redelivered update; find who is asking and in
// which language; turn a button key back into its action; run the matching command (after
// the access check) or, in a direct chat, treat the text as a lookup. Every error ends here
// as a reply in the reader's language.
import type { Person } from '../domain/schema.ts';
import { resolveAction } from './actions.ts';
import type { CommandDef } from './command.ts';
import { Context, type Services } from './context.ts';
import { isCancel } from './conversation.ts';
import { personInDirectory } from './directory.ts';
import { replyLang } from './lang.ts';
import { rememberDelivery, wasDelivered } from './state.ts';
import type { FormPort, IncomingMessage, Reply } from './types.ts';

const MAX_TEXT = 4000;

export class Duban {
  /** Deliveries being handled now, until their mark is in the store. */
  private readonly delivering = new Set<string>();
  /** Messages of one account are handled one after another (a conversation is a sequence). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly services: Services) {}

  get commands(): readonly CommandDef[] {
    return this.services.registry.commands;
  }

  /** Answers one message; `showForm`, when given, opens a form at once (see FormPort). */
  handle(msg: IncomingMessage, showForm?: FormPort): Promise<Reply[]> {
    const throttled = this.throttled(msg);
    if (throttled) return Promise.resolve(throttled);
    if (msg.deliveryId && this.seen(`${msg.platform}:${msg.deliveryId}`)) return Promise.resolve([]);
    return this.inTurn(msg, () => this.handleNow(msg, showForm));
  }

  /**
   * A person comes back to a chat that lost what it showed (the console after a restart):
   * an open conversation's pending step is asked again, with its choices. Nothing otherwise.
   */
  resume(msg: IncomingMessage): Promise<Reply[]> {
    return this.inTurn(msg, async () => {
      const person = this.identify(msg);
      const ctx = new Context(this.services, msg, person, replyLang(this.services, msg, person));
      await this.services.conversations.resume(ctx);
      return ctx.replies;
    });
  }

  /** Runs work for one account after its earlier messages (a conversation is a sequence). */
  private inTurn(msg: IncomingMessage, work: () => Promise<Reply[]>): Promise<Reply[]> {
    const key = `${msg.platform}:${msg.accountId}`;
    const run = (this.queues.get(key) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => this.queues.get(key) === settled && this.queues.delete(key));
    return run;
  }

  private async handleNow(msg: IncomingMessage, showForm?: FormPort): Promise<Reply[]> {
    const person = this.identify(msg);
    const ctx = new Context(this.services, msg, person, replyLang(this.services, msg, person), showForm);
    try {
      await this.dispatch(ctx);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'INTERNAL';
      this.services.log.error({ err: error, code, platform: msg.platform }, 'message failed');
      ctx.replies.length = 0;
      await ctx.reply(ctx.t(code === 'STORE_WRITE_FAILED' ? 'error-not-saved' : 'error-internal', { code }));
    }
    // Editing in place answers a button press; a typed message gets a message of its own
    // (an edit far up the chat would look like no answer at all).
    if (msg.action === undefined) for (const r of ctx.replies) delete r.editKey;
    return ctx.replies;
  }

  private async dispatch(ctx: Context): Promise<void> {
    const { msg } = ctx;
    let text = msg.text?.normalize('NFC').trim() ?? '';
    let choice: string | undefined;
    if (msg.action !== undefined) {
      const found = resolveAction(ctx.store, msg.action, ctx.accountKey, ctx.now);
      if (!found.ok) return ctx.reply(ctx.t(`action-${found.why}`));
      if (found.action.kind === 'answer') choice = found.action.value;
      else text = found.action.value;
    }
    if (msg.chatType === 'group' && !msg.addressed && msg.action === undefined && !msg.form) return;
    if (msg.form) {
      if (!ctx.person) return ctx.reply(ctx.t('not-bound'));
      return this.services.forms.submit(ctx, msg.form.id, msg.form.values);
    }
    if (text.length > MAX_TEXT) return ctx.reply(ctx.t('message-too-long', { max: MAX_TEXT }));

    // An open conversation (only ever in a direct chat) takes the message first.
    const { conversations } = this.services;
    if ((msg.chatType === 'direct' && !msg.outsideConversation) || choice !== undefined) {
      const input = { ...(text ? { text } : {}), ...(choice !== undefined ? { choice } : {}), ...(msg.file ? { file: msg.file } : {}) };
      if (await conversations.handle(ctx, input, (t) => this.services.registry.match(t) !== undefined)) return;
    }
    if (choice !== undefined) return ctx.reply(ctx.t('action-expired'));
    if (!text) return msg.file ? ctx.reply(ctx.t('file-unexpected')) : ctx.reply(ctx.t('empty-message'));

    const matched = this.services.registry.match(text);
    if (matched) return this.run(ctx, matched.cmd, matched.args);
    // 取消 with nothing open is not a question about the plan.
    if (isCancel(text)) return ctx.reply(ctx.t('nothing-to-cancel'));
    if (msg.chatType === 'group' && !msg.addressed) return;
    // A file with a caption that is no command: the caption is a question, the file is not kept.
    if (msg.file) await ctx.reply(ctx.t('file-unexpected'));
    return this.services.lookup(ctx, text);
  }

  /** The one place where access is checked, and where a private answer is kept out of a group. */
  private async run(ctx: Context, cmd: CommandDef, args: string): Promise<void> {
    if (cmd.writes && !ctx.person) return ctx.reply(ctx.t('not-bound'));
    const allowed = cmd.access.includes('anyone') || cmd.access.some((a) => a !== 'anyone' && ctx.hasRole(a));
    if (!allowed) {
      if (!ctx.person) return ctx.reply(ctx.t('not-bound'));
      return ctx.reply(ctx.t('not-allowed', { command: ctx.lang === 'en' ? cmd.names.en[0]! : cmd.names.zh[0]! }));
    }
    if (cmd.privateAnswer && ctx.msg.chatType === 'group') {
      if (!ctx.msg.repliesInDirect) return this.runInPrivate(ctx, cmd, args);
      ctx.treatAsDirect(); // its answers go to the direct chat already
    }
    await cmd.run(ctx, args);
  }

  /**
   * Runs a command asked in a group as if asked in the person's direct chat, sends its replies
   * there, and tells the group only that (or that the direct chat could not be reached: a
   * Telegram bot cannot write first to someone who never opened it).
   */
  private async runInPrivate(ctx: Context, cmd: CommandDef, args: string): Promise<void> {
    const { msg } = ctx;
    const direct = new Context(
      this.services,
      { ...msg, chatType: 'direct', chatId: msg.accountId, canShowForm: false },
      ctx.person,
      ctx.lang,
    );
    await cmd.run(direct, args);
    let delivered = true;
    for (const reply of direct.replies) {
      if (!delivered) break;
      delivered = (await this.services.notifier.toAccount(msg.platform, msg.accountId, reply)).ok;
    }
    const command = ctx.lang === 'en' ? cmd.names.en[0]! : cmd.names.zh[0]!;
    await ctx.reply(ctx.t(delivered ? 'private-answered' : 'private-unreachable', { command }));
  }

  /**
   * The rate limit, before anything else: undefined when the message may go on; else what
   * the person is told (once a minute at most, nothing in between). The console and tests
   * are local and trusted, like their identities.
   */
  private throttled(msg: IncomingMessage): Reply[] | undefined {
    if (msg.platform === 'console' || msg.platform === 'test') return undefined;
    const person = this.identify(msg);
    const verdict = this.services.rateLimiter.take(`${msg.platform}:${msg.accountId}`, person !== undefined);
    if (!verdict) return undefined;
    if (!verdict.tell) return [];
    // Logged when the person is told (once a minute at most), so a flood cannot flood the log.
    this.services.log.info(
      { code: 'RATE_LIMITED', platform: msg.platform, bound: person !== undefined },
      'messages dropped by the rate limit',
    );
    const lang = replyLang(this.services, msg, person);
    return [{ text: this.services.i18n.t(lang, 'rate-limited', { seconds: Math.max(1, Math.ceil(verdict.retryMs / 1000)) }) }];
  }

  private identify(msg: IncomingMessage): Person | undefined {
    const { people, accounts } = this.services.store.data;
    // The console and tests are local and trusted: their account id is a person id.
    if (msg.platform === 'console' || msg.platform === 'test') return people.find((p) => p.id === msg.accountId);
    const account = accounts.find((a) => a.platform === msg.platform && a.accountId === msg.accountId);
    if (account) return people.find((p) => p.id === account.personId);
    return personInDirectory(people, msg.platform, msg.accountId);
  }

  /**
   * Whether this delivery was handled before; if not, it is marked as handled. The mark is
   * queued before anything the message itself writes, so it is saved with the message's
   * first change (or before it): a message whose effect is saved is never handled twice,
   * after a restart either. A message that writes nothing has its mark saved soon after.
   */
  private seen(key: string): boolean {
    if (this.delivering.has(key) || wasDelivered(this.services.store.data.deliveries, key)) return true;
    this.delivering.add(key);
    const now = this.services.clock.now();
    void this.services.store
      .update((db) => rememberDelivery(db.deliveries, key, now))
      .catch((error: unknown) => this.services.log.error({ err: error, code: 'DELIVERY_NOT_MARKED' }, 'delivery mark not saved'))
      .finally(() => this.delivering.delete(key));
    return false;
  }
}
