// Reporting from Slack, end to end through the real Bolt App (HTTP receiver, signed requests)
// against the Web API stand-in: the report as a modal (opened from /duban 汇报 with the fields
// pre-filled, a bad submission kept open with the reasons per field and nothing saved, a good
// one saved, confirmed in the DM and the Home tab refreshed; a core slower than Slack's three
// seconds), the conversation in the DM when the modal cannot open, and the step-by-step report
// in the DM with button presses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { sectionText, startHarness, type Harness } from './harness.ts';
import { allReports } from '../helpers/logs.ts';
import {
  directMessage,
  eventCallback,
  postCommand,
  postEvent,
  postInteraction,
  pressOn,
  slashCommand,
  viewSubmission,
} from './payloads.ts';

let h: Harness;
let events = 0;
beforeAll(async () => {
  const bot = await makeBot();
  // U0ZHAO is 赵敏, reporter of 协调组 (which leads item 92).
  await bot.store.update(
    (db) => void db.accounts.push({ platform: 'slack', accountId: 'U0ZHAO', personId: 'zhao-min', boundAt: bot.clock.now().toISOString() }),
  );
  h = await startHarness('http', { bot });
  h.api.users.set('U0ZHAO', { locale: 'zh-CN', name: '赵敏' });
});
afterAll(async () => {
  await h?.close();
});

const reports = () => allReports(h.bot.store);
const dm = (text: string) => postEvent(h.endpoint, eventCallback(directMessage('U0ZHAO', text), `Ev-report-${++events}`));

/** Sends something, then waits for the bot's next message in the DM; returns its arguments and ts. */
async function next(send: () => Promise<unknown>): Promise<Record<string, unknown> & { ts: string }> {
  const from = h.api.calls.length;
  await send();
  const [posted] = await h.api.waitSince(from, 'chat.postMessage');
  return { ...posted!.args, ts: String(posted!.response!.ts) };
}

/** Presses the button labelled `label` on a message the bot posted to U0ZHAO's DM. */
const press = (message: { ts: string; blocks?: unknown }, label: string) =>
  next(() => postInteraction(h.endpoint, pressOn({ user: 'U0ZHAO', channel: 'D0ZHAO', ts: message.ts, blocks: message.blocks, label })));

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  submit: { text: string };
  blocks: Array<{
    type: string;
    block_id: string;
    optional: boolean;
    label: { text: string };
    element: { type: string; action_id: string; [key: string]: any };
  }>;
}

describe('the report as a modal', () => {
  it('opens pre-filled from /duban 汇报 92, keeps a bad submission open with the reasons, saves a good one', async () => {
    // The last report, made elsewhere, pre-fills the modal.
    const console = h.bot.chat('zhao-min');
    await console.say('汇报 92 60% 正常 初稿完成');
    expect(await console.say('确认')).toContain('已保存');
    expect(await reports()).toHaveLength(1);

    const from = h.api.calls.length;
    const res = await postCommand(
      h.endpoint,
      slashCommand({ text: '汇报 92', user: 'U0ZHAO', channel: 'C0GENERAL', trigger: 'trig.report-1' }),
    );
    expect(res.status).toBe(200);
    const [open] = await h.api.waitSince(from, 'views.open');
    expect(open!.response!.ok).toBe(true); // the stand-in checks Slack's rules for views
    expect(open!.args.trigger_id).toBe('trig.report-1');
    expect(h.handled.mock.calls.at(-1)![0]).toMatchObject({ text: '汇报 92', canShowForm: true, chatType: 'group' });
    const view = open!.args.view as OpenedView;
    expect(view.callback_id).toBe('duban_form');
    expect(view.title.text).toBe('汇报进度');
    expect(view.submit.text).toBe('✅ 确认提交');
    const block = Object.fromEntries(view.blocks.map((b) => [b.block_id, b]));
    expect(Object.keys(block)).toEqual(['item', 'status', 'progress', 'note', 'evidence']);
    expect(block.item!.element).toMatchObject({ type: 'static_select', initial_option: { value: '92' } });
    expect(block.item!.element.options.map((o: { value: string }) => o.value)).toEqual(expect.arrayContaining(['89', '92', '94']));
    expect(block.item!.element.options.map((o: { value: string }) => o.value)).not.toContain('22'); // not 协调组's item
    expect(block.status!.element).toMatchObject({
      type: 'static_select',
      initial_option: { value: 'on-track', text: { text: '正常推进' } },
    });
    expect(block.progress!.element).toMatchObject({ type: 'number_input', initial_value: '60' });
    expect(block.note!.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 500, initial_value: '初稿完成' });
    expect(block.evidence!.optional).toBe(true);
    expect(block.note!.optional).toBe(false);
    // The modal is the answer: nothing is posted.
    expect(h.api.calls.slice(from).some((c) => c.method === 'chat.postMessage')).toBe(false);

    // A submission the core refuses keeps the modal open with the reason under each field.
    const before = h.api.calls.length;
    const bad = await postInteraction(
      h.endpoint,
      viewSubmission({
        user: 'U0ZHAO',
        view,
        values: { item: '92', status: 'on-track', progress: '120', note: '场地待定', evidence: 'ftp://x' },
      }),
    );
    expect(bad.status).toBe(200);
    const refused = JSON.parse(bad.text) as { response_action: string; errors: Record<string, string> };
    expect(refused.response_action).toBe('errors');
    expect(Object.keys(refused.errors).sort()).toEqual(['evidence', 'progress']);
    expect(refused.errors.progress).toContain('“120”不是 0–100 之间的百分比');
    expect(await reports()).toHaveLength(1);
    expect(h.api.calls.slice(before).some((c) => c.method === 'chat.postMessage')).toBe(false);

    // A good one closes the modal (an empty acknowledgement), is saved, and confirmed in the DM.
    const after = h.api.calls.length;
    const good = await postInteraction(
      h.endpoint,
      viewSubmission({
        user: 'U0ZHAO',
        view,
        values: { item: '92', status: 'at-risk', progress: '35', note: '场地待定', evidence: '' },
      }),
    );
    expect(good.status).toBe(200);
    expect(good.text).toBe('');
    expect(await reports()).toHaveLength(2);
    expect((await reports())[1]).toMatchObject({
      item: 92,
      status: 'at-risk',
      progress: 35,
      note: '场地待定',
      by: 'zhao-min',
      platform: 'slack',
    });
    const [saved] = await h.api.waitSince(after, 'chat.postMessage');
    expect(saved!.args.channel).toBe('D0ZHAO');
    expect(sectionText(saved!.args)).toContain('已保存：第 92 项，进度 35%');
    // The Home tab shows the new state of the item.
    const [home] = await h.api.waitSince(after, 'views.publish');
    expect(home!.args.user_id).toBe('U0ZHAO');
    expect(JSON.stringify(home!.args.view)).toContain('赵敏的待办');
  });

  it('answers in the DM the modal was opened from, and a form from an unbound user saves nothing', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: '汇报', user: 'U0ZHAO', channel: 'D0ZHAO' }));
    const [open] = await h.api.waitSince(from, 'views.open');
    const view = open!.args.view as OpenedView;
    expect(JSON.parse(view.private_metadata)).toEqual({ f: expect.stringMatching(/^report~/), c: 'D0ZHAO' });
    expect(view.blocks[0]!.element.initial_option).toBeUndefined(); // no item chosen yet

    const count = (await reports()).length;
    const stranger = await postInteraction(
      h.endpoint,
      viewSubmission({ user: 'UEN', view, values: { item: '92', status: 'on-track', progress: '50', note: 'x' } }),
    );
    expect(stranger.text).toBe('');
    expect(await reports()).toHaveLength(count);
    const [told] = await h.api.waitSince(from, 'chat.postMessage');
    expect(sectionText(told!.args)).toContain('not bound');
  });

  it('closes the modal when the core is slower than Slack allows, and sends the reasons to the DM', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: '汇报 92', user: 'U0ZHAO', channel: 'D0ZHAO' }));
    const [open] = await h.api.waitSince(from, 'views.open');
    const view = open!.args.view as OpenedView;
    // The core answers only when the test says so: the adapter must acknowledge without it
    // (after its ACK_DEADLINE_MS), so Slack closes the modal instead of showing a timeout.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.handled.mockImplementationOnce(async (msg) => {
      await gate;
      return h.realHandle(msg);
    });
    const count = (await reports()).length;
    const late = await postInteraction(
      h.endpoint,
      viewSubmission({ user: 'U0ZHAO', view, values: { item: '92', status: 'on-track', progress: '150', note: 'x' } }),
    );
    expect(late.text).toBe(''); // acknowledged while the core is still held, so the modal closes
    expect(h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    release();
    const [told] = await h.api.waitSince(from, 'chat.postMessage');
    expect(told!.args.channel).toBe('D0ZHAO');
    expect(sectionText(told!.args)).toMatch(/表单有需要修改的地方，未保存。\n• 进度（%）: “150”不是/);
    expect(await reports()).toHaveLength(count);
  });

  it('falls back to the conversation in the DM when Slack refuses to open the modal', async () => {
    h.api.failNext('views.open', 'expired_trigger_id');
    const asked = await next(() => postCommand(h.endpoint, slashCommand({ text: '汇报', user: 'U0ZHAO', channel: 'C0GENERAL' })));
    expect(asked.channel).toBe('D0ZHAO');
    expect(sectionText(asked)).toContain('汇报哪一项');
    expect(h.bot.store.data.conversations['slack:U0ZHAO']).toMatchObject({ flow: 'report', step: 'item' });
    expect(h.logLines.some((l) => l.includes('expired_trigger_id'))).toBe(true);
    expect(sectionText(await next(() => dm('取消')))).toContain('已取消汇报');
  });

  it('asks the core once for one action when the modal is refused, and goes on from what it read', async () => {
    const calls = h.handled.mock.calls.length;
    const from = h.api.calls.length;
    h.api.failNext('views.open', 'expired_trigger_id');
    const asked = await next(() => postCommand(h.endpoint, slashCommand({ text: '汇报 92', user: 'U0ZHAO', channel: 'C0GENERAL' })));
    expect(asked.channel).toBe('D0ZHAO');
    expect(sectionText(asked)).toContain('第 92 项目前的状态');
    expect(h.handled.mock.calls.length - calls).toBe(1);
    expect(h.api.calls.slice(from).filter((c) => c.method === 'views.open')).toHaveLength(1);
    expect(h.api.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(h.bot.store.data.conversations['slack:U0ZHAO']).toMatchObject({ flow: 'report', step: 'status' });
    expect(sectionText(await next(() => dm('取消')))).toContain('已取消汇报');
  });
});

describe('the report in the DM', () => {
  it('walks the steps with button presses and typed answers, then saves once', async () => {
    const count = (await reports()).length;
    const from = h.api.calls.length;
    const items = await next(() => dm('汇报'));
    expect(sectionText(items)).toContain('汇报哪一项');
    const status = await press(items, '94.');
    expect(sectionText(status)).toContain('第 94 项目前的状态');
    expect(sectionText(await press(status, '正常推进'))).toContain('完成进度');
    expect(sectionText(await next(() => dm('80%')))).toContain('请简要说明');
    // Slack sends typed & < > as entities, and a typed link in angle brackets.
    expect(sectionText(await next(() => dm('已完成 &amp; 待验收 &lt;草案&gt;')))).toContain('佐证');
    const summary = await next(() => dm('<https://example.org/p.pdf>'));
    expect(sectionText(summary)).toMatch(
      /请确认汇报：[\s\S]*进度：80%[\s\S]*说明：已完成 &amp; 待验收 &lt;草案&gt;[\s\S]*佐证：https:\/\/example.org\/p.pdf/,
    );
    expect(await reports()).toHaveLength(count);
    expect(sectionText(await press(summary, '确认'))).toContain('已保存：第 94 项，进度 80%');
    expect(await reports()).toHaveLength(count + 1);
    expect((await reports()).at(-1)).toMatchObject({
      item: 94,
      status: 'on-track',
      progress: 80,
      note: '已完成 & 待验收 <草案>',
      evidence: 'https://example.org/p.pdf',
      platform: 'slack',
    });
    // Buttons that answer a conversation open no modal, though they carry a trigger.
    expect(h.api.calls.slice(from).some((c) => c.method === 'views.open')).toBe(false);
  });
});
