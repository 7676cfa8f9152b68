// Starts the real core, the fake Bot API on 127.0.0.1 and the real Telegram adapter (grammY)
// against it, with fast limits, wired as src/main.ts wires them (the adapter's send port on
// the core's notifier, and the t.me deep-link maker), and tears all three down. restart()
// replaces the core and the adapter over the same store, as a process restart would.
import { createDuban } from '../../src/app.ts';
import type { Duban } from '../../src/core/bot.ts';
import { startTelegram, type Limits, type TelegramAdapter, type WebhookConfig } from '../../src/adapters/telegram/index.ts';
import { FakeBotApi } from './stand-in/fake-bot-api.ts';
import { createLogger } from '../../src/log.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import type { Store } from '../../src/db.ts';

/** Limits scaled down so tests run fast but still exercise every window. */
export const FAST_LIMITS: Limits = {
  global: { count: 30, perMs: 100 },
  perChat: { count: 1, perMs: 20 },
  perGroup: { count: 20, perMs: 1000 },
};

export interface Harness {
  fake: FakeBotApi;
  /** The running core and adapter (replaced by restart()). */
  core: Duban;
  tg: TelegramAdapter;
  store: Store;
  clock: TestBot['clock'];
  /** Binds a person to a Telegram account (whose private chat has the same id), as `/start CODE` would. */
  bind(personId: string, accountId: number): Promise<void>;
  /** Stops the adapter and starts a new core and adapter over the same store and fake API. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  webhook?: Omit<WebhookConfig, 'port' | 'host'>;
  limits?: Partial<Limits>;
  /** The fake answers 429 beyond this many posts per window, by arrival (Telegram's flood control). */
  floodLimit?: { count: number; perMs: number };
  /** The fixed clock's time (the plan year by default). */
  now?: string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeBotApi.start(opts.floodLimit ? { floodLimit: opts.floodLimit } : {});
  const { core, store, clock } = await makeBot(opts.now ? { now: opts.now } : {});
  const start = async (c: Duban) => {
    const tg = await startTelegram({
      core: c,
      token: fake.token,
      apiRoot: fake.apiRoot,
      log: createLogger('silent'),
      limits: { ...FAST_LIMITS, ...opts.limits },
      retry: { baseDelayMs: 20, maxDelayMs: 100 },
      drainMs: 2000,
      ...(opts.webhook ? { webhook: { ...opts.webhook, port: 0, host: '127.0.0.1' } } : {}),
    });
    // As src/main.ts does.
    c.services.notifier.register('telegram', tg.send);
    const username = tg.bot.botInfo.username;
    c.services.notifier.registerDeepLink('telegram', (payload) => `https://t.me/${username}?start=${payload}`);
    return tg;
  };
  const h: Harness = {
    fake,
    core,
    tg: await start(core),
    store,
    clock,
    async bind(personId, accountId) {
      const boundAt = clock.now().toISOString();
      await store.update((db) => void db.accounts.push({ platform: 'telegram', accountId: String(accountId), personId, boundAt }));
    },
    async restart() {
      await h.tg.stop();
      h.core = await createDuban({ store, clock });
      h.tg = await start(h.core);
    },
    async stop() {
      await h.tg.stop();
      await fake.close();
    },
  };
  return h;
}
