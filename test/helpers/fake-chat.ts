// The fake adapter: drives the real core with text and button presses, as a person in a
// direct chat would, over an in-memory store and a fixed clock.
import { createDuban } from '../../src/app.ts';
import type { Duban } from '../../src/core/bot.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { Choice, IncomingMessage, Lang, Reply } from '../../src/core/types.ts';
import { memoryStore, type Store } from '../../src/db.ts';
import { seedDb } from './seed.ts';

export const PLAN_YEAR_NOW = '2016-09-01T10:00:00+08:00';

export class FakeChat {
  choices: Choice[] = [];
  constructor(
    readonly core: Duban,
    readonly accountId: string,
    readonly platform: IncomingMessage['platform'] = 'test',
    readonly clientLang?: string,
  ) {}

  async send(msg: Partial<IncomingMessage>): Promise<Reply[]> {
    const replies = await this.core.handle({
      platform: this.platform,
      chatId: `chat-${this.accountId}`,
      chatType: 'direct',
      accountId: this.accountId,
      ...(this.clientLang ? { clientLang: this.clientLang } : {}),
      ...msg,
    });
    const withChoices = replies.filter((r) => r.choices?.length).at(-1);
    if (withChoices) this.choices = withChoices.choices!;
    return replies;
  }

  /** Sends text; returns all reply texts joined. */
  async say(text: string): Promise<string> {
    return join(await this.send({ text }));
  }

  /** Presses a choice by its 1-based number or by a part of its label. */
  async press(which: number | string): Promise<string> {
    const choice = typeof which === 'number' ? this.choices[which - 1] : this.choices.find((c) => c.label.includes(which));
    if (!choice) throw new Error(`no choice ${which} among: ${this.choices.map((c) => c.label).join(' | ')}`);
    return join(await this.send({ action: choice.key }));
  }
}

function join(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n---\n');
}

export interface TestBot {
  core: Duban;
  store: Store;
  clock: ReturnType<typeof fixedClock>;
  chat(as?: string, opts?: { lang?: Lang; platform?: IncomingMessage['platform']; clientLang?: string }): FakeChat;
}

/**
 * The time the rate limits count in, unless a test gives its own: every reading a minute
 * after the last, so no test account is ever throttled (test/security/rate-limit.test.ts
 * moves its own clock).
 */
function unhurried(): () => number {
  let ms = 0;
  return () => (ms += 60_000);
}

export async function makeBot(opts: { now?: string; store?: Store; limitClock?: () => number } = {}): Promise<TestBot> {
  const clock = fixedClock(opts.now ?? PLAN_YEAR_NOW);
  const store = opts.store ?? memoryStore(seedDb(clock.now()));
  const core = await createDuban({ store, clock, limitClock: opts.limitClock ?? unhurried() });
  return {
    core,
    store,
    clock,
    chat: (as = 'secretariat', o = {}) => new FakeChat(core, as, o.platform ?? 'test', o.clientLang),
  };
}
