// A captured, validly signed request sent again — to the same bot, or after a restart (a new
// core on the same store) — is handled once: a submitted report form, a direct message, a
// slash command and a button press. And a report form is saved once even when the same
// submission arrives as a new request (a new trigger id, as when its delivery mark was lost).
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.ts';
import { allReports } from '../helpers/logs.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { type Harness, startHarness } from './harness.ts';
import { blockAction, directMessage, eventCallback, postSigned, slashCommand, viewSubmission } from './payloads.ts';

const FORM = 'application/x-www-form-urlencoded';
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

async function start(bot: TestBot): Promise<Harness> {
  const h = await startHarness('http', { bot });
  h.api.users.set('U0ZHAO', { locale: 'zh-CN', name: '赵敏' });
  harnesses.push(h);
  return h;
}

/** Waits for the core's next call after `before` calls (not the Home tab's), and returns its replies. */
async function nextAnswer(h: Harness, before: number): Promise<Reply[]> {
  const next = () => h.handled.mock.calls.findIndex(([msg], i) => i >= before && !msg.outsideConversation);
  for (let i = 0; next() === -1; i++) {
    if (i > 2000) throw new Error('the core was never called');
    await new Promise((r) => setTimeout(r, 5));
  }
  return (await h.handled.mock.results[next()]!.value) as Reply[];
}

/** Posts a captured request exactly as it was signed (same body, same timestamp). */
async function replay(h: Harness, request: { body: string; type: string; timestamp: number }): Promise<Reply[]> {
  const before = h.handled.mock.calls.length;
  expect((await postSigned(h.endpoint, request.body, request.type, { timestamp: request.timestamp })).status).toBe(200);
  return nextAnswer(h, before);
}

const interaction = (payload: Record<string, unknown>) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

describe('replayed Slack requests', () => {
  it('are handled once, also after a restart; the same report form is saved once', async () => {
    const first = await makeBot();
    await first.store.update(
      (db) =>
        void db.accounts.push({ platform: 'slack', accountId: 'U0ZHAO', personId: 'zhao-min', boundAt: first.clock.now().toISOString() }),
    );
    let h = await start(first);
    const timestamp = Math.floor(Date.now() / 1000);
    const captured = {
      command: {
        body: new URLSearchParams(slashCommand({ text: '汇报 92', user: 'U0ZHAO', channel: 'D0ZHAO', trigger: 'trig.cmd-1' })).toString(),
        type: FORM,
        timestamp,
      },
      message: {
        body: JSON.stringify(eventCallback(directMessage('U0ZHAO', '事项 92'), 'Ev-replay-1')),
        type: 'application/json',
        timestamp,
      },
    };
    // The modal opens from the command; the person fills it in and submits.
    const opened = h.api.calls.length;
    await replay(h, captured.command);
    const [open] = await h.api.waitSince(opened, 'views.open');
    const view = open!.args.view as Parameters<typeof viewSubmission>[0]['view'];
    const values = { item: '92', status: 'at-risk', progress: '35', note: '场地待定', evidence: '' };
    const submitted = {
      body: interaction(viewSubmission({ user: 'U0ZHAO', view, values, trigger: 'trig.submit-1' })),
      type: FORM,
      timestamp,
    };
    expect((await replay(h, submitted)).map((r) => r.text).join()).toContain('已保存');
    expect(await allReports(first.store)).toHaveLength(1);
    const answered = await replay(h, captured.message);
    expect(answered.map((r) => r.text).join()).toContain('第 92 项');
    const press = {
      body: interaction(
        blockAction({ user: 'U0ZHAO', channel: 'D0ZHAO', value: answered.at(-1)!.choices?.[0]?.key ?? 'k', trigger: 'trig.press-1' }),
      ),
      type: FORM,
      timestamp,
    };
    await replay(h, press);

    // The same requests again, to the same bot: nothing is handled twice.
    for (const request of [submitted, captured.message, captured.command, press]) expect(await replay(h, request)).toEqual([]);
    expect(h.api.callsTo('views.open')).toHaveLength(1); // the command did not open its modal again
    // After a restart: a new core on the same store.
    await h.close();
    harnesses.length = 0;
    const second = await makeBot({ store: first.store });
    h = await start(second);
    for (const request of [submitted, captured.message, captured.command, press]) expect(await replay(h, request)).toEqual([]);
    expect(await allReports(second.store)).toHaveLength(1);
    expect(h.api.callsTo('views.open')).toHaveLength(0);

    // The same submission as a new request (another trigger id): answered, nothing saved twice.
    const again = { body: interaction(viewSubmission({ user: 'U0ZHAO', view, values, trigger: 'trig.submit-2' })), type: FORM, timestamp };
    expect((await replay(h, again)).map((r) => r.text).join()).toContain('这份表单已经提交过');
    expect(await allReports(second.store)).toHaveLength(1);
  });
});
