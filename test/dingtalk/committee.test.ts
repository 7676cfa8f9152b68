// The expert committee over DingTalk, end to end (real adapter and SDK, stand-in, real core).
// A robot may write to any member of its organisation, so experts whose DingTalk user id comes
// with the people data get their invitation without ever having opened the robot. One is
// answered with a tap; the 59-letter broadcast gets through throttling with every letter
// delivered once; a poll is voted on; a consultation's draft reaches each member as a file.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, texts, type Harness, type HarnessOptions } from './harness.ts';
import { createSeedDb } from '../../src/seed.ts';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';

const NOW = '2016-09-01T10:00:00+08:00';
const SEC = 'dt-secretariat';
const EXPERT_IDS = createSeedDb(new Date(NOW)).experts.map((e) => e.id);
const userOf = (expert: string) => `dt-${expert}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The secretariat bound; `experts` known by DingTalk user id from the people data. */
async function setup(experts: readonly string[], opts: HarnessOptions = {}): Promise<Harness> {
  const hh = await startHarness({ now: NOW, ...opts });
  await hh.bind('secretariat', SEC);
  await hh.store.update((db) => {
    for (const p of db.people) if (experts.includes(p.id)) p.dingtalkUserId = userOf(p.id);
  });
  h = hh;
  return hh;
}

async function sendAll(hh: Harness) {
  const prompt = texts(await hh.step(SEC, () => hh.say(SEC, '邀请 发送 全部')));
  const report = texts(await hh.step(SEC, () => hh.tap(SEC, '确认发送')));
  return { prompt, report };
}

describe('invitations', () => {
  it('reach experts who never opened the robot; one accepts with a tap', async () => {
    const hh = await setup(['sarah-mitchell', 'zhang-haibo', 'li-qiang']);
    const { prompt, report } = await sendAll(hh);
    expect(prompt).toContain('其中 3 位可直接送达');
    expect(report).toContain('已发送 59 份邀请函：已送达 3 位，暂无法送达 56 位');
    const zhang = userOf('zhang-haibo');
    const [letter] = hh.fake.messagesTo(zhang);
    expect(letter!.text).toContain('尊敬的张海波（');
    expect(letter!.links!.map((l) => l.label)).toEqual(['1. ✅ 接受邀请', '2. ✖️ 谢绝', '3. ❓ 向秘书处提问']);
    expect(hh.fake.messagesTo(userOf('sarah-mitchell'))[0]!.text).toContain('Dear Sarah Mitchell');
    expect(texts(await hh.step(zhang, () => hh.tap(zhang, '接受')))).toContain('感谢您接受邀请');
    expect(hh.store.data.invitations['zhang-haibo']).toMatchObject({ answer: 'accepted' });
  });

  it('go out to all 59 through throttling, each letter delivered exactly once', async () => {
    // The organisation allows half of what the adapter believes: DingTalk answers 403 QpsLimit.
    const hh = await setup(EXPERT_IDS, { qpsLimit: { count: 10, perMs: 100 } });
    hh.fake.fail({ user: userOf('yuko-tanaka'), times: 1, fault: { flowControlled: true } });
    const { report } = await sendAll(hh);
    expect(report).toContain('已发送 59 份邀请函：已送达 59 位，暂无法送达 0 位');
    for (const id of EXPERT_IDS) expect(hh.fake.messagesTo(userOf(id)), id).toHaveLength(1);
    expect(hh.fake.calls.some((c) => c.code === 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi')).toBe(true);
  });
});

describe('a meeting poll', () => {
  const MEMBERS = ['zhang-haibo', 'wang-xiaomei', 'li-qiang', 'liu-yan'];
  const CREATE =
    '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心';

  it('reaches each member with one-tap votes; a vote is recorded', async () => {
    const hh = await setup(MEMBERS, { now: '2016-11-01T10:00:00+08:00' });
    await hh.store.update((db) => {
      for (const id of MEMBERS) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: NOW, reminders: 0 };
    });
    expect(texts(await hh.step(SEC, () => hh.say(SEC, CREATE)))).toContain('已建立会议 m1');
    expect(texts(await hh.step(SEC, () => hh.tap(SEC, '📨')))).toBe('已送达 4 人（共 4 人）。');
    const zhang = userOf('zhang-haibo');
    const [poll] = hh.fake.messagesTo(zhang);
    expect(poll!.links!.length).toBe(6);
    const voted = await hh.step(zhang, () => hh.tap(zhang, '1 ✅'));
    expect(texts(voted)).toMatch(/已记录：时段 1 ✅ 可以/);
    expect(hh.store.records(VOTES_LOG).length).toBe(1);
  });
});

describe('a consultation with a draft file', () => {
  it('sends the draft itself to each member on DingTalk', async () => {
    const MEMBERS = ['liu-yan', 'luo-qing'];
    const hh = await setup(MEMBERS, { now: '2016-11-20T10:00:00+08:00' });
    await hh.store.update((db) => {
      for (const id of MEMBERS) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: NOW, reminders: 0 };
    });
    const draft = Buffer.from('%PDF-1.4\n% 行动计划2017征求意见稿\n%%EOF\n');
    // Written from another platform, with the file (the test chat hands the core a fetchable file).
    const sec = new (await import('../helpers/fake-chat.ts')).FakeChat(hh.core, 'secretariat');
    await sec.send({
      text: '征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 planning | 问题：请提出修改建议',
      file: { name: '征求意见稿.pdf', ref: 'draft-1', fetch: async () => draft },
    });
    await sec.press('发送');
    await hh.dt.idle();
    for (const id of MEMBERS) {
      const [text, file] = hh.fake.messagesTo(userOf(id));
      expect(text!.text, id).toContain('C1');
      expect(file!.file!.name).toBe('征求意见稿.pdf');
      expect(file!.file!.bytes.equals(draft)).toBe(true);
    }
    expect(hh.fake.calls.filter((c) => c.path === '/media/upload')).toHaveLength(1);
  });
});
