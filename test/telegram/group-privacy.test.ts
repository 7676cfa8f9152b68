// Privacy in Telegram groups (issue 10, §5), through the real grammY Bot against the Bot API
// stand-in: /experts@bot in a group posts only a notice there and the expert's record (with
// e-mail and handles) in the asker's private chat; /export's files go there too; someone the
// bot cannot write to is told so in the group, and nothing else is posted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { step, texts } from './steps.ts';

const SECRETARIAT = 1901;
const XU = 1902; // 徐婷, 市商务局: has never opened the bot
const GROUP = 3001;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.bind('secretariat', SECRETARIAT);
  await h.bind('xu-ting', XU);
});
afterAll(async () => {
  await h.stop();
});

const group = () => h.fake.group(GROUP, 'Supervision');
const at = () => `@${h.fake.me.username}`;

describe('a private answer asked in a Telegram group', () => {
  it("sends an expert's record to the private chat, and only a notice to the group", async () => {
    const sec = h.fake.user(SECRETARIAT, { lang: 'zh-hans' });
    const before = h.fake.botMessages(-GROUP).length;
    const record = await step(h, SECRETARIAT, () => h.fake.say(sec, `/experts${at()} sarah-mitchell`, { chat: group() }), 'the record');
    expect(texts(record)).toContain('sarah.mitchell@example.org');
    const notice = await h.fake.waitFor(() => h.fake.botMessages(-GROUP)[before], 'the notice in the group');
    expect(notice.text).toContain('已私信回复您');
    expect(
      h.fake
        .botMessages(-GROUP)
        .map((m) => m.text ?? m.caption ?? '')
        .join('\n'),
    ).not.toContain('example.org');
  });

  it('sends the export files to the private chat', async () => {
    const sec = h.fake.user(SECRETARIAT, { lang: 'zh-hans' });
    const files = await step(h, SECRETARIAT, () => h.fake.say(sec, `/export${at()} csv`, { chat: group() }), 'the file');
    expect(files.some((m) => m.document?.file_name?.endsWith('.csv'))).toBe(true);
    await h.tg.idle();
    expect(h.fake.botMessages(-GROUP).some((m) => m.document)).toBe(false);
  });

  it('tells the group it could not write to someone who never opened the bot, and shows nothing else', async () => {
    h.fake.block(XU); // a private chat the bot cannot write to answers 403, as Telegram does
    const xu = h.fake.user(XU, { lang: 'zh-hans' });
    const before = h.fake.botMessages(-GROUP).length;
    h.fake.say(xu, `/mine${at()}`, { chat: group() });
    const told = await h.fake.waitFor(() => h.fake.botMessages(-GROUP)[before], 'the notice in the group');
    expect(told.text).toContain('我无法私信您');
    await h.tg.idle();
    expect(
      h.fake
        .botMessages(-GROUP)
        .slice(before)
        .map((m) => m.text)
        .join('\n'),
    ).not.toContain('徐婷的待办');
    expect(h.fake.botMessages(XU)).toHaveLength(0);
  });

  it('still answers a lookup in the group', async () => {
    const xu = h.fake.user(XU, { lang: 'zh-hans' });
    const answer = await step(h, -GROUP, () => h.fake.say(xu, `/item${at()} 92`, { chat: group() }));
    expect(texts(answer)).toContain('第 92 项');
  });
});
