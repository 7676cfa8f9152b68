// Who owns an item (issue 10, §1), through the real core on 2016-09-01: a responsible unit
// reports its own part and never the item's status; "done" means 100% and is asked about
// otherwise; the lead unit and the secretariat hear at once of a part reported, a report
// entered for the lead, or an item reported at risk or delayed; negative progress is refused.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/types.ts';
import { buildDigest } from '../src/supervision/digest.ts';
import { allReports } from './helpers/logs.ts';
import { makeBot, type TestBot } from './helpers/fake-chat.ts';

interface Notice {
  person: string;
  text: string;
}

/** A bot whose 'test' platform delivers to the people given (by a bound account), and to nobody else. */
async function botWith(bound: string[]): Promise<{ bot: TestBot; notices: Notice[] }> {
  const bot = await makeBot();
  const notices: Notice[] = [];
  await bot.store.update((db) => {
    for (const personId of bound) db.accounts.push({ platform: 'test', accountId: `acc-${personId}`, personId, boundAt: '2016-08-01' });
  });
  bot.core.services.notifier.register('test', async (to, reply: Reply) => {
    const person = bot.store.data.accounts.find((a) => a.platform === 'test' && a.accountId === to.chatId)!.personId;
    notices.push({ person, text: reply.text });
    return { ok: true };
  });
  return { bot, notices };
}

/** A one-line report confirmed by its author; the replies to the confirmation. */
async function confirmReport(bot: TestBot, who: string, line: string): Promise<string> {
  const chat = bot.chat(who);
  await chat.say(line);
  return chat.press('确认');
}

const EVERYONE = ['secretariat', 'chen-jing', 'sun-hongwei', 'li-na', 'zhao-min', 'liu-jianguo', 'xu-ting', 'huang-zhiyong'];

describe('a responsible unit reports its own part', () => {
  let bot: TestBot;
  let notices: Notice[];
  beforeEach(async () => ({ bot, notices } = await botWith(EVERYONE)));

  it('is saved as a contribution of 市商务局 to item 91, and never sets the item status', async () => {
    const chat = bot.chat('xu-ting'); // 市商务局: a responsible unit of 91, which 市推进办 leads
    const summary = await chat.say('汇报 91 进度40% 滞后 数据口径待统一');
    expect(summary).toContain('这是市商务局承担部分的进展，不改变事项状态（由牵头单位市推进办确定）');
    const saved = await chat.press('确认');
    expect(saved).toContain('已保存：市商务局在第 91 项中承担部分的进展，进度 40%');
    expect(saved).toContain('事项状态由牵头单位市推进办确定');
    const [record] = await allReports(bot.store);
    expect(record).toMatchObject({ item: 91, contributionOf: 'commerce', status: 'delayed', progress: 40, by: 'xu-ting' });

    const card = await bot.chat('liang-shuhua').say('事项 91');
    expect(card).toContain('当前状态：尚无汇报'); // the lead has not reported: the item has no status yet
    expect(card).toContain('市商务局（责任单位）承担部分：滞后，进度 40%（徐婷，2016年9月1日）');
    expect(card).toContain('说明：数据口径待统一');
    // A unit's blocker is a real risk: the health says so, and why, until the lead reports again.
    expect(card).toContain('督办判断：有风险：市商务局报其承担部分滞后');
  });

  it('tells the lead unit and the secretariat at once, in their language, but not the reporter', async () => {
    const saved = await confirmReport(bot, 'xu-ting', '汇报 91 进度40% 滞后 数据口径待统一');
    expect(new Set(notices.map((n) => n.person))).toEqual(new Set(['secretariat', 'chen-jing', 'sun-hongwei', 'li-na']));
    const notice = notices.find((n) => n.person === 'li-na')!.text;
    expect(notice).toContain('📣 第 91 项');
    expect(notice).toContain('徐婷汇报了市商务局承担部分的进展：滞后，进度 40%');
    expect(notice).toContain('事项状态由牵头单位市推进办确定；如需更新，请发送“汇报 91”。');
    expect(saved).toMatch(/已即时通知：.*李娜/);
  });

  it('lets the lead unit set the status afterwards, which answers the blocker', async () => {
    await confirmReport(bot, 'xu-ting', '汇报 91 进度40% 滞后 数据口径待统一');
    notices.length = 0;
    const saved = await confirmReport(bot, 'li-na', '汇报 91 进度50% 正常推进 已与市商务局统一口径');
    expect(saved).toContain('已保存：第 91 项，进度 50%。督办判断：进展正常。');
    expect(notices).toEqual([]); // the lead's own on-track report is no news
    expect(await bot.chat('liang-shuhua').say('事项 91')).toContain('当前状态：正常推进，进度 50%');
    // The history keeps both, each compared with its own kind: the lead's first report moves nothing.
    const history = await bot.chat('liang-shuhua').say('历史 91');
    expect(history).toContain('徐婷（市商务局承担部分）');
    expect(history).toContain('状态 滞后 · 进度 40%');
    expect(history).toContain('状态 正常推进 · 进度 50%');
    expect(history).not.toContain('→');
  });

  it("is in the weekly digest as the unit's part, and as a blocker", async () => {
    await confirmReport(bot, 'xu-ting', '汇报 91 进度40% 滞后 数据口径待统一');
    const digest = (await buildDigest(bot.core.services, bot.clock.now(), 'zh-Hans')).text;
    expect(digest).toMatch(/^ {2}91\. .*（市商务局承担部分）：状态 滞后 · 进度 40%（徐婷）$/m);
    expect(digest).toMatch(/^ {2}91\. .*（市商务局报其承担部分滞后）：数据口径待统一$/m);
  });

  it('asks the responsible unit about its own part, and offers its lead items first', async () => {
    const chat = bot.chat('xu-ting');
    const picker = await chat.say('汇报');
    expect(picker).toContain('本单位牵头的事项在前，标“参与”的是本单位作为责任单位参与的事项');
    // Every open item of the unit, page by page: those it leads, then those it shares.
    const labels: string[] = [];
    for (;;) {
      labels.push(...chat.choices.map((c) => c.label).filter((l) => /^\d+\./.test(l)));
      if (!chat.choices.some((c) => c.label.startsWith('更多'))) break;
      await chat.press('更多');
    }
    const mine = bot.store.data.plan.items.filter((i) => i.lead.includes('commerce') || i.responsible.includes('commerce'));
    expect(labels).toHaveLength(mine.length); // none hidden (nothing is done on 2016-09-01)
    const firstShared = labels.findIndex((l) => l.endsWith(' · 参与'));
    expect(firstShared).toBe(mine.filter((i) => i.lead.includes('commerce')).length);
    expect(labels.slice(firstShared).every((l) => l.endsWith(' · 参与'))).toBe(true);
    expect(await chat.say('91')).toContain('第 91 项由市推进办牵头，事项的状态由牵头单位确定。市商务局承担的部分目前进展如何？');
    expect(await chat.press('正常推进')).toContain('贵单位承担部分的完成进度是多少？');
  });
});

describe('done means 100%', () => {
  it('asks when someone says done with less, and saves what they then choose', async () => {
    const { bot } = await botWith([]);
    const chat = bot.chat('zhao-min'); // 协调组 leads 92
    const asked = await chat.say('汇报 92 进度90% 已完成 章程已通过');
    expect(asked).toContain('您选了“已完成”，但进度是 90%。已完成即进度 100%，请确认：');
    expect(await chat.press('尚未完成，进度 90%')).toContain('第 92 项目前的状态？');
    expect(chat.choices.map((c) => c.label)).not.toContain('已完成');
    const summary = await chat.press('正常推进');
    expect(summary).toMatch(/状态：正常推进[\s\S]*进度：90%/);
    await chat.press('确认');
    expect((await allReports(bot.store)).at(-1)).toMatchObject({ status: 'on-track', progress: 90 });

    expect(await chat.say('汇报 92 进度90% 已完成 首次会议已开')).toContain('已完成即进度 100%');
    expect(await chat.press('已完成，进度 100%')).toMatch(/状态：已完成[\s\S]*进度：100%/);
    await chat.press('确认');
    expect((await allReports(bot.store)).at(-1)).toMatchObject({ status: 'done', progress: 100 });
  });

  it('asks too when the progress is 100% but the status is not done', async () => {
    const { bot } = await botWith([]);
    const chat = bot.chat('zhao-min');
    expect(await chat.say('汇报 92 进度100% 正常推进 首次会议已开')).toContain('进度 100% 即已完成，但您选的状态是“正常推进”');
    expect(await chat.press('尚未完成，重填进度')).toContain('完成进度是多少');
    expect(await chat.say('95')).toContain('请确认汇报');
  });

  it('refuses a done-below-100 form with the reason on the progress field', async () => {
    const { bot } = await botWith([]);
    const chat = bot.chat('zhao-min');
    const [reply] = await chat.send({
      form: { id: 'report', values: { item: '92', status: 'done', progress: '90', note: '章程已通过', evidence: '' } },
    });
    expect(reply!.formErrors?.progress).toContain('已完成即进度 100%');
    expect(await allReports(bot.store)).toHaveLength(0);
  });
});

describe('who is told at once', () => {
  it('tells the secretariat and the rest of the lead unit when the lead reports delayed', async () => {
    const { bot, notices } = await botWith(EVERYONE);
    await confirmReport(bot, 'zhao-min', '汇报 92 进度30% 滞后 外方专家回复慢');
    expect(new Set(notices.map((n) => n.person))).toEqual(new Set(['secretariat', 'chen-jing', 'liu-jianguo']));
    expect(notices[0]!.text).toContain('赵敏（协调组）汇报了事项进展：滞后，进度 30%');
  });

  it('tells the lead unit when the secretariat reports for it', async () => {
    const { bot, notices } = await botWith(EVERYONE);
    await confirmReport(bot, 'secretariat', '汇报 92 进度60% 正常推进 市推进办代录');
    expect(new Set(notices.map((n) => n.person))).toEqual(new Set(['chen-jing', 'zhao-min', 'liu-jianguo']));
    expect(notices.find((n) => n.person === 'zhao-min')!.text).toContain('王立新（市推进办）代协调组汇报了事项进展');
  });

  it('says who could not be told (no account bound), and the report stays saved', async () => {
    const { bot, notices } = await botWith(['secretariat']);
    const saved = await confirmReport(bot, 'zhao-min', '汇报 92 进度30% 有风险 场地未定');
    expect(saved).toContain('已保存：第 92 项');
    expect(saved).toContain('已即时通知：王立新。');
    expect(saved).toContain('以下人员尚未绑定聊天账号，未能通知：陈静、刘建国。');
    expect(notices.map((n) => n.person)).toEqual(['secretariat']);
    expect(await allReports(bot.store)).toHaveLength(1);
  });

  it('writes to an English reader in English', async () => {
    const { bot, notices } = await botWith([...EVERYONE, 'mark-fischer']);
    // mark-fischer (市外办, English) leads item 73; 市商务局 shares it.
    await confirmReport(bot, 'xu-ting', '汇报 73 进度20% 有风险 友城协议待签');
    const notice = notices.find((n) => n.person === 'mark-fischer')!.text;
    expect(notice).toContain('📣 Item 73');
    expect(notice).toContain("Xu Ting reported on Qingdao Commerce Bureau's part: at risk, 20% done");
    expect(notice).toContain('Supervision: at risk: Qingdao Commerce Bureau reports its part at risk');
  });
});

describe('progress out of range', () => {
  it('refuses 进度-5% like 150%, and keeps neither as the note', async () => {
    const { bot } = await botWith([]);
    const chat = bot.chat('zhao-min');
    const negative = await chat.say('汇报 92 进度-5% 正常推进 测试');
    expect(negative).toContain('“进度-5%”不是 0–100 之间的百分比');
    expect(negative).toContain('完成进度是多少');
    const summary = await chat.say('50');
    expect(summary).toContain('说明：测试');
    expect(summary).not.toContain('进度-5%');
    await chat.say('取消');
    expect(await chat.say('汇报 92 进度150% 测试')).toContain('“进度150%”不是 0–100 之间的百分比');
    await chat.say('取消');
    expect(await chat.say('report 92 progress -5 test')).toContain('“progress -5”不是 0–100 之间的百分比');
  });
});

describe('health says why', () => {
  it('in the item card, the saved reply and the overview alike', async () => {
    const { bot } = await botWith([]);
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 进度25% 正常推进 进展慢');
    const saved = await chat.press('确认');
    // 2016-09-01 is 78 of the 138 days from the plan's start (2016-06-15) to the end of October: 57%.
    expect(saved).toContain('督办判断：有风险：进度 25%（按时间应约 57%）');
    expect(await chat.say('事项 92')).toContain('督办判断：有风险：进度 25%（按时间应约 57%）');
    expect(await bot.chat('secretariat').say('总览')).toMatch(/^ {2}92\. .* · 进度 25%（按时间应约 57%）$/m);
    // No report is its own state, not a risk.
    expect(await chat.say('事项 94')).toContain('督办判断：尚无汇报');
  });

  it('lists at-risk items on 事项列表 有风险', async () => {
    const { bot } = await botWith([]);
    await confirmReport(bot, 'zhao-min', '汇报 92 进度25% 正常推进 进展慢');
    const list = await bot.chat('liang-shuhua').say('事项列表 有风险');
    expect(list).toContain('有风险 · 共 1 项');
    expect(list).toMatch(/^92\. /m);
    expect(await bot.chat('mark-fischer').say('items at-risk')).toContain('1 item, at risk');
    // typed as words, as an English reader would
    expect(await bot.chat('mark-fischer').say('items at risk')).toContain('1 item, at risk');
    const unreported = await bot.chat('mark-fischer').say('items no report yet');
    expect(unreported).toBe(await bot.chat('mark-fischer').say('items no-report'));
    expect(await bot.chat('mark-fischer').say('items due soon')).toBe(await bot.chat('mark-fischer').say('items due-soon'));
  });
});
