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
    // Waits for the event itself; should it never come, the test's timeout fails the test.
    const error = await h.tg.failed;
    expect(String(error)).toContain('409');
  });
});
