// The App Home tab through the real Bolt App against the Web API stand-in: what waits for a
// bound reporter (their unit's items by deadline) above the help, how to bind for an unbound
// user (in their language), and opening Home in the middle of a report leaves it untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { sectionText, startHarness, type Harness } from './harness.ts';
import { directMessage, eventCallback, homeOpened, postEvent } from './payloads.ts';

let h: Harness;
let events = 0;
beforeAll(async () => {
  const bot = await makeBot();
  await bot.store.update(
    (db) => void db.accounts.push({ platform: 'slack', accountId: 'U0ZHAO', personId: 'zhao-min', boundAt: bot.clock.now().toISOString() }),
  );
  h = await startHarness('http', { bot });
  h.api.users.set('U0ZHAO', { locale: 'zh-CN', name: '赵敏' });
});
afterAll(async () => {
  await h?.close();
});

interface HomeBlock {
  type: string;
  text?: { text: string };
}

async function openHome(user: string): Promise<HomeBlock[]> {
  const from = h.api.calls.length;
  await postEvent(h.endpoint, homeOpened(user, `Ev-home-${++events}`));
  const [published] = await h.api.waitSince(from, 'views.publish');
  expect(published!.response!.ok).toBe(true); // the stand-in checks Slack's rules for views
  expect(published!.args.user_id).toBe(user);
  return (published!.args.view as { blocks: HomeBlock[] }).blocks;
}
const textOf = (blocks: HomeBlock[]) => blocks.map((b) => b.text?.text ?? '').join('\n');

describe('App Home', () => {
  it('shows a bound reporter their unit’s open items above the help', async () => {
    const blocks = await openHome('U0ZHAO');
    const text = textOf(blocks);
    expect(text).toContain('赵敏的待办');
    expect(text).toMatch(/本单位未完成事项 \d+ 项（.*按紧迫程度）/);
    expect(text).toContain('92. ');
    const divider = blocks.findIndex((b) => b.type === 'divider');
    const help = blocks.findIndex((b) => b.text?.text.includes('事项 / item'));
    expect(divider).toBeGreaterThan(0);
    expect(help).toBeGreaterThan(divider);
    expect(blocks.findIndex((b) => b.text?.text.includes('赵敏的待办'))).toBeLessThan(divider);
    // Nothing is posted: the answer is the Home tab.
    expect(h.api.calls.some((c) => c.method === 'chat.postMessage')).toBe(false);
  });

  it('tells an unbound user how to bind, in their Slack language, with the help below', async () => {
    const text = textOf(await openHome('UEN'));
    expect(text).toContain('Your account is not bound yet');
    expect(text).toContain('item / 事项');
  });

  it('leaves a report in progress in the DM untouched', async () => {
    const from = h.api.calls.length;
    await postEvent(h.endpoint, eventCallback(directMessage('U0ZHAO', '汇报 92'), `Ev-home-dm-${++events}`));
    await h.api.waitSince(from, 'chat.postMessage');
    const before = structuredClone(h.bot.store.data.conversations['slack:U0ZHAO']);
    expect(before).toMatchObject({ flow: 'report', step: 'status' });
    expect(textOf(await openHome('U0ZHAO'))).toContain('赵敏的待办');
    expect(h.bot.store.data.conversations['slack:U0ZHAO']).toEqual(before);
    // The conversation goes on where it was.
    const next = h.api.calls.length;
    await postEvent(h.endpoint, eventCallback(directMessage('U0ZHAO', '正常推进'), `Ev-home-dm-${++events}`));
    const [asked] = await h.api.waitSince(next, 'chat.postMessage');
    expect(sectionText(asked!.args)).toContain('完成进度');
  });
});
