// A Bot API that never answers (a blackholed network, a wrong TELEGRAM_API_ROOT) fails the
// start with a clear error after the bounded wait, whichever step it stops at: identifying
// the bot, publishing the menu, starting long polling, or registering the webhook.
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../src/adapters/telegram/index.ts';
import { createLogger } from '../../src/log.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { FakeBotApi } from './stand-in/fake-bot-api.ts';

let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(silent: string, webhook = false) {
  fake = await FakeBotApi.start();
  fake.fail({ method: silent, fault: 'silent' });
  const { core } = await makeBot();
  return startTelegram({
    core,
    token: fake.token,
    apiRoot: fake.apiRoot,
    log: createLogger('silent'),
    startTimeoutMs: 300,
    retry: { baseDelayMs: 10, maxDelayMs: 20 },
    ...(webhook ? { webhook: { url: 'https://duban.example/hook', secret: 'S3cret', port: 0, host: '127.0.0.1' } } : {}),
  });
}

describe('an unreachable Bot API at start', () => {
  it.each(['getMe', 'setMyCommands', 'deleteWebhook'])('fails the start with a clear error when %s never answers', async (method) => {
    await expect(start(method)).rejects.toThrow(
      /Telegram Bot API \(http:\/\/127\.0\.0\.1:\d+\) did not answer within 0\.3 s.*TELEGRAM_API_ROOT/,
    );
    expect(fake!.calls.some((c) => c.method === method)).toBe(true);
  });

  it('fails the start in webhook mode when setWebhook never answers', async () => {
    await expect(start('setWebhook', true)).rejects.toThrow(/did not answer within/);
    expect(fake!.calls.some((c) => c.method === 'setWebhook')).toBe(true);
  });
});
