// Reporting and binding over DingTalk, end to end: the real adapter and SDK against the
// stand-in, over the real core. A guided report with one-tap choices and a PDF as evidence,
// which Duban fetches once, checks and keeps, and which the secretariat then opens as a file
// in another chat; a file that is not what its name says is refused; a binding code redeemed
// from DingTalk; a member whose DingTalk user id comes with the people data is known at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, texts, type Harness } from './harness.ts';
import { allReports } from '../helpers/logs.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const SEC = 'dt-secretariat';
const ZHAO = 'dt-zhao'; // reporter of 协调组, which leads item 92

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.bind('secretariat', SEC);
  await h.bind('zhao-min', ZHAO);
});
afterAll(async () => {
  await h?.stop();
});

const reports = () => allReports(h.store);

describe('a guided report in a 1:1 chat', () => {
  it('walks item -> status -> 60 -> note -> a PDF -> confirm, keeping the PDF as Duban’s file', async () => {
    const say = (text: string) => h.step(ZHAO, () => h.say(ZHAO, text));
    const tap = (label: string) => h.step(ZHAO, () => h.tap(ZHAO, label));
    const ask = await say('汇报');
    expect(texts(ask)).toContain('汇报哪一项');
    expect(ask.at(-1)!.links!.some((l) => /^\d+\. 92\./.test(l.label))).toBe(true);
    expect(texts(await tap('92.'))).toContain('第 92 项目前的状态');
    expect(texts(await tap('正常推进'))).toContain('完成进度');
    expect(texts(await say('60'))).toContain('请简要说明');
    expect(texts(await say('章程初稿已完成，待审议'))).toContain('佐证');
    const summary = texts(await h.step(ZHAO, () => h.sendFile(ZHAO, '章程初稿.pdf', PDF)));
    expect(summary).toMatch(/请确认汇报：[\s\S]*进度：60%[\s\S]*佐证：📎 章程初稿\.pdf/);
    expect(await reports()).toHaveLength(0);
    expect(texts(await tap('确认'))).toContain('已保存：第 92 项，进度 60%');
    const saved = (await reports())[0]!;
    expect(saved).toMatchObject({ item: 92, progress: 60, by: 'zhao-min', platform: 'dingtalk' });
    expect(saved.evidence).toMatch(/^file:章程初稿\.pdf#dbf_[0-9a-f]{20}$/);
    expect(h.fake.ok('/v1.0/robot/messageFiles/download')).toHaveLength(1); // fetched once
  });

  it('lets the secretariat open the evidence as a file from the history', async () => {
    const history = await h.step(SEC, () => h.say(SEC, '历史 92'));
    expect(texts(history)).toContain('佐证：📎 章程初稿.pdf');
    const opened = await h.step(SEC, () => h.tap(SEC, '章程初稿.pdf'));
    const file = opened.find((m) => m.file)!;
    expect(file.file!.name).toBe('章程初稿.pdf');
    expect(file.file!.bytes.equals(PDF)).toBe(true);
  });

  it('refuses a file whose content is not what its name says, keeps nothing, and asks again', async () => {
    const say = (text: string) => h.step(ZHAO, () => h.say(ZHAO, text));
    h.clock.advance(3600_000);
    await say('汇报');
    await h.step(ZHAO, () => h.tap(ZHAO, '92.'));
    await h.step(ZHAO, () => h.tap(ZHAO, '正常推进'));
    await say('70');
    expect(texts(await say('已送审'))).toContain('佐证');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const refused = texts(await h.step(ZHAO, () => h.sendFile(ZHAO, '报告.pdf', exe)));
    expect(refused).toContain(h.core.services.i18n.t('zh-Hans', 'file-refused-type'));
    expect(texts(await say('跳过'))).toMatch(/请确认汇报：[\s\S]*佐证：-/);
    await h.step(ZHAO, () => h.tap(ZHAO, '取消'));
    expect(await reports()).toHaveLength(1);
  });
});

describe('binding', () => {
  it('binds a DingTalk account with a code the secretariat issued, once', async () => {
    const issued = texts(await h.step(SEC, () => h.say(SEC, '绑定 li-na')));
    const code = /绑定码：([A-Z2-9]{8})/.exec(issued)?.[1];
    expect(code, issued).toBeDefined();
    expect(texts(await h.step('dt-li-na', () => h.say('dt-li-na', `绑定 ${code}`)))).toContain('绑定成功');
    expect(h.store.data.accounts).toContainEqual(
      expect.objectContaining({ platform: 'dingtalk', accountId: 'dt-li-na', personId: 'li-na' }),
    );
    expect(texts(await h.step('dt-other', () => h.say('dt-other', `绑定 ${code}`)))).toContain('已经用过');
  });

  it('knows a member by the DingTalk user id in the people data, without binding', async () => {
    await h.store.update((db) => {
      db.people.find((p) => p.id === 'liang-shuhua')!.dingtalkUserId = 'dt-liang';
    });
    expect(texts(await h.step('dt-liang', () => h.say('dt-liang', '我是谁')))).toContain('梁');
  });
});
