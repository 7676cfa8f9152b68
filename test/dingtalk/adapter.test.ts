// The DingTalk adapter end to end over Stream mode: the real dingtalk-stream SDK against the
// stand-in on 127.0.0.1, over the real core. A lookup in a 1:1 chat and by @mention in a
// group; choices as one-tap links (and as numbers); what a person typed shown as typed; a
// redelivered message handled once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage, Reply } from '../../src/core/types.ts';
import { startHarness, texts, type Harness } from './harness.ts';

let h: Harness;
let handled: IncomingMessage[];
let answered: Reply[][];
beforeAll(async () => {
  h = await startHarness();
  handled = [];
  answered = [];
  const handle = h.core.handle.bind(h.core);
  vi.spyOn(h.core, 'handle').mockImplementation(async (msg) => {
    handled.push(msg);
    const replies = await handle(msg);
    answered.push(replies);
    return replies;
  });
});
afterAll(async () => {
  await h?.stop();
});

describe('a 1:1 chat', () => {
  it('answers 事项 92 in Markdown by 1:1 send, and passes the sender as the core expects', async () => {
    const asked = h.say('u-li', '事项 92');
    const sent = await h.step('u-li', () => undefined);
    expect(texts(sent)).toContain('第 92 项');
    expect(texts(sent)).toContain('专家咨询委员会');
    expect(sent[0]!.msgKey).toBe('sampleMarkdown');
    expect(sent[0]!.title).toContain('92');
    const call = h.fake.ok('/v1.0/robot/oToMessages/batchSend').at(-1)!;
    expect(call.body).toMatchObject({ robotCode: h.fake.clientId, userIds: ['u-li'], msgKey: 'sampleMarkdown' });
    expect(handled.at(-1)).toEqual({
      platform: 'dingtalk',
      chatId: 'u-li',
      chatType: 'direct',
      accountId: 'u-li',
      deliveryId: asked.msgId,
      senderName: 'nick-u-li',
      text: '事项 92',
    });
    expect(h.fake.gateway.unacked.size).toBe(0); // acknowledged
  });

  it('offers "did you mean" as one-tap links carrying only a key; a tap opens the record', async () => {
    const [list] = await h.step('u-wang', () => h.say('u-wang', 'gdp'));
    expect(list!.links!.length).toBeGreaterThan(1);
    for (const link of list!.links!) expect(link.content).toMatch(/^▸[A-Za-z0-9_-]{1,16}$/);
    expect(list!.links![0]!.label).toMatch(/^1\. .*人均GDP/);
    const record = await h.step('u-wang', () => h.tap('u-wang', '人均GDP'));
    expect(texts(record)).toContain('最新值：');
    expect(handled.at(-1)).toMatchObject({ action: list!.links![0]!.content.slice(1), chatId: 'u-wang' });
    expect(handled.at(-1)!.text).toBeUndefined();
  });

  it('takes a typed number as the choice with that number', async () => {
    const [list] = await h.step('u-zhou', () => h.say('u-zhou', 'gdp'));
    const second = list!.links![1]!;
    await h.step('u-zhou', () => h.say('u-zhou', '2'));
    expect(handled.at(-1)).toMatchObject({ action: second.content.slice(1) });
  });

  it('shows Markdown and HTML a person typed as text, never as markup', async () => {
    const typed = '量子 <b>粗</b> **星** [链](j:x) & `c` _斜_';
    const sent = await h.step('u-inj', () => h.say('u-inj', typed));
    const said = answered.at(-1)!.map((r) => r.text);
    expect(said.join('\n')).toContain('<b>粗</b> **星** [链](j:x) & `c`'); // the core echoes what was asked
    expect(sent.map((m) => m.text)).toEqual(said); // shown exactly as the core said it
    for (const m of sent)
      expect(
        m.tags!.every((t) => ['p', 'br', 'a'].includes(t)),
        m.markdown,
      ).toBe(true);
    for (const m of sent) for (const l of m.links ?? []) expect(l.content).toMatch(/^▸/); // no link from the text
  });

  it('handles a redelivered message once', async () => {
    const first = h.say('u-dup', '事项 93');
    await h.step('u-dup', () => undefined);
    h.push(first); // DingTalk pushing the same message again (same msgId)
    const later = await h.step('u-dup', () => h.say('u-dup', '事项 94'));
    expect(texts(later)).toContain('第 94 项');
    expect(handled.filter((m) => m.chatId === 'u-dup')).toHaveLength(3);
    expect(h.fake.messagesTo('u-dup')).toHaveLength(2);
  });
});

describe('a group', () => {
  const cid = 'cidGroupOffice001';

  it('answers an @mention in the group by group send, addressed', async () => {
    const sent = await h.step(cid, () => h.sayInGroup(cid, 'u-li', '事项 92'));
    expect(texts(sent)).toContain('第 92 项');
    expect(h.fake.ok('/v1.0/robot/groupMessages/send').at(-1)!.body).toMatchObject({ openConversationId: cid, robotCode: h.fake.clientId });
    expect(handled.at(-1)).toMatchObject({ chatId: cid, chatType: 'group', accountId: 'u-li', addressed: true, text: '事项 92' });
  });

  it('shows choices as numbered lines without links (a tapped link would not @mention the robot), and takes "@robot 2"', async () => {
    const [list] = await h.step(cid, () => h.sayInGroup(cid, 'u-li', 'gdp'));
    expect(list!.links).toEqual([]);
    expect(list!.text).toMatch(/\n1\. .*人均GDP/);
    const record = await h.step(cid, () => h.sayInGroup(cid, 'u-li', '1'));
    expect(texts(record)).toContain('最新值：');
  });

  it('keeps reports to the 1:1 chat', async () => {
    const sent = await h.step(cid, () => h.sayInGroup(cid, 'u-li', '汇报'));
    expect(texts(sent)).not.toContain('汇报哪一项');
  });
});

describe('the send port', () => {
  it('sends a file as a file message, uploading it once for many recipients', async () => {
    const data = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const reply = { text: '会议邀请 <1>', file: { name: '会议.ics', mime: 'text/calendar', data } };
    const uploadsBefore = h.fake.calls.filter((c) => c.path === '/media/upload').length; // earlier answers' charts
    const results = await Promise.all(['u-f1', 'u-f2', 'u-f3'].map((u) => h.dt.send({ platform: 'dingtalk', chatId: u }, reply)));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const u of ['u-f1', 'u-f2', 'u-f3']) {
      const [text, file] = h.fake.messagesTo(u);
      expect(text!.text).toBe('会议邀请 <1>');
      expect(file!.file!.name).toBe('会议.ics');
      expect(file!.file!.bytes.toString()).toBe(Buffer.from(data).toString());
    }
    expect(h.fake.calls.filter((c) => c.path === '/media/upload')).toHaveLength(uploadsBefore + 1);
  });

  it('refuses a recipient of another platform without sending', async () => {
    const before = h.fake.calls.length;
    expect(await h.dt.send({ platform: 'slack', chatId: 'U1' }, { text: 'x' })).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(h.fake.calls.length).toBe(before);
  });
});
