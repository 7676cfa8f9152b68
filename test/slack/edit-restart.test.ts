// A message the bot edits in place (a reply with an editKey) is still edited after a restart
// (a new core and adapter on the same store): which message carries the key is in the store.
import { afterAll, describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { type Harness, startHarness } from './harness.ts';

const started: Harness[] = [];
afterAll(async () => {
  for (const h of started) await h.close();
});

describe('editing in place across a restart', () => {
  it('updates the message last sent with the key instead of posting a new one', async () => {
    const first = await makeBot();
    let h = await startHarness('http', { bot: first });
    started.push(h);
    const to = { platform: 'slack' as const, chatId: 'C0POLLS' };
    expect((await h.slack.send(to, { text: 'Poll m1: 0 votes', editKey: 'poll-m1' })).ok).toBe(true);
    const [posted] = h.api.callsTo('chat.postMessage');
    const ts = String(posted!.response!.ts);
    await h.close();
    started.length = 0;
    h = await startHarness('http', { bot: await makeBot({ store: first.store }) });
    started.push(h);
    expect((await h.slack.send(to, { text: 'Poll m1: 1 vote', editKey: 'poll-m1' })).ok).toBe(true);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
    const [updated] = h.api.callsTo('chat.update');
    expect(updated!.args).toMatchObject({ channel: 'C0POLLS', ts });
  });
});
