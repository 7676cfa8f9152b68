// One context per incoming message, with verbs: a command reads who is asking and in which
// language, and answers with ctx.reply(); it never sees chat ids or platform clients.
import type { PlanReader } from '../domain/plan-reader.ts';
import type { Person, Role } from '../domain/schema.ts';
import type { FilesConfig } from '../domain/files.ts';
import type { Args, I18n } from '../i18n/i18n.ts';
import { hantVariant, toHant } from '../i18n/script.ts';
import type { Logger } from '../log.ts';
import { saveOffers, type Offer } from './actions.ts';
import type { Clock } from './clock.ts';
import type { Conversations } from './conversation.ts';
import type { Forms } from './forms.ts';
import type { Notifier } from './notify.ts';
import type { Registry } from './registry.ts';
import type { Form, FormPort, IncomingMessage, Lang, OutgoingFile, Reply } from './types.ts';
import type { Store } from './state.ts';

export interface Services {
  store: Store;
  i18n: I18n;
  registry: Registry;
  plan: PlanReader;
  clock: Clock;
  log: Logger;
  defaultLang: Lang;
  notifier: Notifier;
  conversations: Conversations;
  forms: Forms;
  /** The files Duban keeps (evidence, consultation drafts, answers' attachments). */
  files: FilesConfig;
  /** Answers a direct message that is no command: a question about the plan (src/lookup). */
  lookup(ctx: Context, text: string): Promise<void>;
}

export interface ReplyOptions {
  choices?: Offer[];
  form?: Form;
  /** How long the choices' buttons work (default: a week); e.g. until a poll's deadline. */
  ttlMs?: number;
  file?: OutgoingFile;
  editKey?: string;
}

export class Context {
  readonly replies: Reply[] = [];

  constructor(
    readonly services: Services,
    private incoming: IncomingMessage,
    /** The person behind the account, when the account is bound. */
    readonly person: Person | undefined,
    public lang: Lang,
    private readonly formPort?: FormPort,
  ) {}

  get msg(): IncomingMessage {
    return this.incoming;
  }

  get store(): Store {
    return this.services.store;
  }
  get plan(): PlanReader {
    return this.services.plan;
  }
  get now(): Date {
    return this.services.clock.now();
  }
  /** platform:accountId — the key of per-account state (language, conversation). */
  get accountKey(): string {
    return `${this.msg.platform}:${this.msg.accountId}`;
  }
  get roles(): readonly Role[] {
    return this.person?.roles ?? [];
  }
  hasRole(...roles: Role[]): boolean {
    return roles.some((r) => this.roles.includes(r));
  }

  /** A catalog message in the reader's language. */
  t(id: string, args?: Args): string {
    return this.services.i18n.t(this.lang, id, args);
  }

  /** Picks the field of a record in the reader's language: English where written, else Chinese. */
  pick(zh: string, en?: string): string {
    return this.lang === 'en' && en ? en : zh;
  }

  /** Sends a reply. Choices' actions are saved before the reply leaves, so a button always works. */
  async reply(text: string, options: ReplyOptions = {}): Promise<void> {
    const reply: Reply = { text: this.script(text) };
    if (options.choices?.length) {
      const offers = options.choices.map((c) => ({ ...c, label: this.script(c.label) }));
      reply.choices = await saveOffers(this.store, this.accountKey, offers, this.now, options.ttlMs);
    }
    if (options.file) reply.file = options.file;
    if (options.form) reply.form = options.form;
    if (options.editKey) reply.editKey = options.editKey;
    this.replies.push(reply);
  }

  /**
   * Shows a form where the message says one can be shown: at once through the adapter's port,
   * or (no port: tests, the console) as a reply. False when none can be shown or the platform
   * refused it; the caller then goes on step by step, and after a refusal this message is a
   * direct chat (the adapter delivers what follows to the person's direct chat).
   */
  async showForm(text: string, form: Form): Promise<boolean> {
    if (!this.incoming.canShowForm) return false;
    if (!this.formPort) {
      await this.reply(text, { form });
      return true;
    }
    if (await this.formPort(form)) return true;
    this.incoming = { ...this.incoming, chatType: 'direct', canShowForm: false };
    return false;
  }

  /** Data is kept in Simplified Chinese; a zh-Hant reader sees it converted (Hong Kong
   *  forms for a Hong Kong or Macau client). Static texts convert once (script.ts). */
  private script(text: string): string {
    return this.lang === 'zh-Hant' ? toHant(text, hantVariant(this.msg.clientLang)) : text;
  }
}
