// Sending through the OpenAPI, over the real adapter and the stand-in: the access token is
// fetched, kept, refreshed before it expires and fetched anew when refused; throttling
// (HTTP 403 QpsLimitForAppkeyAndApi, 429), a user DingTalk holds back and a dropped connection
// are retried until the message is through; an unknown user is an answer; a broadcast of 59
// through a stand-in enforcing DingTalk's QPS limit loses and doubles nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { DingTalkApi } from '../../src/adapters/dingtalk/api.ts';
import type { Reply } from '../../src/core/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { FakeDingTalk } from './stand-in/fake-dingtalk.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const BATCH = '/v1.0/robot/oToMessages/batchSend';
const to = (userId: string) => ({ platform: 'dingtalk' as const, chatId: userId });
const letter = (i: number): Reply => ({
  text: `尊敬的专家 ${i}：诚挚邀请您担任专家咨询委员会委员。`,
  choices: [
    { key: `acc${i}`, label: '接受' },
    { key: `dec${i}`, label: '婉拒' },
  ],
});

describe('the access token', () => {
  it('is kept, fetched again five minutes before it expires, and fetched anew when DingTalk refuses it', async () => {
    const fake = await FakeDingTalk.start();
    let now = 1_000_000;
    const api = new DingTalkApi({
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      robotCode: fake.clientId,
      apiUrl: fake.url,
      oapiUrl: fake.url,
      now: () => now,
    });
    const fetched = () => fake.calls.filter((c) => c.path === '/v1.0/oauth2/accessToken').length;
    try {
      await api.batchSend(['u1'], { msgKey: 'sampleText', msgParam: { content: 'a' } });
      await api.batchSend(['u1'], { msgKey: 'sampleText', msgParam: { content: 'b' } });
      expect(fetched()).toBe(1);
      now += 6800_000; // 400 s left
      await api.batchSend(['u1'], { msgKey: 'sampleText', msgParam: { content: 'c' } });
      expect(fetched()).toBe(1);
      now += 150_000; // 250 s left: refreshed before it expires
      await api.batchSend(['u1'], { msgKey: 'sampleText', msgParam: { content: 'd' } });
      expect(fetched()).toBe(2);
      fake.tokens.clear(); // DingTalk forgot it (rotated, revoked)
      await api.batchSend(['u1'], { msgKey: 'sampleText', msgParam: { content: 'e' } });
      expect(fetched()).toBe(3);
      expect(fake.calls.filter((c) => c.path === BATCH && c.code === 'InvalidAuthentication')).toHaveLength(1);
      expect(fake.messagesTo('u1')).toHaveLength(5);
    } finally {
      await fake.close();
    }
  });
});

describe('retries', () => {
  it('waits out 403 QpsLimitForAppkeyAndApi and 429, resends to a held-back user, retries a dropped connection', async () => {
    h = await startHarness();
    h.fake.fail({ path: BATCH, user: 'u-a', times: 2, fault: { status: 403, code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi' } });
    h.fake.fail({ path: BATCH, user: 'u-b', times: 1, fault: { status: 429 } });
    h.fake.fail({ user: 'u-c', times: 2, fault: { flowControlled: true } });
    h.fake.fail({ path: BATCH, user: 'u-d', times: 1, fault: 'network' });
    const results = await Promise.all(['u-a', 'u-b', 'u-c', 'u-d'].map((u, i) => h!.dt.send(to(u), letter(i))));
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
    for (const u of ['u-a', 'u-b', 'u-c', 'u-d']) expect(h.fake.messagesTo(u), u).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.status === 403)).toHaveLength(2);
    expect(h.logLines.filter((l) => l.includes('DINGTALK_THROTTLED'))).toHaveLength(3);
  });

  it('answers unreachable for a user who is not in the organisation, and goes on with the others', async () => {
    h = await startHarness();
    for (const u of ['u-1', 'u-2', 'u-3']) h.fake.members.add(u);
    const results = await Promise.all(['u-1', 'u-gone', 'u-3'].map((u, i) => h!.dt.send(to(u), letter(i))));
    expect(results.map((r) => r.failure ?? 'ok')).toEqual(['ok', 'unreachable', 'ok']);
    expect(results[1]!.detail).toContain('invalidStaffId');
  });
});

describe('a broadcast of 59', () => {
  const users = Array.from({ length: 59 }, (_, i) => `expert-${i + 1}`);

  it('stays within a QPS limit the stand-in enforces, and every letter arrives once', async () => {
    h = await startHarness({ qpsLimit: { count: 20, perMs: 100 } });
    const results = await Promise.all(users.map((u, i) => h!.dt.send(to(u), letter(i))));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const u of users) expect(h.fake.messagesTo(u), u).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.status === 403)).toEqual([]);
  });

  it('gets through throttling when it sends faster than the organisation allows, losing and doubling nothing', async () => {
    h = await startHarness({ qpsLimit: { count: 10, perMs: 100 } }); // the adapter believes 20 per 100 ms
    h.fake.fail({ user: 'expert-7', times: 1, fault: { flowControlled: true } });
    const results = await Promise.all(users.map((u, i) => h!.dt.send(to(u), letter(i))));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const u of users) expect(h.fake.messagesTo(u), u).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.code === 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi').length).toBeGreaterThan(0);
  });
});
