// Starts the real core, the fake Bot API on 127.0.0.1 and the real Telegram adapter (grammY)
// against it, with fast limits, and tears all three down.
import type { Duban } from '../../src/core/bot.ts';
import { startTelegram, type Limits, type TelegramAdapter, type WebhookConfig } from '../../src/adapters/telegram/index.ts';
import { FakeBotApi } from '../../src/adapters/telegram/testing/fake-bot-api.ts';
import { createLogger } from '../../src/log.ts';
import { makeBot } from '../helpers/fake-chat.ts';

/** Limits scaled down so tests run fast but still exercise every window. */
export const FAST_LIMITS: Limits = {
  global: { count: 30, perMs: 100 },
  perChat: { count: 1, perMs: 20 },
  perGroup: { count: 20, perMs: 1000 },
};

export interface Harness {
  fake: FakeBotApi;
  core: Duban;
  tg: TelegramAdapter;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  webhook?: Omit<WebhookConfig, 'port' | 'host'>;
  limits?: Partial<Limits>;
  /** The fake answers 429 beyond this many posts per window, by arrival (Telegram's flood control). */
  floodLimit?: { count: number; perMs: number };
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeBotApi.start(opts.floodLimit ? { floodLimit: opts.floodLimit } : {});
  const { core } = await makeBot();
  const tg = await startTelegram({
    core,
    token: fake.token,
    apiRoot: fake.apiRoot,
    log: createLogger('silent'),
    limits: { ...FAST_LIMITS, ...opts.limits },
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
    drainMs: 2000,
    ...(opts.webhook ? { webhook: { ...opts.webhook, port: 0, host: '127.0.0.1' } } : {}),
  });
  return {
    fake,
    core,
    tg,
    async stop() {
      await tg.stop();
      await fake.close();
    },
  };
}
