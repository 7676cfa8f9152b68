// Long polling that stops by itself (another instance polling: 409; a revoked token: 401)
// is reported through `failed`, so main can stop the process for its supervisor to restart.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('long polling that stops', () => {
  it('resolves failed when Telegram answers 409 to getUpdates', async () => {
    h = await startHarness();
    h.fake.fail({
      method: 'getUpdates',
      fault: {
        code: 409,
        description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      },
    });
    h.fake.inject(h.fake.say(h.fake.user(1), '事项 92')); // wakes the held long poll
    const outcome = await Promise.race([h.tg.failed.then(() => 'failed'), new Promise((r) => setTimeout(() => r('still running'), 8000))]);
    expect(outcome).toBe('failed');
  }, 15_000);
});
