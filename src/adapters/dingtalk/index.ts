// The DingTalk adapter (钉钉 / 政务钉钉) in Stream mode: an outbound WebSocket on the official
// SDK (stream.ts), so the bot needs no public address, callback domain or inbound port. Robot
// messages go to the core (messages.ts); replies and the messages the bot writes first go
// through the OpenAPI (api.ts) on one rate-limited outbox per send API (the outbox is
// Telegram's: sliding QPS windows, one message in flight per chat, replies before broadcasts,
// a pause when DingTalk throttles). Only this folder imports dingtalk-stream.
import type { Duban } from '../../core/bot.ts';
import type { SendPort } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { Outbox, type Limits } from '../telegram/outbox.ts';
import { DingTalkApi } from './api.ts';
import { errorSummary } from './errors.ts';
import { messageHandler } from './messages.ts';
import { DingTalkSender, type SenderOptions } from './sender.ts';
import { DubanStream, type StreamOptions } from './stream.ts';

export interface DingTalkOptions extends SenderOptions {
  core: Duban;
  clientId: string;
  clientSecret: string;
  /** The robot's code; the AppKey when unset (an app's own robot). */
  robotCode?: string;
  apiUrl?: string;
  oapiUrl?: string;
  log: Logger;
  /** Calls per second per send API (DingTalk: 20 for a standard organisation). */
  qps?: { count: number; perMs: number };
  stream?: Pick<StreamOptions, 'keepAliveMs' | 'baseDelayMs' | 'maxDelayMs' | 'giveUpAfterMs'>;
  /** How long stop() waits for the messages being answered and the queued ones to leave. */
  drainMs?: number;
}

export interface DingTalkAdapter {
  send: SendPort;
  stop(): Promise<void>;
  /** Resolves (with the reason) when the stream cannot be re-opened: the process should end. */
  failed: Promise<unknown>;
  /** Resolves when no message is being answered and nothing is queued or in flight. */
  idle(): Promise<void>;
  stream: DubanStream;
  api: DingTalkApi;
}

export const DINGTALK_API_URL = 'https://api.dingtalk.com';
export const DINGTALK_OAPI_URL = 'https://oapi.dingtalk.com';
/** DingTalk's documented limit for a standard organisation: 20 calls a second per app and API. */
export const DINGTALK_QPS = { count: 20, perMs: 1000 };

export function outboxLimits(qps = DINGTALK_QPS): Limits {
  // One message in flight per chat (order); the per-chat window itself adds no wait.
  return { global: qps, perChat: { count: 1, perMs: 0 }, perGroup: { count: 1, perMs: 0 } };
}

export async function startDingTalk(opts: DingTalkOptions): Promise<DingTalkAdapter> {
  const log = opts.log.child({ adapter: 'dingtalk' });
  const trim = (url: string) => url.replace(/\/+$/, '');
  const apiUrl = trim(opts.apiUrl ?? DINGTALK_API_URL);
  const api = new DingTalkApi({
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    robotCode: opts.robotCode ?? opts.clientId,
    apiUrl,
    oapiUrl: trim(opts.oapiUrl ?? DINGTALK_OAPI_URL),
  });
  try {
    await api.accessToken(); // wrong credentials stop the start here, not at the first message
  } catch (error) {
    const e = errorSummary(error);
    throw new Error(`DingTalk: no access token for this app (${String(e.code ?? e.type)}: ${String(e.message)})`);
  }
  const outboxes = { users: new Outbox(outboxLimits(opts.qps)), groups: new Outbox(outboxLimits(opts.qps)) };
  const sender = new DingTalkSender(api, outboxes, log, opts);
  const messages = messageHandler(opts.core, sender, api, log);
  const stream = new DubanStream({
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    apiUrl,
    log,
    onRobotMessage: (frame) => messages.handle(frame),
    ...opts.stream,
  });
  await stream.start();
  log.info({ robotCode: api.robotCode }, 'dingtalk adapter started');

  const idle = () =>
    messages
      .drain()
      .then(() => outboxes.users.idle())
      .then(() => outboxes.groups.idle());
  const send: SendPort = async (to, reply) => {
    if (to.platform !== 'dingtalk') return { ok: false, failure: 'unreachable', detail: `not a dingtalk recipient: ${to.platform}` };
    const result = await sender.deliver(to.chatId, reply);
    if (!result.ok) log.info({ code: 'DINGTALK_SEND_FAILED', failure: result.failure, detail: result.detail }, 'message not delivered');
    return result;
  };
  let stopped = false;
  return {
    send,
    failed: stream.failed,
    idle,
    stream,
    api,
    async stop() {
      if (stopped) return;
      stopped = true;
      stream.stop();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        idle().then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), opts.drainMs ?? 10_000))),
      ]);
      clearTimeout(timer);
      if (!drained)
        log.warn({ code: 'DINGTALK_DRAIN', queued: outboxes.users.size + outboxes.groups.size }, 'stopped with messages still queued');
    },
  };
}
