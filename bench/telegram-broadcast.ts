// Benchmark: send n invitations (59, the expert committee's candidates) to n chats through
// the adapter's real send path (grammY Bot, retry transformer, rate-limited outbox) against
// the fake Bot API on 127.0.0.1, under Telegram's real limits, and compare the time with the
// soonest the limits allow: with 30 messages per any 1 s window, the 59th may leave after 1 s.
// With `inject429`, that many chats answer 429 (retry after 1 s) once, as Telegram does when a
// chat is flooded: the retried letters must still arrive, and the figure shows what it costs.
import { Bot } from 'grammy';
import { createLogger } from '../src/log.ts';
import { TELEGRAM_LIMITS, type Limits } from '../src/adapters/telegram/outbox.ts';
import { createOutput } from '../src/adapters/telegram/output.ts';
import { FakeBotApi } from '../test/telegram/stand-in/fake-bot-api.ts';

export interface BroadcastBench {
  n: number;
  delivered: number;
  /** From the first send to the last delivery. */
  seconds: number;
  /** The soonest the last message may start under the global window. */
  lowerBoundSeconds: number;
  /** seconds / lowerBoundSeconds (undefined when everything fits one window). */
  ratio: number | undefined;
  /** The most messages the fake API received within any one global window (server clock). */
  maxInWindow: number;
  /** 429 answers: the fake applies Telegram's flood control by arrival time (plus the injected ones). */
  tooManyRequests: number;
  /** 429 answers the bench injected. */
  injected: number;
}

export async function benchBroadcast(n = 59, limits: Limits = TELEGRAM_LIMITS, inject429 = 0): Promise<BroadcastBench> {
  const fake = await FakeBotApi.start({ floodLimit: limits.global });
  try {
    for (let k = 0; k < inject429; k++) {
      const chat = 9_000_000 + Math.floor(((k + 1) * n) / (inject429 + 1));
      fake.fail({ method: 'sendMessage', chatId: chat, times: 1, fault: { code: 429, retryAfter: 1 } });
    }
    const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    const { send } = createOutput(bot, { log: createLogger('silent'), limits });
    const text = (i: number) =>
      `尊敬的专家 ${i + 1}：\n青岛市国际城市战略推进委员会诚挚邀请您担任专家咨询委员会委员。\n` +
      `Dear expert ${i + 1}: the Qingdao International City Strategy Promotion Committee invites you to join its expert advisory committee.`;
    const choices = [
      { key: `acc${i36(n)}`, label: '接受 Accept' },
      { key: `dec${i36(n)}`, label: '婉拒 Decline' },
    ];
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => send({ platform: 'telegram', chatId: String(9_000_000 + i) }, { text: text(i), choices })),
    );
    const seconds = (performance.now() - started) / 1000;
    const { count, perMs } = limits.global;
    const lowerBoundSeconds = ((Math.ceil(n / count) - 1) * perMs) / 1000;
    const received = fake.ok('sendMessage').map((c) => c.at);
    return {
      n,
      delivered: results.filter((r) => r.ok).length,
      seconds,
      lowerBoundSeconds,
      ratio: lowerBoundSeconds > 0 ? seconds / lowerBoundSeconds : undefined,
      maxInWindow: Math.max(0, ...received.map((t) => received.filter((u) => u >= t && u < t + perMs).length)),
      tooManyRequests: fake.calls.filter((c) => c.errorCode === 429).length,
      injected: inject429,
    };
  } finally {
    await fake.close();
  }
}

function i36(n: number): string {
  return n.toString(36);
}
