// The expert committee from Slack, end to end through the real Bolt App (HTTP receiver,
// signed requests) against the Web API stand-in: an invitation letter sent through the
// notifier's Slack port and accepted with its button; a meeting poll voted with its buttons
// and edited in place (the pressed message itself, even one this process never sent); and
// the Home tab showing the pending invitation and poll until they are answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot, type FakeChat } from '../helpers/fake-chat.ts';
import { CREATE } from '../committee/meeting-setup.ts';
import { sectionText, startHarness, type Harness } from './harness.ts';
import { homeOpened, postEvent, postInteraction, pressOn } from './payloads.ts';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';

let events = 0;

/** A harness whose core sends unprompted messages through the Slack port (as main.ts wires it), with `person` bound to `user`. */
async function committeeHarness(user: string, person: string, now: string, members: string[] = []): Promise<Harness> {
  const bot = await makeBot({ now });
  await bot.store.update((db) => {
    db.accounts.push({ platform: 'slack', accountId: user, personId: person, boundAt: now });
    for (const id of members) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: now, reminders: 0 };
  });
  const h = await startHarness('http', { bot });
  bot.core.services.notifier.register('slack', h.slack.send);
  return h;
}

/** Opens the Home tab; returns the text of the published view. */
async function home(h: Harness, user: string): Promise<string> {
  const from = h.api.calls.length;
  await postEvent(h.endpoint, homeOpened(user, `Ev-home-${++events}`));
  const [published] = await h.api.waitSince(from, 'views.publish');
  expect(published!.response!.ok).toBe(true);
  expect(published!.args.user_id).toBe(user);
  return (published!.args.view as { blocks: Array<{ text?: { text: string } }> }).blocks.map((b) => b.text?.text ?? '').join('\n');
}

describe('an invitation answered with a button', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await committeeHarness('U0ZHB', 'zhang-haibo', '2016-09-01T10:00:00+08:00');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reaches the bound expert in their DM, shows on Home, and is accepted with one press', async () => {
    const sec: FakeChat = h.bot.chat('secretariat');
    const from = h.api.calls.length;
    await sec.say('邀请 发送 全部');
    expect(await sec.press('确认发送')).toContain('已送达 1 位');
    const [letter] = await h.api.waitSince(from, 'chat.postMessage');
    expect(letter!.args.channel).toBe('D0ZHB');
    expect(sectionText(letter!.args)).toContain('尊敬的张海波（');
    expect(h.bot.store.data.invitations['zhang-haibo']!.deliveredAt).toBeDefined();

    expect(await home(h, 'U0ZHB')).toContain('专家咨询委员会邀请函待您答复');

    const pressed = h.api.calls.length;
    const ts = String(letter!.response!.ts);
    const res = await postInteraction(
      h.endpoint,
      pressOn({ user: 'U0ZHB', channel: 'D0ZHB', ts, blocks: letter!.args.blocks, label: '接受邀请' }),
    );
    expect(res.status).toBe(200);
    const [answer] = await h.api.waitSince(pressed, 'chat.postMessage');
    expect(answer!.args.channel).toBe('D0ZHB');
    expect(sectionText(answer!.args)).toContain('接受');
    expect(h.bot.store.data.invitations['zhang-haibo']!.answer).toBe('accepted');

    expect(await home(h, 'U0ZHB')).not.toContain('邀请函待您答复');
  });
});

describe('a meeting poll voted with buttons', () => {
  let h: Harness;
  const members = ['wang-xiaomei', 'li-qiang', 'liu-yan', 'zhang-haibo'];
  beforeAll(async () => {
    h = await committeeHarness('U0WXM', 'wang-xiaomei', '2016-11-01T10:00:00+08:00', members);
  });
  afterAll(async () => {
    await h?.close();
  });

  const votes = () => h.bot.store.records(VOTES_LOG);

  it('edits the pressed poll message in place, and takes it off the Home tab once voted', async () => {
    const sec = h.bot.chat('secretariat');
    await sec.say(CREATE);
    const from = h.api.calls.length;
    expect(await sec.press('📨')).toContain('已送达 1 人');
    const [poll] = await h.api.waitSince(from, 'chat.postMessage');
    expect(poll!.args.channel).toBe('D0WXM');
    expect(sectionText(poll!.args)).toContain('第一次工作会议');
    const ts = String(poll!.response!.ts);

    expect(await home(h, 'U0WXM')).toContain('会议时间投票：第一次工作会议（m1）');

    const pressed = h.api.calls.length;
    await postInteraction(h.endpoint, pressOn({ user: 'U0WXM', channel: 'D0WXM', ts, blocks: poll!.args.blocks, label: '1 ✅' }));
    const [update] = await h.api.waitSince(pressed, 'chat.update');
    expect(update!.args).toMatchObject({ channel: 'D0WXM', ts });
    expect(sectionText(update!.args)).toMatch(/^✔️ 已记录：时段 1 ✅ 可以/);
    expect(h.api.calls.slice(pressed).some((c) => c.method === 'chat.postMessage')).toBe(false);
    expect(votes().filter((v) => v.person === 'wang-xiaomei')).toHaveLength(1);

    expect(await home(h, 'U0WXM')).not.toContain('会议时间投票');
  });

  it('edits the message the button was on even when this process never sent it (after a restart)', async () => {
    const poll = h.api.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0WXM')!;
    const older = '1600000000.000100';
    const pressed = h.api.calls.length;
    await postInteraction(h.endpoint, pressOn({ user: 'U0WXM', channel: 'D0WXM', ts: older, blocks: poll.args.blocks, label: '2 🤔' }));
    const [update] = await h.api.waitSince(pressed, 'chat.update');
    expect(update!.args).toMatchObject({ channel: 'D0WXM', ts: older });
    expect(sectionText(update!.args)).toMatch(/^✔️ 已记录：时段 2/);
  });

  it('does not overwrite a message that is not the poll when its button answers with the poll', async () => {
    const poll = h.api.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0WXM')!;
    const button = (poll.args.blocks as Array<{ elements?: Array<{ value: string; text: { text: string } }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text.text.includes('3 ❌'))!;
    // The same vote offered on another message (no editKey in its block ids).
    const other = [
      {
        type: 'actions',
        block_id: 'b1',
        elements: [
          { type: 'button', action_id: 'duban_choice_0', value: button.value, text: { type: 'plain_text', text: button.text.text } },
        ],
      },
    ];
    const pressed = h.api.calls.length;
    await postInteraction(h.endpoint, pressOn({ user: 'U0WXM', channel: 'D0WXM', ts: '1700000999.000100', blocks: other, label: '3 ❌' }));
    const [edit] = await h.api.waitSince(pressed, 'chat.update');
    expect(edit!.args.ts).not.toBe('1700000999.000100');
    expect(edit!.args.ts).toBe('1600000000.000100'); // the poll message last edited
  });
});
