// Webhook mode's transport: a node:http server that hands Telegram's POSTs on one path to
// grammY's webhookCallback. Every request must carry X-Telegram-Bot-Api-Secret-Token equal
// to the secret; grammY compares it in constant time and answers 401 before reading the body.
// The body is read up to maxBodyBytes (an update is a few kilobytes): a larger one, declared
// or streamed, is answered 413 and not read further, whoever sends it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
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
  /** The largest request body read (WEBHOOK_MAX_BYTES by default). */
  maxBodyBytes?: number;
}

/** Telegram's updates are kilobytes (a message is at most 4,096 characters): 1 MB is ample. */
export const WEBHOOK_MAX_BYTES = 1_000_000;

class BodyTooLarge extends Error {
  readonly code = 'TELEGRAM_WEBHOOK_TOO_LARGE';
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
  const max = cfg.maxBodyBytes ?? WEBHOOK_MAX_BYTES;
  // The core answers quickly (delivery is queued, not awaited), so the timeout is a backstop.
  const handle = webhookCallback(bot, cappedHttp(max), { secretToken: cfg.secret, onTimeout: 'return', timeoutMilliseconds: 9000 });
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (requested !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (Number(req.headers['content-length'] ?? 0) > max) return tooLarge(req, res, log);
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return tooLarge(req, res, log);
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

/** grammY's node:http adapter, reading at most `max` bytes of the body. */
function cappedHttp(max: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-telegram-bot-api-secret-token'];
    return {
      // Read only when grammY asks, after the secret was found right.
      get update() {
        return readJson(req, max);
      },
      header: Array.isArray(header) ? header[0] : header,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('secret token is wrong'),
      handlerReturn: undefined, // the answer is written to `res`, nothing is returned
    };
  };
}

/** The body as JSON (grammY checks it is an update). */
function readJson(req: IncomingMessage, max: number): Promise<Update> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge(`webhook body over ${max} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (size > max) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf-8')));
      } catch (error) {
        reject(error);
      }
    });
    req.once('error', reject);
  });
}

/** 413, and the connection closed once it is said (the rest of the body is not read). */
function tooLarge(req: IncomingMessage, res: ServerResponse, log: Logger): void {
  log.warn({ code: 'TELEGRAM_WEBHOOK_TOO_LARGE', declared: req.headers['content-length'] }, 'webhook body too large: refused');
  if (res.headersSent) return void req.socket.destroy();
  res.once('finish', () => req.socket.destroy());
  res.writeHead(413, { connection: 'close' }).end();
}
