// Reporting and binding over Telegram, end to end: the real grammY Bot against the fake Bot
// API on 127.0.0.1, over the real core. A whole guided report with button presses and a
// document as evidence; a binding code issued by the secretariat and redeemed by /start (the
// deep link); a file sent outside any conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { step, texts } from './steps.ts';
import { allReports } from '../helpers/logs.ts';

const SECRETARIAT = 900;
const ZHAO = 921; // reporter of 协调组, which leads item 92
const LIANG = 922; // an official

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.bind('secretariat', SECRETARIAT);
  await h.bind('zhao-min', ZHAO);
  await h.bind('liang-shuhua', LIANG);
});
afterAll(async () => {
  await h.stop();
});

const reports = () => allReports(h.store);

describe('a guided report in a private chat', () => {
  it('walks item -> status -> 60 -> note -> a document -> confirm, and an official sees it', async () => {
    const zhao = h.fake.user(ZHAO, { name: 'Zhao Min', lang: 'zh-hans' });
    const say = (text: string) => step(h, ZHAO, () => h.fake.say(zhao, text));
    const press = (label: string) => step(h, ZHAO, () => h.fake.click(zhao, ZHAO, label), `the reply to "${label}"`);

    const ask = await say('汇报');
    expect(texts(ask)).toContain('汇报哪一项');
    expect(
      ask
        .at(-1)!
        .reply_markup!.inline_keyboard.flat()
        .some((b) => b.text.startsWith('92.')),
    ).toBe(true);
    expect(texts(await press('92.'))).toContain('第 92 项目前的状态');
    expect(texts(await press('正常推进'))).toContain('完成进度');
    expect(texts(await say('60'))).toContain('请简要说明');
    expect(texts(await say('章程初稿已完成，待审议'))).toContain('佐证');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const upload = h.fake.document(zhao, { name: '章程初稿.pdf', mime: 'application/pdf', size: pdf.length, bytes: pdf });
    const summary = texts(await step(h, ZHAO, () => h.fake.inject(upload), 'the summary'));
    expect(summary).toMatch(
      /请确认汇报：[\s\S]*状态：正常推进[\s\S]*进度：60%[\s\S]*说明：章程初稿已完成，待审议[\s\S]*佐证：📎 章程初稿\.pdf/,
    );
    expect(await reports()).toHaveLength(0); // nothing saved before the confirmation

    expect(texts(await press('确认'))).toContain('已保存：第 92 项，进度 60%');
    expect(await reports()).toHaveLength(1);
    expect((await reports())[0]).toMatchObject({
      item: 92,
      status: 'on-track',
      progress: 60,
      by: 'zhao-min',
      platform: 'telegram',
      note: '章程初稿已完成，待审议',
      evidence: expect.stringMatching(/^file:章程初稿\.pdf#dbf_[0-9a-f]{20}$/), // fetched (getFile) and kept by Duban
    });
    const kept = await h.core.services.files.store.read((await reports())[0]!.evidence!.split('#')[1]!);
    expect(Buffer.from(kept!.data).equals(pdf)).toBe(true);

    // Every button press was answered (none left spinning), and every message parsed as HTML.
    const presses = h.fake.calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(presses.length).toBe(3);
    expect(presses.every((c) => c.ok)).toBe(true);
    expect(h.fake.calls.filter((c) => !c.ok && c.method !== 'getUpdates')).toEqual([]);

    const lookup = texts(await step(h, LIANG, () => h.fake.say(h.fake.user(LIANG), '事项 92')));
    expect(lookup).toContain('当前状态：正常推进，进度 60%');
    expect(lookup).toContain('最近更新：赵敏');
  });

  it('reads a one-line report and asks only for what is missing, with buttons', async () => {
    const zhao = h.fake.user(ZHAO);
    h.clock.advance(3600_000);
    expect(texts(await step(h, ZHAO, () => h.fake.say(zhao, '汇报 92 进度80% 已完成章程初稿')))).toContain('第 92 项目前的状态');
    const confirm = texts(await step(h, ZHAO, () => h.fake.click(zhao, ZHAO, '正常推进')));
    expect(confirm).toContain('进度：80%');
    await step(h, ZHAO, () => h.fake.click(zhao, ZHAO, '确认'));
    expect((await reports()).at(-1)).toMatchObject({ item: 92, progress: 80, note: '已完成章程初稿', platform: 'telegram' });
  });
});

describe('binding by deep link', () => {
  it('the secretariat issues a code; /start CODE from a new account binds it, once', async () => {
    const sec = h.fake.user(SECRETARIAT);
    const issued = texts(await step(h, SECRETARIAT, () => h.fake.say(sec, '绑定 li-na')));
    const code = /绑定码：([A-Z2-9]{8})/.exec(issued)?.[1];
    expect(code, issued).toBeDefined();
    expect(issued).toMatch(new RegExp(`https://t.me/\\w+\\?start=${code}`)); // the personal deep link

    // Opening https://t.me/<bot>?start=CODE makes Telegram send "/start CODE".
    const newcomer = h.fake.user(941, { name: 'Li Na' });
    expect(texts(await step(h, 941, () => h.fake.say(newcomer, '汇报')))).toContain('绑定');
    const done = texts(await step(h, 941, () => h.fake.say(newcomer, `/start ${code}`)));
    expect(done).toContain('绑定成功');
    expect(h.store.data.accounts).toContainEqual(expect.objectContaining({ platform: 'telegram', accountId: '941', personId: 'li-na' }));
    expect(h.store.data.bindCodes[code!]).toMatchObject({ usedBy: 'telegram:941' });
    // Now the account is li-na's: reporting is open to her.
    expect(texts(await step(h, 941, () => h.fake.say(newcomer, '汇报')))).toContain('汇报哪一项');
    await step(h, 941, () => h.fake.say(newcomer, '取消'));

    // The same link opened from another account binds nothing.
    const other = h.fake.user(942);
    expect(texts(await step(h, 942, () => h.fake.say(other, `/start ${code}`)))).toContain('已经用过');
    expect(h.store.data.accounts.filter((a) => a.personId === 'li-na')).toHaveLength(1);
    // A bare /start (first contact without a payload) is a greeting.
    expect(texts(await step(h, 943, () => h.fake.say(h.fake.user(943), '/start')))).toContain('我是督办');
  });
});

describe('a file outside a conversation', () => {
  it('gets the core’s "file unexpected" reply, from a bound reporter too', async () => {
    const zhao = h.fake.user(ZHAO);
    const reply = await step(h, ZHAO, () =>
      h.fake.inject(h.fake.document(zhao, { name: '附件.docx', mime: 'application/msword', size: 1200 })),
    );
    expect(texts(reply)).toBe(h.core.services.i18n.t('zh-Hans', 'file-unexpected'));
    expect(await reports()).toHaveLength(2);
  });
});
