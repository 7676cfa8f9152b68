// The committee's broadcast as the secretariat runs it: `邀请 发送 全部` and the confirmation
// button, through the real core and the real Telegram adapter under Telegram's real limits
// (30 a second overall, one a second per chat), against the local Bot API stand-in, which
// applies Telegram's flood control by arrival time and answers 429 beyond it. The time runs
// from the press to the 59th letter arriving, next to the soonest the limits allow.
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { startTelegram, TELEGRAM_LIMITS } from '../src/adapters/telegram/index.ts';
import { FakeBotApi } from '../test/telegram/stand-in/fake-bot-api.ts';
import { createLogger } from '../src/log.ts';
import { memoryStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

const SECRETARIAT = 900;

export interface InvitationBench {
  experts: number;
  received: number;
  /** From the press to the 59th letter. */
  seconds: number;
  /** From the first letter to the 59th: what the rate limit governs. */
  sendingSeconds: number;
  lowerBoundSeconds: number;
  tooManyRequests: number;
}

export async function benchInvitations(): Promise<InvitationBench> {
  const fake = await FakeBotApi.start({ floodLimit: { count: TELEGRAM_LIMITS.global.count, perMs: TELEGRAM_LIMITS.global.perMs } });
  const clock = fixedClock('2016-09-01T10:00:00+08:00');
  const store = memoryStore(createSeedDb(clock.now()));
  const core = await createDuban({ store, clock });
  const experts = store.data.experts.map((e) => e.id);
  await store.update((db) => {
    const at = clock.now().toISOString();
    db.accounts.push({ platform: 'telegram', accountId: String(SECRETARIAT), personId: 'secretariat', boundAt: at });
    for (const [i, id] of experts.entries())
      db.accounts.push({ platform: 'telegram', accountId: String(20_001 + i), personId: id, boundAt: at });
  });
  const tg = await startTelegram({ core, token: fake.token, apiRoot: fake.apiRoot, log: createLogger('silent') });
  core.services.notifier.register('telegram', tg.send);
  try {
    const sec = fake.user(SECRETARIAT);
    fake.inject(fake.say(sec, '邀请 发送 全部'));
    await fake.waitFor(() => fake.botMessages(SECRETARIAT).some((m) => m.reply_markup), 'the confirmation', 10_000);
    const started = performance.now();
    fake.inject(fake.click(sec, SECRETARIAT, '确认发送'));
    const letters = () => experts.filter((_, i) => fake.botMessages(20_001 + i).length > 0).length;
    await fake.waitFor(() => letters() > 0, 'the first letter', 30_000);
    const first = performance.now();
    await fake.waitFor(() => letters() === experts.length, 'all letters', 30_000);
    const seconds = (performance.now() - started) / 1000;
    const sendingSeconds = (performance.now() - first) / 1000;
    const { count, perMs } = TELEGRAM_LIMITS.global;
    return {
      experts: experts.length,
      received: letters(),
      seconds,
      sendingSeconds,
      lowerBoundSeconds: (Math.ceil(experts.length / count) - 1) * (perMs / 1000),
      tooManyRequests: fake.calls.filter((c) => c.errorCode === 429).length,
    };
  } finally {
    await tg.stop();
    await fake.close();
  }
}
