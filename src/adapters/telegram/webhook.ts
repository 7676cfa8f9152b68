// Webhook mode's transport: a node:http server that hands Telegram's POSTs on one path to
// grammY's webhookCallback. Every request must carry X-Telegram-Bot-Api-Secret-Token equal
// to the secret; grammY compares it in constant time and answers 401 before reading the body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../log.ts';
import { errorSummary } from './errors.ts';

export interface WebhookConfig {
  /** The public HTTPS address Telegram posts to (a reverse proxy forwards it here). */
  url: string;
  /** 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token). */
  secret: string;
  port: number;
  /** The path served; by default the path of `url`. */
  path?: string;
  /** The interface to listen on; by default all of them. */
  host?: string;
}

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

export function checkWebhookConfig(cfg: WebhookConfig): void {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(cfg.secret)) {
    throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -');
  }
  if (!/^https:\/\//.test(cfg.url)) throw new Error('TELEGRAM_WEBHOOK_URL must be an https:// address');
}

export async function serveWebhook(bot: Bot, cfg: WebhookConfig, log: Logger): Promise<WebhookServer> {
  const path = cfg.path ?? (new URL(cfg.url).pathname || '/');
  // The core answers quickly (delivery is queued, not awaited), so the timeout is a backstop.
  const handle = webhookCallback(bot, 'http', { secretToken: cfg.secret, onTimeout: 'return', timeoutMilliseconds: 9000 });
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (requested !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    handle(req, res).catch((error: unknown) => {
      log.error({ err: errorSummary(error), code: 'TELEGRAM_WEBHOOK' }, 'webhook update failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port, path }, 'telegram webhook listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
