// Starts the real Slack adapter (Bolt App, WebClient, receivers) over the real core, against
// the local Web API stand-in and, for Socket Mode, the local WebSocket stand-in; collects
// the adapter's log lines so tests can read them. close() stops everything it started.
import pino from 'pino';
import { vi, type MockInstance } from 'vitest';
import { startSlack, type SlackAdapter } from '../../src/adapters/slack/index.ts';
import type { Duban } from '../../src/core/bot.ts';
import type { Logger } from '../../src/log.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { FakeSlackApi } from './fake-web-api.ts';
import { FakeSocketServer } from './fake-socket.ts';
import { SIGNING_SECRET } from './payloads.ts';

export interface Harness {
  api: FakeSlackApi;
  bot: TestBot;
  slack: SlackAdapter;
  socket?: FakeSocketServer;
  /** The HTTP receiver's endpoint (HTTP mode). */
  endpoint: string;
  /** Every call of core.handle, in order (it calls through to the real core). */
  handled: MockInstance<Duban['handle']>;
  /** The real core.handle, for a test that replaces it once. */
  realHandle: Duban['handle'];
  logLines: string[];
  close(): Promise<void>;
}

export async function startHarness(mode: 'http' | 'socket', opts: { bot?: TestBot } = {}): Promise<Harness> {
  const api = await FakeSlackApi.start();
  api.users.set('UZH', { locale: 'zh-CN', name: '王科长' });
  api.users.set('UEN', { locale: 'en-US', name: 'Ann Lee' });
  const bot = opts.bot ?? (await makeBot());
  const realHandle = bot.core.handle.bind(bot.core);
  const handled = vi.spyOn(bot.core, 'handle');
  const socket = mode === 'socket' ? await FakeSocketServer.start() : undefined;
  if (socket) api.socketUrl = socket.url;
  const { log, lines } = captureLog();
  const slack = await startSlack({
    core: bot.core,
    botToken: api.botToken,
    ...(socket ? { appToken: api.appToken } : { signingSecret: SIGNING_SECRET }),
    apiUrl: api.url,
    port: 0,
    host: '127.0.0.1',
    log,
  });
  return {
    api,
    bot,
    slack,
    socket,
    endpoint: `http://127.0.0.1:${slack.port}/slack/events`,
    handled,
    realHandle,
    logLines: lines,
    async close() {
      await slack.stop();
      await socket?.close();
      await api.close();
      handled.mockRestore();
    },
  };
}

/** A pino logger at debug level writing into an array. */
export function captureLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { log, lines };
}

/** The mrkdwn text of a posted message's sections, joined. */
export function sectionText(args: Record<string, unknown>): string {
  const blocks = (args.blocks ?? []) as Array<{ type: string; text?: { text: string } }>;
  return blocks
    .filter((b) => b.type === 'section')
    .map((b) => b.text!.text)
    .join('\n');
}

/** The buttons of a posted message. */
export function buttonsOf(args: Record<string, unknown>): Array<{ action_id: string; value: string; text: { text: string } }> {
  const blocks = (args.blocks ?? []) as Array<{
    type: string;
    elements?: Array<{ action_id: string; value: string; text: { text: string } }>;
  }>;
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}
