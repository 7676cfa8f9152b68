// The Telegram adapter on grammY. Receives updates by long polling (default) or by webhook,
// hands each to the core without waiting for its answer (updates.ts), and queues the core's
// replies on the one rate-limited outbox without waiting for them either (so neither a long
// broadcast nor a slow chat holds up the next update, nor a webhook response). Also
// publishes the command menu and offers the SendPort. The start is bounded: a Bot API that
// does not answer (a blocked network, a wrong TELEGRAM_API_ROOT) fails it with a clear error
// after startTimeoutMs instead of waiting on grammY's retries for many minutes.
import { Bot } from 'grammy';
import type { Duban } from '../../core/bot.ts';
import { storedEdits } from '../../core/edits.ts';
import type { SendPort } from '../../core/types.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { Logger } from '../../log.ts';
import { errorSummary } from './errors.ts';
import { telegramFiles } from './files.ts';
import { type ApiSignal, publishMenu } from './menu.ts';
import { createOutput, type OutputOptions } from './output.ts';
import { updateHandler } from './updates.ts';
import { checkWebhookConfig, serveWebhook, type WebhookConfig, type WebhookServer } from './webhook.ts';

export type { Limits, Window } from './outbox.ts';
export { TELEGRAM_LIMITS } from './outbox.ts';
export type { WebhookConfig } from './webhook.ts';

export interface TelegramOptions extends Omit<OutputOptions, 'log'> {
  core: Duban;
  token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT): self-hosted, or a local stand-in. */
  apiRoot?: string;
  /** Webhook mode instead of long polling. */
  webhook?: WebhookConfig;
  log: Logger;
  /** For the menu descriptions; the core's catalogs by default. */
  i18n?: I18n;
  /** How long Telegram holds an idle getUpdates, in seconds. */
  pollTimeoutSec?: number;
  /** How long stop() waits for the updates being answered and the queued messages to leave. */
  drainMs?: number;
  /** How long the start may wait for the Bot API (identify, menu, webhook or first poll). */
  startTimeoutMs?: number;
}

/** The default bound on the start: long enough for a slow proxy, short enough to notice. */
export const START_TIMEOUT_MS = 60_000;

export interface TelegramAdapter {
  send: SendPort;
  stop(): Promise<void>;
  bot: Bot;
  /** Resolves (with the error) if long polling stops by itself, e.g. 401 or another instance polling (409). */
  failed: Promise<unknown>;
  /** Webhook mode: the port actually listened on (the configured one, or the one given for 0). */
  webhookPort?: number;
  /** Resolves when no update is being answered and no message is queued or in flight. */
  idle(): Promise<void>;
}

const UPDATES = ['message', 'callback_query'] as const;

export async function startTelegram(opts: TelegramOptions): Promise<TelegramAdapter> {
  const log = opts.log.child({ adapter: 'telegram' });
  if (opts.webhook) checkWebhookConfig(opts.webhook);
  const bot = new Bot(opts.token, { client: opts.apiRoot ? { apiRoot: opts.apiRoot.replace(/\/+$/, '') } : {} });
  const { outbox, sender, send } = createOutput(bot, {
    log,
    edits: storedEdits(opts.core.services, 'telegram'),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
  });

  const updates = updateHandler(opts.core, sender, log, telegramFiles(bot, opts.token, opts.apiRoot));
  bot.use((ctx) => updates.handle(ctx));
  bot.catch((error) => log.error({ err: errorSummary(error.error), code: 'TELEGRAM_UPDATE' }, 'update failed'));

  let server: WebhookServer | undefined;
  let reportFailure: (error: unknown) => void = () => undefined;
  const failed = new Promise<unknown>((resolve) => (reportFailure = resolve));
  const abort = new AbortController();
  // grammY types its methods' signal as the abort-controller package's; a standard one works the same.
  const signal = abort.signal as unknown as ApiSignal;
  const steps = async () => {
    await bot.init(signal);
    log.info({ username: bot.botInfo.username }, 'telegram bot identified');
    try {
      await publishMenu(bot.api, opts.core.commands, opts.i18n ?? opts.core.services.i18n, signal);
    } catch (error) {
      if (abort.signal.aborted) throw error;
      log.warn({ err: errorSummary(error), code: 'TELEGRAM_MENU' }, 'command menu not published');
    }
    if (opts.webhook) {
      server = await serveWebhook(bot, opts.webhook, log);
      await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...UPDATES] }, signal);
    } else {
      await new Promise<void>((resolve, reject) => {
        bot
          .start({ allowed_updates: [...UPDATES], timeout: opts.pollTimeoutSec ?? 30, onStart: () => resolve() })
          .catch((error: unknown) => {
            log.error({ err: errorSummary(error), code: 'TELEGRAM_POLLING_STOPPED' }, 'telegram long polling stopped');
            reject(error); // before start: startTelegram fails
            reportFailure(error); // after start: the process should stop and be restarted
          });
      });
    }
  };
  try {
    await withinStartTimeout(steps(), opts.startTimeoutMs ?? START_TIMEOUT_MS, opts.apiRoot, () => {
      abort.abort();
      if (!opts.webhook) void bot.stop().catch(() => undefined);
    });
  } catch (error) {
    await server?.close();
    throw error;
  }

  let stopped = false;
  return {
    send,
    bot,
    failed,
    ...(server ? { webhookPort: server.port } : {}),
    idle: () =>
      updates
        .drain()
        .then(() => sender.settled())
        .then(() => outbox.idle()),
    async stop() {
      if (stopped) return;
      stopped = true;
      if (server) await server.close();
      else await bot.stop();
      let timer: NodeJS.Timeout | undefined;
      // First the updates the core is still answering, then the messages they queued.
      const drained = await Promise.race([
        updates
          .drain()
          .then(() => sender.settled())
          .then(() => outbox.idle())
          .then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), opts.drainMs ?? 10_000))),
      ]);
      clearTimeout(timer);
      if (!drained)
        log.warn({ code: 'TELEGRAM_DRAIN', queued: outbox.size, inCore: updates.inFlight }, 'stopped with messages still queued');
    },
  };
}

/**
 * The start's steps, or an Error saying the Bot API did not answer in time (after `giveUp`
 * aborted what was still waiting).
 */
async function withinStartTimeout(steps: Promise<void>, ms: number, apiRoot: string | undefined, giveUp: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      giveUp();
      const where = apiRoot ?? 'https://api.telegram.org';
      const seconds = (ms / 1000).toFixed(ms % 1000 ? 1 : 0);
      reject(
        new Error(
          `the Telegram Bot API (${where}) did not answer within ${seconds} s: check the network or proxy, or TELEGRAM_API_ROOT / Telegram 接口 ${seconds} 秒内无应答：请检查网络、代理或 TELEGRAM_API_ROOT`,
        ),
      );
    }, ms);
  });
  steps.catch(() => undefined); // after the timeout, the aborted steps' own failure is not news
  try {
    await Promise.race([steps, late]);
  } finally {
    clearTimeout(timer);
  }
}
