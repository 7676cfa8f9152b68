// The Stream connection through the real SDK against the stand-in's gateway: frames are
// acknowledged, the gateway's ping answered; a socket dropped by the gateway, a `disconnect`
// frame, a gateway down for a while and a connection that stops answering pings are all
// survived with nothing lost or doubled; a stream that cannot be re-opened resolves `failed`
// (main then ends the process); wrong credentials stop the start; no secret reaches a log.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDingTalk } from '../../src/adapters/dingtalk/index.ts';
import { createLogger } from '../../src/log.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { startHarness, texts, type Harness } from './harness.ts';
import { CLIENT_SECRET, FakeDingTalk } from './stand-in/fake-dingtalk.ts';

const consoleLines: string[] = [];
beforeAll(() => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
});

let h: Harness;
const logs: string[] = [];
afterEach(async () => {
  logs.push(...(h?.logLines ?? []));
  await h?.stop();
});

/** A reply to a message pushed now arrives once, whatever happened to the connection. */
async function answeredOnce(user: string, item: number) {
  const sent = await h.step(user, () => h.say(user, `事项 ${item}`));
  expect(texts(sent)).toContain(`第 ${item} 项`);
  return sent;
}

describe('frames', () => {
  it('acknowledges each robot message and answers the gateway’s ping with its data', async () => {
    h = await startHarness();
    const frameId = h.fake.gateway.pushRobotMessage({
      msgId: 'm-ack-1',
      msgtype: 'text',
      conversationId: 'cidDM',
      conversationType: '1',
      senderStaffId: 'u-ack',
      text: { content: '事项 91' },
    });
    await h.fake.until(() => h.fake.gateway.acked(frameId));
    const ping = h.fake.gateway.system('ping', { opaque: 'o-123' });
    await h.fake.until(() => h.fake.gateway.replies.some((r) => r.headers.messageId === ping));
    const answer = h.fake.gateway.replies.find((r) => r.headers.messageId === ping)!;
    expect(answer.code).toBe(200);
    expect(JSON.parse(answer.data)).toEqual({ opaque: 'o-123' });
    await h.fake.until(() => h.fake.messagesTo('u-ack').length === 1);
  });
});

describe('reconnection', () => {
  it('re-opens a socket dropped by the gateway; a message pushed meanwhile arrives once', async () => {
    h = await startHarness();
    await answeredOnce('u-r1', 92);
    h.fake.gateway.drop();
    await h.fake.until(() => !h.fake.gateway.socket);
    h.say('u-r1', '事项 93'); // pushed to no connection: DingTalk keeps it until one acknowledges it
    await h.fake.until(() => h.fake.gateway.connections === 2 && h.fake.messagesTo('u-r1').length === 2);
    await h.dt.idle();
    expect(texts(h.fake.messagesTo('u-r1').slice(1))).toContain('第 93 项');
    await answeredOnce('u-r1', 94);
    expect(h.fake.messagesTo('u-r1')).toHaveLength(3);
  });

  it('waits out a gateway that is down for a while, then delivers what was pushed, once', async () => {
    h = await startHarness();
    h.fake.gatewayDown = true;
    h.fake.gateway.drop();
    const refused = () => h.fake.calls.filter((c) => c.path === '/v1.0/gateway/connections/open' && c.status === 503).length;
    await h.fake.until(() => refused() >= 3);
    h.say('u-r2', '事项 95');
    h.fake.gatewayDown = false;
    await h.fake.until(() => h.fake.messagesTo('u-r2').length === 1);
    await h.dt.idle();
    expect(texts(h.fake.messagesTo('u-r2'))).toContain('第 95 项');
    expect(h.fake.gateway.connections).toBe(2);
    await h.dt.stop();
    expect(await Promise.race([h.dt.failed.then(() => 'failed'), Promise.resolve('running')])).toBe('running');
  });

  it('closes and re-opens at once when the gateway sends `disconnect`', async () => {
    h = await startHarness();
    h.fake.gateway.system('disconnect', { reason: 'server restart' });
    await h.fake.until(() => h.fake.gateway.connections === 2 && !!h.fake.gateway.socket);
    await answeredOnce('u-r3', 96);
    expect(h.fake.messagesTo('u-r3')).toHaveLength(1);
  });

  it('drops a connection that stops answering pings, and opens a new one', async () => {
    h = await startHarness({ adapter: { stream: { keepAliveMs: 40, baseDelayMs: 10, maxDelayMs: 50, giveUpAfterMs: 2000 } } });
    h.fake.gateway.silent = true;
    await h.fake.until(() => h.fake.gateway.connections === 2);
    h.fake.gateway.silent = false;
    await answeredOnce('u-r4', 92);
  });

  it('resolves failed when the stream cannot be re-opened', async () => {
    h = await startHarness({ adapter: { stream: { keepAliveMs: 60_000, baseDelayMs: 10, maxDelayMs: 40, giveUpAfterMs: 300 } } });
    h.fake.gatewayDown = true;
    h.fake.gateway.drop();
    const reason = await h.dt.failed;
    expect(reason).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
    expect(h.logLines.some((l) => l.includes('DINGTALK_STREAM_FAILED'))).toBe(true);
  });
});

describe('credentials', () => {
  it('stops the start when DingTalk refuses them, naming the code but never the secret', async () => {
    const fake = await FakeDingTalk.start();
    const { core } = await makeBot();
    try {
      const attempt = startDingTalk({
        core,
        clientId: fake.clientId,
        clientSecret: 'wrong-secret-0f9e8d7c',
        apiUrl: fake.url,
        oapiUrl: fake.url,
        log: createLogger('silent'),
      });
      await expect(attempt).rejects.toThrow(/invalidClientIdOrSecret/);
      await attempt.catch((e: Error) => expect(e.message).not.toContain('wrong-secret'));
    } finally {
      await fake.close();
    }
  });
});

afterAll(() => {
  const everything = [...logs, ...consoleLines].join('\n');
  expect(everything.length).toBeGreaterThan(0);
  expect(everything).not.toContain(CLIENT_SECRET);
  expect(everything).not.toMatch(/tok-[0-9a-f-]{36}/); // no access token either
});
