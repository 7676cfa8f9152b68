// Wires the outgoing side of a grammY Bot: the retry transformer on its API, the one
// rate-limited outbox, the sender, and the SendPort the core writes first through. Used by
// startTelegram and by the broadcast benchmark, so both measure the same path.
import type { Bot } from 'grammy';
import type { EditMemory } from '../../core/edits.ts';
import type { SendPort } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { Outbox, TELEGRAM_LIMITS, type Limits } from './outbox.ts';
import { retryTransformer, type RetryOptions } from './retry.ts';
import { TelegramSender } from './sender.ts';

export interface OutputOptions {
  log: Logger;
  /** Telegram's limits by default; tests and the bench pass their own. */
  limits?: Partial<Limits>;
  retry?: Omit<RetryOptions, 'onRetryAfter'>;
  /** Where the messages to edit are remembered (the store, through the core); in memory when absent. */
  edits?: EditMemory;
}

export interface TelegramOutput {
  outbox: Outbox;
  sender: TelegramSender;
  send: SendPort;
}

export function createOutput(bot: Bot, opts: OutputOptions): TelegramOutput {
  const outbox = new Outbox({ ...TELEGRAM_LIMITS, ...opts.limits });
  bot.api.config.use(
    retryTransformer({
      ...opts.retry,
      onRetryAfter: (ms) => {
        opts.log.warn({ code: 'TELEGRAM_429', retryAfterMs: ms }, 'telegram asked to slow down');
        outbox.pause(ms);
      },
    }),
  );
  const sender = new TelegramSender(bot.api, outbox, opts.log, opts.edits);
  const send: SendPort = async (to, reply) => {
    if (to.platform !== 'telegram') return { ok: false, failure: 'unreachable', detail: `not a telegram recipient: ${to.platform}` };
    const result = await sender.deliver(to.chatId, reply);
    if (!result.ok)
      opts.log.info({ code: 'TELEGRAM_SEND_FAILED', failure: result.failure, detail: result.detail }, 'message not delivered');
    return result;
  };
  return { outbox, sender, send };
}
