// Starts the real core, the DingTalk stand-in on 127.0.0.1 and the real DingTalk adapter (on
// the real dingtalk-stream SDK) against it, with fast limits and pauses, wired as src/main.ts
// wires them, and tears all three down. People write to the robot with say/sayInGroup/tap/
// sendFile (robot messages pushed over the Stream); step() waits, on events only, for what
// the robot sent back. Every log line is kept, to be searched for secrets.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createDuban } from '../../src/app.ts';
import type { Duban } from '../../src/core/bot.ts';
import { startDingTalk, type DingTalkAdapter, type DingTalkOptions } from '../../src/adapters/dingtalk/index.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { FakeDingTalk, type SentMessage } from './stand-in/fake-dingtalk.ts';
import type { Store } from '../../src/db.ts';

export interface Harness {
  fake: FakeDingTalk;
  core: Duban;
  dt: DingTalkAdapter;
  store: Store;
  clock: TestBot['clock'];
  logLines: string[];
  /** Binds a person to a DingTalk user id, as a redeemed code would. */
  bind(personId: string, userId: string): Promise<void>;
  /** A person writes to the robot in a 1:1 chat; returns the robot message (msgId…) pushed. */
  say(userId: string, text: string): RobotMessage;
  /** A person @mentions the robot in a group. */
  sayInGroup(cid: string, userId: string, text: string): RobotMessage;
  /** A person taps the one-tap link whose label contains `label`, in the latest message to them that has it. */
  tap(userId: string, label: string): RobotMessage;
  /** A person sends the robot a file. */
  sendFile(userId: string, name: string, bytes: Buffer): RobotMessage;
  /** Pushes a robot message as it is (again, for a redelivery). */
  push(message: RobotMessage): void;
  /** Runs act, then waits for the robot's new messages in chatId (at least one) and for the adapter to be idle. */
  step(chatId: string, act: () => unknown): Promise<SentMessage[]>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export type RobotMessage = Record<string, unknown> & { msgId: string };

export interface HarnessOptions {
  now?: string;
  /** The stand-in refuses more calls per API than this by arrival (DingTalk's QPS limit). */
  qpsLimit?: { count: number; perMs: number };
  adapter?: Partial<Pick<DingTalkOptions, 'qps' | 'stream' | 'retry' | 'flowControlWaitMs'>>;
}

/** Limits and pauses scaled down so tests run fast but still exercise every window. */
export const FAST: Pick<DingTalkOptions, 'qps' | 'stream' | 'retry' | 'flowControlWaitMs'> = {
  qps: { count: 20, perMs: 100 },
  stream: { keepAliveMs: 60_000, baseDelayMs: 10, maxDelayMs: 50, giveUpAfterMs: 2000 },
  retry: { baseDelayMs: 10, maxDelayMs: 50, throttleWaitMs: 100 },
  flowControlWaitMs: 50,
};

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDingTalk.start(opts.qpsLimit ? { qpsLimit: opts.qpsLimit } : {});
  const { core, store, clock } = await makeBot(opts.now ? { now: opts.now } : {});
  const logLines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  const start = async (c: Duban) => {
    const dt = await startDingTalk({
      core: c,
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      apiUrl: fake.url,
      oapiUrl: fake.url,
      log,
      drainMs: 2000,
      ...FAST,
      ...opts.adapter,
    });
    c.services.notifier.register('dingtalk', dt.send); // as src/main.ts does
    return dt;
  };
  let seq = 0;
  const base = (userId: string) => ({
    msgId: `msg${++seq}-${randomUUID().slice(0, 8)}`,
    createAt: Date.now(),
    senderStaffId: userId,
    senderId: `$:LWCP_v1:$${userId}`,
    senderNick: `nick-${userId}`,
    chatbotUserId: '$:LWCP_v1:$robot',
    robotCode: fake.clientId,
    senderCorpId: 'ding-corp',
    isAdmin: false,
  });
  const direct = (userId: string) => ({ conversationId: `cidDM-${userId}`, conversationType: '1' });
  const h: Harness = {
    fake,
    core,
    dt: await start(core),
    store,
    clock,
    logLines,
    async bind(personId, userId) {
      const boundAt = clock.now().toISOString();
      await store.update((db) => void db.accounts.push({ platform: 'dingtalk', accountId: userId, personId, boundAt }));
    },
    say(userId, text) {
      const m = { ...base(userId), ...direct(userId), msgtype: 'text', text: { content: text } };
      h.push(m);
      return m;
    },
    sayInGroup(cid, userId, text) {
      const m = {
        ...base(userId),
        conversationId: cid,
        conversationType: '2',
        conversationTitle: '市推进办工作群',
        isInAtList: true,
        msgtype: 'text',
        text: { content: ` ${text}` },
      };
      h.push(m);
      return m;
    },
    tap(userId, label) {
      const link = fake
        .messagesTo(userId)
        .reverse()
        .flatMap((m) => m.links ?? [])
        .find((l) => l.label.includes(label));
      if (!link) throw new Error(`no link "${label}" in the messages to ${userId}`);
      return h.say(userId, link.content); // what DingTalk does with a tapped dtmd://…/sendMessage link
    },
    sendFile(userId, name, bytes) {
      const m = { ...base(userId), ...direct(userId), msgtype: 'file', content: { downloadCode: fake.addFile(bytes), fileName: name } };
      h.push(m);
      return m;
    },
    push(message) {
      fake.gateway.pushRobotMessage(message);
    },
    async step(chatId, act) {
      const before = fake.messagesTo(chatId).length;
      act();
      await fake.until(() => fake.messagesTo(chatId).length > before);
      await h.dt.idle();
      return fake.messagesTo(chatId).slice(before);
    },
    async restart() {
      await h.dt.stop();
      h.core = await createDuban({ store, clock });
      h.dt = await start(h.core);
    },
    async stop() {
      await h.dt.stop();
      await fake.close();
    },
  };
  return h;
}

/** The visible texts of messages, joined. */
export const texts = (messages: SentMessage[]) => messages.map((m) => m.text ?? (m.file ? `📎 ${m.file.name}` : '')).join('\n---\n');
