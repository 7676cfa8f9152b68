// Privacy in Slack channels (issue 10, §5), through the real Bolt App (HTTP receiver, signed
// requests) against the Web API stand-in: `@Duban experts sarah-mitchell` in a channel posts
// only a notice in the thread there and the expert's record (e-mail, handles) in the asker's
// DM; the export's files go to the DM; a slash command, answered in the DM already, gets no
// extra notice; a lookup is still answered in the channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { sectionText, startHarness, type Harness } from './harness.ts';
import { eventCallback, postCommand, postEvent, slashCommand } from './payloads.ts';

let h: Harness;
let events = 0;
beforeAll(async () => {
  const bot = await makeBot();
  await bot.store.update((db) => {
    db.accounts.push({ platform: 'slack', accountId: 'U0SEC', personId: 'secretariat', boundAt: '2016-08-01T00:00:00Z' });
  });
  h = await startHarness('http', { bot });
  h.api.users.set('U0SEC', { locale: 'zh-CN', name: '王立新' });
  bot.core.services.notifier.register('slack', h.slack.send); // as main.ts wires it
});
afterAll(async () => {
  await h?.close();
});

/** `@Duban <text>` in #general; the calls of `method` it caused (waiting for `count`). */
async function mention(text: string, method: string, count: number) {
  const from = h.api.calls.length;
  const ts = `1700000${100 + ++events}.000100`;
  await postEvent(
    h.endpoint,
    eventCallback({ type: 'app_mention', channel: 'C0GENERAL', user: 'U0SEC', text: `<@UBOT> ${text}`, ts }, `Ev-priv-${events}`),
  );
  return { ts, calls: await h.api.waitSince(from, method, count) };
}

describe('a private answer asked in a Slack channel', () => {
  it("posts the expert's record in the DM and only a notice in the channel's thread", async () => {
    const { ts, calls } = await mention('experts sarah-mitchell', 'chat.postMessage', 2);
    const inChannel = calls.filter((c) => c.args.channel === 'C0GENERAL');
    const inDm = calls.filter((c) => c.args.channel === 'D0SEC');
    expect(inDm.map((c) => sectionText(c.args)).join('\n')).toContain('sarah.mitchell@example.org');
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0]!.args.thread_ts).toBe(ts);
    expect(sectionText(inChannel[0]!.args)).toContain('已私信回复您');
    expect(sectionText(inChannel[0]!.args)).not.toContain('example.org');
  });

  it('uploads the export to the DM, not to the channel', async () => {
    const from = h.api.calls.length;
    // Two files (the items and the indicators), each after its text in the DM; then the notice in the channel.
    const { calls } = await mention('export csv', 'chat.postMessage', 3);
    expect(calls.map((c) => c.args.channel)).toEqual(['D0SEC', 'D0SEC', 'C0GENERAL']);
    const uploads = h.api.calls.slice(from).filter((c) => c.method === 'files.completeUploadExternal');
    expect(uploads.map((c) => c.args.channel_id)).toEqual(['D0SEC', 'D0SEC']);
  });

  it('adds no notice to a slash command, whose answer goes to the DM anyway', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: 'experts sarah-mitchell', user: 'U0SEC', channel: 'C0GENERAL' }));
    const [posted] = await h.api.waitSince(from, 'chat.postMessage');
    expect(posted!.args.channel).toBe('D0SEC');
    expect(sectionText(posted!.args)).toContain('sarah.mitchell@example.org');
    // The same person's next message is answered after this one: by then any notice would be posted.
    await mention('事项 93', 'chat.postMessage', 1);
    const posted2 = h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
    expect(posted2.map((c) => sectionText(c.args)).join('\n')).not.toContain('已私信回复您');
  });

  it('answers a lookup in the channel', async () => {
    const { calls } = await mention('事项 92', 'chat.postMessage', 1);
    expect(calls[0]!.args.channel).toBe('C0GENERAL');
    expect(sectionText(calls[0]!.args)).toContain('第 92 项');
  });
});
