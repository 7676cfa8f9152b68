// Creating a meeting poll from Slack as a modal, end to end through the real Bolt App
// against the Web API stand-in: /duban 会议 新建 opens the form, a slot in the past is
// refused on its field (nothing created), an English place without a place is refused on
// the English field, a good submission creates the poll with its English texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { startHarness, type Harness } from './harness.ts';
import { postCommand, postInteraction, slashCommand, viewSubmission } from './payloads.ts';

let h: Harness;
beforeAll(async () => {
  const bot = await makeBot();
  const members = bot.store.data.experts.slice(0, 5).map((e) => e.id);
  await bot.store.update((db) => {
    db.accounts.push({ platform: 'slack', accountId: 'U0SEC', personId: 'secretariat', boundAt: bot.clock.now().toISOString() });
    for (const id of members)
      db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: bot.clock.now().toISOString(), reminders: 0 };
  });
  h = await startHarness('http', { bot });
  h.api.users.set('U0SEC', { locale: 'zh-CN', name: '王立新' });
});
afterAll(async () => {
  await h?.close();
});

describe('meeting poll as a modal', () => {
  it('opens from /duban 会议 新建, refuses a past slot on its field, creates a good poll', async () => {
    const from = h.api.calls.length;
    await postCommand(h.endpoint, slashCommand({ text: '会议 新建', user: 'U0SEC', channel: 'C0GENERAL', trigger: 'trig.meeting-1' }));
    const [open] = await h.api.waitSince(from, 'views.open');
    expect(open!.response!.ok).toBe(true); // the stand-in checks Slack's rules for views
    const view = open!.args.view as Parameters<typeof viewSubmission>[0]['view'] & { blocks: Array<{ block_id: string }> };
    expect(view.blocks.map((b) => b.block_id)).toEqual([
      'title',
      'titleEn',
      'slots',
      'deadline',
      'place',
      'placeEn',
      'link',
      'agenda',
      'agendaEn',
      'quorum',
    ]);

    const bad = await postInteraction(
      h.endpoint,
      viewSubmission({
        user: 'U0SEC',
        view,
        values: { title: '第一次工作会议', slots: '2016-08-01 09:30-11:30', deadline: '2016-07-30 18:00' },
      }),
    );
    const refused = JSON.parse(bad.text) as { response_action: string; errors: Record<string, string> };
    expect(refused.response_action).toBe('errors');
    expect(Object.keys(refused.errors)).toEqual(['slots']);
    expect(Object.keys(h.bot.store.data.meetings)).toHaveLength(0);

    const alone = await postInteraction(
      h.endpoint,
      viewSubmission({
        user: 'U0SEC',
        view,
        values: { title: '第一次工作会议', slots: '2016-11-20 09:30-11:30', deadline: '2016-11-15 18:00', placeEn: 'Conference Centre' },
      }),
    );
    expect(Object.keys((JSON.parse(alone.text) as { errors: Record<string, string> }).errors)).toEqual(['placeEn']);

    const good = await postInteraction(
      h.endpoint,
      viewSubmission({
        user: 'U0SEC',
        view,
        values: {
          title: '第一次工作会议',
          slots: '2016-11-20 09:30-11:30\n2016-11-21 14:00-16:00',
          deadline: '2016-11-15 18:00',
          place: '市级机关会议中心',
          titleEn: 'First working meeting',
          placeEn: 'Municipal Conference Centre',
        },
      }),
    );
    expect(good.status).toBe(200);
    expect(good.text === '' || !JSON.parse(good.text).response_action).toBe(true);
    const meeting = Object.values(h.bot.store.data.meetings)[0]!;
    expect(meeting).toMatchObject({
      title: '第一次工作会议',
      titleEn: 'First working meeting',
      place: '市级机关会议中心',
      placeEn: 'Municipal Conference Centre',
      status: 'open',
    });
    expect(meeting.slots).toHaveLength(2);
  });
});
