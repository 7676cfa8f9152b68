// Writing first: reminders, invitations and notices go to a person, not to a chat. The
// person's bound accounts say where; each platform's adapter registers its send port. A
// person reached on no platform is reported back as unreachable, never dropped silently.
import type { Person } from '../domain/schema.ts';
import type { Store } from './state.ts';
import { directoryAccounts } from './directory.ts';
import { plainText } from './plain-text.ts';
import type { Platform, Recipient, Reply, SendPort, SendResult } from './types.ts';

export class Notifier {
  private readonly ports = new Map<Platform, SendPort>();
  private readonly links = new Map<Platform, (payload: string) => string>();

  constructor(private readonly store: Store) {}

  /** Whether the person has an account (bound, or from the directory) on a running platform. */
  canReach(person: Person): boolean {
    return this.ports.has('console') || this.targetsOf(person).length > 0;
  }

  /** The person's bound accounts and directory ids on running platforms, each once. */
  private targetsOf(person: Person): Recipient[] {
    const accounts = [...this.store.data.accounts.filter((a) => a.personId === person.id), ...directoryAccounts(person)];
    const seen = new Set<string>();
    return accounts
      .filter((a) => this.ports.has(a.platform) && !seen.has(`${a.platform}:${a.accountId}`) && seen.add(`${a.platform}:${a.accountId}`))
      .map((a) => ({ platform: a.platform, chatId: a.accountId }));
  }

  register(platform: Platform, port: SendPort): void {
    this.ports.set(platform, port);
  }

  /** A platform that can open the bot with a payload (Telegram: https://t.me/<bot>?start=<payload>). */
  registerDeepLink(platform: Platform, make: (payload: string) => string): void {
    this.links.set(platform, make);
  }

  /** Personal links that open the bot with this payload, one per platform that has them. */
  deepLinks(payload: string): Array<{ platform: Platform; url: string }> {
    return [...this.links].map(([platform, make]) => ({ platform, url: make(payload) }));
  }

  /** Sends to one account's direct chat (a private answer to a message from a group). */
  async toAccount(platform: Platform, accountId: string, reply: Reply): Promise<SendResult> {
    const port = this.ports.get(platform);
    if (!port) return { ok: false, failure: 'unreachable', detail: `no ${platform} adapter running` };
    return port({ platform, chatId: accountId }, reply);
  }

  get platforms(): Platform[] {
    return [...this.ports.keys()];
  }

  /**
   * Sends to every bound account of the person on a running platform (the console, when it
   * runs, shows everything addressed to anyone). Resolves ok when at least one arrived.
   */
  async toPerson(person: Person, written: Reply): Promise<SendResult> {
    const reply: Reply = {
      ...written,
      text: plainText(written.text),
      ...(written.choices ? { choices: written.choices.map((c) => ({ ...c, label: plainText(c.label) })) } : {}),
    };
    const targets = this.targetsOf(person);
    if (this.ports.has('console')) targets.push({ platform: 'console', chatId: person.id });
    if (!targets.length) return { ok: false, failure: 'unreachable', detail: 'no bound account on a running platform' };
    const results = await Promise.all(targets.map((t) => this.ports.get(t.platform)!(t, reply)));
    return results.find((r) => r.ok) ?? results[0]!;
  }
}
