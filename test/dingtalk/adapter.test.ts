// The DingTalk adapter end to end over Stream mode: the real dingtalk-stream SDK against the
// stand-in on 127.0.0.1, over the real core. A lookup in a 1:1 chat and by @mention in a
// group; one-tap choices; escaping; a redelivered message handled once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, texts, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('a 1:1 chat', () => {
  it('answers 事项 92 in DingTalk Markdown through 1:1 send, after acknowledging the frame', async () => {
    const sent = await h.step('u-li', () => h.say('u-li', '事项 92'));
    expect(texts(sent)).toContain('第 92 项');
    expect(sent[0]!.msgKey).toBe('sampleMarkdown');
    const call = h.fake.ok('/v1.0/robot/oToMessages/batchSend').at(-1)!;
    expect(call.body).toMatchObject({ robotCode: h.fake.clientId, userIds: ['u-li'], msgKey: 'sampleMarkdown' });
    expect(h.fake.gateway.unacked.size).toBe(0);
  });
});
