// The Slack adapter on Bolt: starts a Bolt App in Socket Mode (when an app-level token is
// given) or behind Bolt's HTTP receiver (which checks every request's signature and refuses
// timestamps older than five minutes), wires the listeners, and returns the send port for
// unprompted messages. Only this folder imports @slack/bolt.
import { storedEdits } from '../../core/edits.ts';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Duban } from '../../core/bot.ts';
import type { SendPort } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerListeners } from './listeners.ts';
import { errorCode, SlackOutbox } from './outbox.ts';
import { SlackPeople } from './people.ts';

export interface SlackOptions {
  core: Duban;
  /** Bot token (xoxb-…). */
  botToken: string;
  /** App-level token (xapp-…): Socket Mode. Without it, the HTTP receiver listens on `port`. */
  appToken?: string;
  /** Required for the HTTP receiver. */
  signingSecret?: string;
  /** Web API base URL (SLACK_API_URL), e.g. a local stand-in; Slack's own by default. */
  apiUrl?: string;
  /** HTTP receiver port (0: any free port, see SlackAdapter.port). */
  port: number;
  /** HTTP receiver interface; all interfaces by default. */
  host?: string;
  /** Slash command name; default "/duban". */
  command?: string;
  log: Logger;
}

export interface SlackAdapter {
  send: SendPort;
  /** Stops receiving, then waits for the replies still being made. */
  stop(): Promise<void>;
  app: App;
  /** The port the HTTP receiver listens on (HTTP mode only). */
  port?: number;
}

/**
 * Web API retries: a 429 is waited out for its Retry-After by the WebClient and retried;
 * network errors and 5xx are retried a few times within about ten seconds. A reply that
 * is minutes late is worth less than a logged failure.
 */
export const RETRY_CONFIG = { retries: 5, factor: 2, minTimeout: 200, maxTimeout: 4000, randomize: true };
const REQUEST_TIMEOUT_MS = 20_000;

export async function startSlack(opts: SlackOptions): Promise<SlackAdapter> {
  const logger = boltLogger(opts.log);
  const slackApiUrl = opts.apiUrl && (opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/`);
  const clientOptions: webApi.WebClientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: RETRY_CONFIG,
    timeout: REQUEST_TIMEOUT_MS,
  };
  const socketMode = Boolean(opts.appToken);
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (opts.appToken) {
    receiver = new SocketModeReceiver({
      appToken: opts.appToken,
      logger,
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
  } else {
    if (!opts.signingSecret) throw new Error('Slack: set SLACK_SIGNING_SECRET for the HTTP receiver, or SLACK_APP_TOKEN for Socket Mode');
    receiver = new HTTPReceiver({
      signingSecret: opts.signingSecret,
      signatureVerification: true,
      processBeforeResponse: false,
      port: opts.port,
      logger,
    });
  }
  const app = new App({ token: opts.botToken, receiver, socketMode, logger, clientOptions, deferInitialization: true });
  try {
    await app.init(); // auth.test: a wrong token stops the start here, not at the first message
  } catch (error) {
    throw new Error(`Slack: the bot token was refused (${errorCode(error)})`);
  }
  app.error(async (error) => {
    opts.log.error({ code: error.code, error: errorCode(error) }, 'slack: unhandled error');
  });

  const outbox = new SlackOutbox(app.client, opts.log, storedEdits(opts.core.services, 'slack'));
  const people = new SlackPeople(app.client, opts.log);
  const settle = registerListeners(app, { core: opts.core, outbox, people, log: opts.log, command: opts.command ?? '/duban' });

  let port: number | undefined;
  if (receiver instanceof SocketModeReceiver) {
    await receiver.start();
  } else {
    const server = await receiver.start(opts.host ? { port: opts.port, host: opts.host } : opts.port);
    port = (server.address() as AddressInfo).port;
  }
  opts.log.info({ mode: socketMode ? 'socket' : 'http', port }, 'slack adapter started');

  return {
    app,
    send: outbox.send,
    ...(port !== undefined ? { port } : {}),
    async stop() {
      if (receiver instanceof SocketModeReceiver) await receiver.client.disconnect();
      else await receiver.stop();
      await settle();
    },
  };
}
