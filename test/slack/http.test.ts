// The Slack adapter behind Bolt's HTTP receiver, driven by signed requests as Slack sends
// them, answering through the local Web API stand-in: signatures and old timestamps are
// refused, slash commands, DMs, mentions and buttons reach the real core, retries are
// handled once, and the App Home shows the help.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, sectionText, startHarness, type Harness } from './harness.ts';
import { blockAction, directMessage, eventCallback, postCommand, postEvent, postInteraction, slashCommand } from './payloads.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http');
});
afterAll(async () => {
  await h?.close();
});

let markers = 0;
/** Waits for the bot to answer one more message (a DM sent now): what was sent before it has
 *  been dealt with too, so a test can then check that something did NOT happen (an event, not
 *  a delay). */
async function settled(): Promise<void> {
  const from = h.api.calls.length;
  await postEvent(h.endpoint, eventCallback(directMessage('UZH', '我是谁'), `Ev-marker-${++markers}`));
  await postedAfter(from);
}

/** The chat.postMessage calls made after `from` (an index into api.calls). */
async function postedAfter(from: number, count = 1) {
  for (;;) {
    const posted = h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.status === 200);
    if (posted.length >= count) return posted;
    await h.api.waitFor('chat.postMessage', h.api.callsTo('chat.postMessage').length + 1);
  }
}

describe('request verification', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await postEvent(h.endpoint, { type: 'url_verification', token: 't', challenge: 'c-123' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'c-123' });
  });

  it('refuses a bad signature and a timestamp older than five minutes, without calling the core', async () => {
    const before = h.handled.mock.calls.length;
    const command = slashCommand({ text: 'item 92', user: 'UZH', channel: 'C0GENERAL' });
    expect((await postCommand(h.endpoint, command, { secret: 'not-the-secret' })).status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postCommand(h.endpoint, command, { timestamp: sixMinutesAgo })).status).toBe(401);
    const event = eventCallback(directMessage('UZH', 'item 92'), 'Ev-forged');
    expect((await postEvent(h.endpoint, event, { secret: 'not-the-secret' })).status).toBe(401);
    await settled();
    expect(h.handled.mock.calls.slice(before).map(([m]) => m.text)).toEqual(['我是谁']);
  });
});

describe('slash command', () => {
  it('acknowledges before the core answers, then posts the item to the user’s DM', async () => {
    const from = h.api.calls.length;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.handled.mockImplementationOnce(async (msg) => {
      await gate;
      return h.realHandle(msg);
    });
    const res = await postCommand(h.endpoint, slashCommand({ text: 'item 92', user: 'UZH', channel: 'C0GENERAL' }));
    expect(res.status).toBe(200); // acknowledged while the core is still held at the gate
    expect(h.api.calls.slice(from).some((c) => c.method === 'chat.postMessage')).toBe(false);
    release();
    const [posted] = await postedAfter(from);
    expect(posted!.args.channel).toBe('DZH');
    expect(sectionText(posted!.args)).toContain('第 92 项');
    expect(sectionText(posted!.args)).toContain('专家咨询委员会');
    const msg = h.handled.mock.calls.at(-1)![0];
    expect(msg).toMatchObject({
      platform: 'slack',
      chatId: 'C0GENERAL',
      chatType: 'group',
      accountId: 'UZH',
      text: 'item 92',
      addressed: true,
      clientLang: 'zh-CN',
      senderName: '王科长',
    });
  });

  it('passes Chinese command words through: /duban 事项 92', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: '事项 92', user: 'UZH', channel: 'DZH' }));
    const [posted] = await postedAfter(from);
    expect(sectionText(posted!.args)).toContain('牵头单位：协调组');
  });

  it('answers in English for a user whose Slack locale is en-US', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: 'item 92', user: 'UEN', channel: 'C0GENERAL' }));
    const [posted] = await postedAfter(from);
    expect(posted!.args.channel).toBe('DEN');
    expect(sectionText(posted!.args)).toContain('Item 92');
    expect(sectionText(posted!.args)).toContain('Lead unit: Coordination');
  });
});

describe('messages', () => {
  it('answers a direct message in its DM', async () => {
    const from = h.api.calls.length;
    const res = await postEvent(h.endpoint, eventCallback(directMessage('UZH', '事项 92'), 'Ev-dm-1'));
    expect(res.status).toBe(200);
    const [posted] = await postedAfter(from);
    expect(posted!.args.channel).toBe('DZH');
    expect(posted!.args.thread_ts).toBeUndefined();
    expect(sectionText(posted!.args)).toContain('专家咨询委员会');
  });

  it('answers a mention in a thread under it, without the mention in the text', async () => {
    const from = h.api.calls.length;
    const event = { type: 'app_mention', channel: 'C0GENERAL', user: 'UEN', text: '<@UBOT> item 92', ts: '1700000050.000100' };
    await postEvent(h.endpoint, eventCallback(event, 'Ev-mention-1'));
    const [posted] = await postedAfter(from);
    expect(posted!.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000050.000100' });
    expect(sectionText(posted!.args)).toContain('Item 92');
    expect(h.handled.mock.calls.at(-1)![0]).toMatchObject({
      text: 'item 92',
      addressed: true,
      chatType: 'group',
      deliveryId: 'Ev-mention-1',
    });
  });

  it('handles a retried event (same event_id, X-Slack-Retry-Num: 1) once', async () => {
    const from = h.api.calls.length;
    const body = eventCallback(directMessage('UZH', 'item 93'), 'Ev-retried-1');
    expect((await postEvent(h.endpoint, body)).status).toBe(200);
    expect((await postEvent(h.endpoint, body, { retryNum: 1 })).status).toBe(200);
    await postedAfter(from);
    await settled();
    expect(h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(2); // item 93, and the marker's answer
  });

  it('ignores edits, bot messages and its own messages without calling the core', async () => {
    const before = h.handled.mock.calls.length;
    const from = h.api.calls.length;
    await postEvent(h.endpoint, eventCallback(directMessage('UZH', 'x', { subtype: 'message_changed', hidden: true }), 'Ev-edit'));
    await postEvent(h.endpoint, eventCallback(directMessage('UOTHER', 'item 92', { bot_id: 'BOTHER' }), 'Ev-bot'));
    await postEvent(h.endpoint, eventCallback(directMessage('UBOT', 'item 92'), 'Ev-self'));
    await settled();
    expect(h.handled.mock.calls.slice(before).map(([m]) => m.text)).toEqual(['我是谁']);
    expect(h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1); // the marker's answer
  });

  it('passes a shared file to the core as file, by Slack file id, fetchable from url_private with the bot token', async () => {
    const from = h.api.calls.length;
    h.api.privateFiles.set('F0EVIDENCE', Buffer.from('%PDF-1.4 evidence'));
    const files = [
      {
        id: 'F0EVIDENCE',
        name: 'report.pdf',
        mimetype: 'application/pdf',
        size: 1234,
        url_private: `${h.api.origin}/private/F0EVIDENCE`,
      },
    ];
    await postEvent(h.endpoint, eventCallback(directMessage('UEN', '', { subtype: 'file_share', files }), 'Ev-file-1'));
    const [posted] = await postedAfter(from);
    const file = h.handled.mock.calls.at(-1)![0].file!;
    expect(file).toMatchObject({
      name: 'report.pdf',
      mime: 'application/pdf',
      size: 1234,
      ref: 'F0EVIDENCE',
      url: `${h.api.origin}/private/F0EVIDENCE`,
    });
    expect(Buffer.from(await file.fetch!(1000)).toString()).toBe('%PDF-1.4 evidence');
    expect(sectionText(posted!.args)).toContain('I received a file');
  });
});

describe('people', () => {
  it('asks users.info (with the locale) once per user, not once per message', () => {
    const asked = h.api.callsTo('users.info').filter((c) => c.args.user === 'UZH');
    expect(h.handled.mock.calls.filter(([m]) => m.accountId === 'UZH').length).toBeGreaterThan(2);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.args.include_locale).toBe('true');
  });
});

describe('choices', () => {
  it('renders a did-you-mean list as buttons, and a press opens the record', async () => {
    const from = h.api.calls.length;
    await postEvent(h.endpoint, eventCallback(directMessage('UZH', '事项 国际'), 'Ev-choices-1'));
    const [list] = await postedAfter(from);
    expect(sectionText(list!.args)).toMatch(/找到 \d 个可能的结果/);
    const buttons = buttonsOf(list!.args);
    expect(buttons.length).toBeGreaterThan(1);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    expect(buttons[0]!.action_id).toBe('duban_choice_0');

    const next = h.api.calls.length;
    const res = await postInteraction(h.endpoint, blockAction({ user: 'UZH', channel: 'DZH', value: buttons[0]!.value }));
    expect(res.status).toBe(200);
    const [opened] = await postedAfter(next);
    expect(opened!.args.channel).toBe('DZH');
    expect(sectionText(opened!.args)).toMatch(/^第 \d+ 项/);
    expect(h.handled.mock.calls.at(-1)![0]).toMatchObject({ action: buttons[0]!.value, chatId: 'DZH', chatType: 'direct' });
  });
});

describe('App Home', () => {
  it('publishes a help generated from the command declarations, in the user’s language', async () => {
    await postEvent(h.endpoint, eventCallback({ type: 'app_home_opened', user: 'UEN', channel: 'DEN', tab: 'home' }, 'Ev-home-1'));
    const [published] = await h.api.waitFor('views.publish');
    expect(published!.args.user_id).toBe('UEN');
    const view = published!.args.view as { type: string; blocks: Array<{ text?: { text: string } }> };
    expect(view.type).toBe('home');
    const text = view.blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(text).toContain('item / 事项');
    expect(text).toContain('Look up a work item');
  });
});
