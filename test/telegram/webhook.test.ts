// Webhook mode: the adapter registers its URL and secret with setWebhook, refuses a request
// without the right X-Telegram-Bot-Api-Secret-Token (401, the core never sees it), handles
// the right one, and handles an update Telegram delivers twice only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { recordHandled } from '../helpers/record-handled.ts';

const SECRET = 'S3cret_webhook-token';
let h: Harness;
let handled: IncomingMessage[];
let target: string;
beforeAll(async () => {
  h = await startHarness({ webhook: { url: 'https://duban.example/telegram/hook', secret: SECRET } });
  target = `http://127.0.0.1:${h.tg.webhookPort}/telegram/hook`;
  handled = recordHandled(h.core);
});
afterAll(async () => {
  await h.stop();
});

describe('webhook mode', () => {
  it('registers the URL and the secret, and does not poll', () => {
    expect(h.fake.webhook).toEqual({ url: 'https://duban.example/telegram/hook', secret_token: SECRET });
    expect(h.fake.calls.filter((c) => c.method === 'getUpdates')).toEqual([]);
  });

  it('answers 401 to a wrong or missing secret and never calls the core', async () => {
    const user = h.fake.user(501);
    expect(await h.fake.deliverWebhook(target, h.fake.message(user, '事项 92'), 'wrong-secret')).toBe(401);
    expect(await h.fake.deliverWebhook(target, h.fake.message(user, '事项 92'), null)).toBe(401);
    expect(await h.fake.deliverWebhook(target, h.fake.message(user, '事项 92'), SECRET.slice(0, -1))).toBe(401);
    expect(handled).toEqual([]);
    expect(h.fake.ok('sendMessage')).toEqual([]);
  });

  it('answers 404 off its path', async () => {
    expect(await h.fake.deliverWebhook(target.replace('/hook', '/other'), h.fake.message(h.fake.user(502), 'x'))).toBe(404);
  });

  it('processes an update with the right secret, once even when delivered twice', async () => {
    const update = h.fake.message(h.fake.user(503), '事项 92');
    expect(await h.fake.deliverWebhook(target, update)).toBe(200);
    expect(await h.fake.deliverWebhook(target, update)).toBe(200);
    const reply = await h.fake.waitFor(() => h.fake.botMessages(503)[0]);
    expect(reply.text).toContain('第 92 项');
    expect(handled.map((m) => m.deliveryId)).toEqual([String(update.update_id), String(update.update_id)]);
    expect(await h.fake.deliverWebhook(target, h.fake.message(h.fake.user(503), '事项 93'))).toBe(200);
    await h.fake.waitFor(() => h.fake.botMessages(503)[1]);
    expect(h.fake.ok('sendMessage', 503)).toHaveLength(2);
  });

  it('answers a button press delivered by webhook', async () => {
    const user = h.fake.user(504);
    await h.fake.deliverWebhook(target, h.fake.message(user, 'gdp'));
    await h.fake.waitFor(() => h.fake.botMessages(504)[0]);
    const press = h.fake.pressLabel(user, 504, '人均GDP');
    expect(await h.fake.deliverWebhook(target, press)).toBe(200);
    expect((await h.fake.waitFor(() => h.fake.botMessages(504)[1])).text).toContain('最新值：');
    await h.fake.waitFor(() => h.fake.ok('answerCallbackQuery').find((c) => c.params.callback_query_id === press.callback_query!.id));
  });
});
