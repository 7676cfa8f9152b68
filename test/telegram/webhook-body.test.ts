// The webhook reads at most WEBHOOK_MAX_BYTES of a body, even with the right secret: a larger
// one — declared by Content-Length, or streamed in chunks without one — is answered 413, is
// not read further, and never reaches the core; an ordinary update still works.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_MAX_BYTES } from '../../src/adapters/telegram/webhook.ts';
import type { IncomingMessage } from '../../src/core/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { recordHandled } from '../helpers/record-handled.ts';

const SECRET = 'S3cret_webhook-token';
let h: Harness;
let handled: IncomingMessage[];
let port: number;
beforeAll(async () => {
  h = await startHarness({ webhook: { url: 'https://duban.example/telegram/hook', secret: SECRET } });
  port = h.tg.webhookPort!;
  handled = recordHandled(h.core);
});
afterAll(async () => {
  await h.stop();
});

/** POSTs `size` bytes of a JSON body with the right secret; chunked (no Content-Length) when asked. */
function post(size: number, chunked: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET };
    const body = Buffer.from(`{"update_id":1,"pad":"${'x'.repeat(size - 25)}"}`);
    if (!chunked) headers['content-length'] = String(body.length);
    let sent = 0;
    const req = request({ host: '127.0.0.1', port, path: '/telegram/hook', method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, sent }));
    });
    req.on('error', (error) => (sent > 0 ? undefined : reject(error)));
    const write = (at: number) => {
      if (at >= body.length) return void req.end();
      const chunk = body.subarray(at, at + 64 * 1024);
      sent += chunk.length;
      if (req.write(chunk)) write(at + chunk.length);
      else req.once('drain', () => write(at + chunk.length));
    };
    write(0);
  });
}

describe('the webhook body', () => {
  it('is refused with 413 beyond the limit, declared or streamed, and never handled', async () => {
    const declared = await post(WEBHOOK_MAX_BYTES * 3, false);
    expect(declared.status).toBe(413);
    const streamed = await post(WEBHOOK_MAX_BYTES * 3, true);
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(WEBHOOK_MAX_BYTES * 3); // the rest was not read
    expect(handled).toEqual([]);
  });

  it('still takes an ordinary update', async () => {
    const update = h.fake.message(h.fake.user(7401), '事项 92');
    expect(await h.fake.deliverWebhook(`http://127.0.0.1:${port}/telegram/hook`, update)).toBe(200);
    expect((await h.fake.waitFor(() => h.fake.botMessages(7401)[0])).text).toContain('第 92 项');
  });
});
