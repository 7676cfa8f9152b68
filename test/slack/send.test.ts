// The send port (unprompted messages) through the real WebClient against the local Web API
// stand-in: DMs opened for user ids, files through files.uploadV2, edits in place, a 429
// waited out and retried, and undeliverable messages reported (and logged without the token).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/adapters/slack/index.ts';
import { captureLog, sectionText, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http');
});
afterAll(async () => {
  await h?.close();
});

const since = (from: number, method: string) => h.api.calls.slice(from).filter((c) => c.method === method);

describe('send', () => {
  it('posts to a channel id', async () => {
    const from = h.api.calls.length;
    expect(await h.slack.send({ platform: 'slack', chatId: 'C0NEWS' }, { text: '提醒：事项 92 将于 10 月到期' })).toEqual({ ok: true });
    const [posted] = since(from, 'chat.postMessage');
    expect(posted!.args.channel).toBe('C0NEWS');
    expect(sectionText(posted!.args)).toBe('提醒：事项 92 将于 10 月到期');
    expect(posted!.token).toBe(h.api.botToken);
  });

  it('opens the DM for a user id once, then posts there', async () => {
    const from = h.api.calls.length;
    await h.slack.send({ platform: 'slack', chatId: 'UREM1' }, { text: 'one' });
    await h.slack.send({ platform: 'slack', chatId: 'UREM1' }, { text: 'two' });
    expect(since(from, 'conversations.open').map((c) => c.args.users)).toEqual(['UREM1']);
    expect(since(from, 'chat.postMessage').map((c) => c.args.channel)).toEqual(['DREM1', 'DREM1']);
  });

  it('uploads a file with files.uploadV2 after the text', async () => {
    const from = h.api.calls.length;
    const data = new TextEncoder().encode('编号,事项\n92,专家咨询委员会\n');
    const result = await h.slack.send(
      { platform: 'slack', chatId: 'C0NEWS' },
      { text: 'Export', file: { name: 'items.csv', mime: 'text/csv', data } },
    );
    expect(result).toEqual({ ok: true });
    const methods = h.api.calls.slice(from).map((c) => c.method);
    expect(methods).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const [asked] = since(from, 'files.getUploadURLExternal');
    expect(asked!.args).toMatchObject({ filename: 'items.csv', length: String(data.length) });
    const [uploadCall] = since(from, 'upload');
    const stored = h.api.uploads.get(String(uploadCall!.args.fileId))!;
    expect(Buffer.compare(stored.bytes, Buffer.from(data))).toBe(0);
    const [completed] = since(from, 'files.completeUploadExternal');
    expect(completed!.args.channel_id).toBe('C0NEWS');
    expect(completed!.args.files).toEqual([{ id: uploadCall!.args.fileId, title: 'items.csv' }]);
  });

  it('edits the message last sent with the same editKey in that channel', async () => {
    const from = h.api.calls.length;
    await h.slack.send({ platform: 'slack', chatId: 'C0POLL' }, { text: 'votes: 1', editKey: 'poll-7' });
    await h.slack.send({ platform: 'slack', chatId: 'C0POLL' }, { text: 'votes: 2', editKey: 'poll-7' });
    await h.slack.send({ platform: 'slack', chatId: 'C0OTHER' }, { text: 'votes: 2', editKey: 'poll-7' });
    const [first, other] = since(from, 'chat.postMessage');
    const [update] = since(from, 'chat.update');
    expect(first!.args.channel).toBe('C0POLL');
    expect(other!.args.channel).toBe('C0OTHER');
    expect(update!.args).toMatchObject({ channel: 'C0POLL', text: 'votes: 2', ts: first!.response!.ts });
    expect(since(from, 'chat.update')).toHaveLength(1);
  });

  it('posts anew when the message to edit is gone', async () => {
    await h.slack.send({ platform: 'slack', chatId: 'C0POLL2' }, { text: 'v1', editKey: 'p' });
    const from = h.api.calls.length;
    h.api.failNext('chat.update', 'message_not_found');
    expect(await h.slack.send({ platform: 'slack', chatId: 'C0POLL2' }, { text: 'v2', editKey: 'p' })).toEqual({ ok: true });
    expect(h.api.calls.slice(from).map((c) => c.method)).toEqual(['chat.update', 'chat.postMessage']);
  });

  it('waits out a 429 (Retry-After: 1) on chat.postMessage and delivers', async () => {
    const from = h.api.calls.length;
    h.api.rateLimitNext('chat.postMessage', 1);
    const result = await h.slack.send({ platform: 'slack', chatId: 'C0BUSY' }, { text: 'after the wait' });
    expect(result).toEqual({ ok: true });
    const [limited, delivered] = since(from, 'chat.postMessage');
    expect(limited!.status).toBe(429);
    expect(delivered!.status).toBe(200);
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(sectionText(delivered!.args)).toBe('after the wait');
  });

  it('reports a channel it cannot reach as unreachable, and logs the code but never the token', async () => {
    h.api.missing.add('C0GONE');
    const result = await h.slack.send({ platform: 'slack', chatId: 'C0GONE' }, { text: 'hello?' });
    expect(result).toEqual({ ok: false, failure: 'unreachable', detail: 'channel_not_found' });
    expect(h.logLines.some((l) => l.includes('channel_not_found') && l.includes('C0GONE'))).toBe(true);
    expect(h.logLines.join('\n')).not.toContain(h.api.botToken);
  });

  it('reports a user who does not exist as unreachable', async () => {
    h.api.missing.add('UGONE');
    expect(await h.slack.send({ platform: 'slack', chatId: 'UGONE' }, { text: 'hi' })).toEqual({
      ok: false,
      failure: 'unreachable',
      detail: 'user_not_found',
    });
  });

  it('reports other errors as failed, and refuses a recipient of another platform', async () => {
    h.api.failNext('chat.postMessage', 'invalid_blocks');
    expect(await h.slack.send({ platform: 'slack', chatId: 'C0NEWS' }, { text: 'x' })).toEqual({
      ok: false,
      failure: 'failed',
      detail: 'invalid_blocks',
    });
    expect((await h.slack.send({ platform: 'telegram', chatId: '42' }, { text: 'x' })).failure).toBe('failed');
  });
});

describe('start', () => {
  it('stops at a refused bot token, and without a signing secret in HTTP mode', async () => {
    const { log } = captureLog();
    const base = { core: h.bot.core, apiUrl: h.api.url, port: 0, host: '127.0.0.1', log };
    await expect(startSlack({ ...base, botToken: 'xoxb-wrong', signingSecret: 's' })).rejects.toThrow(
      'the bot token was refused (invalid_auth)',
    );
    await expect(startSlack({ ...base, botToken: h.api.botToken })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });
});
