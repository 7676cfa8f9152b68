// The Slack adapter in Socket Mode: the real Bolt App and Socket Mode client connect to a
// local WebSocket stand-in (found through the Web API stand-in's apps.connections.open),
// acknowledge each envelope (a refused modal with its errors in the ack), and answer through
// the Web API stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, sectionText, startHarness, type Harness } from './harness.ts';
import { blockAction, directMessage, eventCallback, slashCommand, viewSubmission } from './payloads.ts';
import { allReports } from '../helpers/logs.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('socket');
});
afterAll(async () => {
  await h?.close();
});

async function postedAfter(from: number) {
  const before = h.api.calls.slice(0, from).filter((c) => c.method === 'chat.postMessage' && c.status === 200).length;
  const all = await h.api.waitFor('chat.postMessage', before + 1);
  return all.at(-1)!;
}

describe('Socket Mode', () => {
  it('connects with the app token to the URL apps.connections.open gives', () => {
    const [open] = h.api.callsTo('apps.connections.open');
    expect(open!.token).toBe(h.api.appToken);
    expect(h.socket!.connected).toBe(true);
    expect(h.slack.port).toBeUndefined();
  });

  it('acknowledges a slash command envelope and posts the item to the user’s DM', async () => {
    const from = h.api.calls.length;
    const id = h.socket!.send('slash_commands', slashCommand({ text: 'item 92', user: 'UEN', channel: 'C0GENERAL' }));
    expect(await h.socket!.waitForAck(id)).toMatchObject({ envelope_id: id });
    const posted = await postedAfter(from);
    expect(posted.args.channel).toBe('DEN');
    expect(sectionText(posted.args)).toContain('Item 92');
  });

  it('acknowledges an events_api envelope (a DM) and answers it', async () => {
    const from = h.api.calls.length;
    const id = h.socket!.send('events_api', eventCallback(directMessage('UZH', '事项 国际'), 'Ev-sock-1'));
    expect(await h.socket!.waitForAck(id)).toEqual({ envelope_id: id, payload: {} });
    const posted = await postedAfter(from);
    expect(posted.args.channel).toBe('DZH');
    expect(buttonsOf(posted.args).length).toBeGreaterThan(1);
  });

  it('acknowledges an interactive envelope (a button press) and opens the record', async () => {
    const list = h.api
      .callsTo('chat.postMessage')
      .filter((c) => buttonsOf(c.args).length)
      .at(-1)!;
    const value = buttonsOf(list.args)[0]!.value;
    const from = h.api.calls.length;
    const id = h.socket!.send('interactive', blockAction({ user: 'UZH', channel: 'DZH', value }));
    expect(await h.socket!.waitForAck(id)).toMatchObject({ envelope_id: id });
    const posted = await postedAfter(from);
    expect(sectionText(posted.args)).toMatch(/^第 \d+ 项/);
  });

  it('opens the report modal and acknowledges a refused submission with the reasons in the ack’s payload', async () => {
    await h.bot.store.update(
      (db) =>
        void db.accounts.push({ platform: 'slack', accountId: 'U0ZHAO', personId: 'zhao-min', boundAt: h.bot.clock.now().toISOString() }),
    );
    const from = h.api.calls.length;
    h.socket!.send('slash_commands', slashCommand({ text: '汇报', user: 'U0ZHAO', channel: 'C0GENERAL' }));
    const [open] = await h.api.waitSince(from, 'views.open');
    const view = open!.args.view as Parameters<typeof viewSubmission>[0]['view'];
    const id = h.socket!.send(
      'interactive',
      viewSubmission({ user: 'U0ZHAO', view, values: { item: '92', status: 'on-track', progress: '150', note: 'x' } }),
    );
    const ack = await h.socket!.waitForAck(id);
    expect(ack.payload).toMatchObject({ response_action: 'errors', errors: { progress: expect.stringContaining('“150”不是') } });
    expect(await allReports(h.bot.store)).toHaveLength(0);
  });

  it('never logs the app or bot token, even at debug level, after all the traffic above', () => {
    expect(h.logLines.length).toBeGreaterThan(0);
    const all = h.logLines.join('\n');
    expect(all).not.toContain(h.api.appToken);
    expect(all).not.toContain(h.api.botToken);
  });
});
