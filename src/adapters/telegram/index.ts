// The Telegram adapter on grammY. Receives updates by long polling (default) or by webhook,
// hands each to the core without waiting for its answer (updates.ts), and queues the core's
// replies on the one rate-limited outbox without waiting for them either (so neither a long
// broadcast nor a slow chat holds up the next update, nor a webhook response). Also
// publishes the command menu and offers the SendPort.
import { Bot } from 'grammy';
import type { Duban } from '../../core/bot.ts';
import type { SendPort } from '../../core/types.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { Logger } from '../../log.ts';
import { errorSummary } from './errors.ts';
import { telegramFiles } from './files.ts';
import { publishMenu } from './menu.ts';
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
}

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
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
  });

  const updates = updateHandler(opts.core, sender, log, telegramFiles(bot, opts.token, opts.apiRoot));
  bot.use((ctx) => updates.handle(ctx));
  bot.catch((error) => log.error({ err: errorSummary(error.error), code: 'TELEGRAM_UPDATE' }, 'update failed'));

  await bot.init();
  log.info({ username: bot.botInfo.username }, 'telegram bot identified');
  try {
    await publishMenu(bot.api, opts.core.commands, opts.i18n ?? opts.core.services.i18n);
  } catch (error) {
    log.warn({ err: errorSummary(error), code: 'TELEGRAM_MENU' }, 'command menu not published');
  }

  let server: WebhookServer | undefined;
  let reportFailure: (error: unknown) => void = () => undefined;
  const failed = new Promise<unknown>((resolve) => (reportFailure = resolve));
  if (opts.webhook) {
    server = await serveWebhook(bot, opts.webhook, log);
    try {
      await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...UPDATES] });
    } catch (error) {
      await server.close();
      throw error;
    }
  } else {
    await new Promise<void>((resolve, reject) => {
      bot.start({ allowed_updates: [...UPDATES], timeout: opts.pollTimeoutSec ?? 30, onStart: () => resolve() }).catch((error: unknown) => {
        log.error({ err: errorSummary(error), code: 'TELEGRAM_POLLING_STOPPED' }, 'telegram long polling stopped');
        reject(error); // before start: startTelegram fails
        reportFailure(error); // after start: the process should stop and be restarted
      });
    });
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
