// A message the bot edits in place (a reply with an editKey: a poll as votes come in) is
// still edited after a restart: which message carries the key is kept in the store, not in
// the adapter's memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

describe('editing in place across a restart', () => {
  it('edits the message last sent with the key, after a restart too', async () => {
    const user = h.fake.user(7301);
    h.fake.say(user, '/start');
    await h.fake.waitFor(() => h.fake.botMessages(7301)[0]);
    const to = { platform: 'telegram' as const, chatId: '7301' };
    expect((await h.tg.send(to, { text: 'Poll m1: 0 votes', editKey: 'poll-m1' })).ok).toBe(true);
    const poll = h.fake.botMessages(7301).at(-1)!;
    expect((await h.tg.send(to, { text: 'Poll m1: 1 vote', editKey: 'poll-m1' })).ok).toBe(true);
    await h.restart();
    expect((await h.tg.send(to, { text: 'Poll m1: 2 votes', editKey: 'poll-m1' })).ok).toBe(true);
    const messages = h.fake.botMessages(7301);
    expect(messages.at(-1)!.message_id).toBe(poll.message_id);
    expect(messages.at(-1)!.text).toBe('Poll m1: 2 votes');
    expect(h.fake.ok('editMessageText', 7301)).toHaveLength(2);
    expect(h.store.data.edits[`telegram:7301\u0000poll-m1`]).toMatchObject({ ref: String(poll.message_id) });
  });
});
