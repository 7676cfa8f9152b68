// Complete lists, readable everywhere (issue 10, §3), through the real core on 2016-09-01:
// 我的 says how many items there are, shows them a page at a time and offers the rest; the
// report picker offers a unit's own lead items first (市外办's item 73 among them); a unit's
// card says how to see what it cuts; English titles keep what an item does, not only
// "Following X's …".
import { describe, expect, it } from 'vitest';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { makeBot } from './helpers/fake-chat.ts';

const plan = loadPlanData();
const ofUnit = (dept: string) => plan.items.filter((i) => i.lead.includes(dept) || i.responsible.includes(dept));

describe('我的', () => {
  it('says how many, shows ten a page, and offers the rest until every item was shown', async () => {
    const bot = await makeBot();
    const chat = bot.chat('xu-ting'); // 市商务局
    const all = ofUnit('commerce');
    const pages = Math.ceil(all.length / 10);
    const first = await chat.say('我的');
    expect(first).toContain(`本单位未完成事项 ${all.length} 项（牵头的在前，标“参与”的为本单位参与；按紧迫程度），第 1/${pages} 页：`);
    expect(first).toContain(`……另有 ${all.length - 10} 项`);
    const shown: number[] = [];
    let text = first;
    for (let page = 1; ; page++) {
      shown.push(...[...text.matchAll(/^ {2}(\d+)\. /gm)].map((m) => Number(m[1])));
      if (page === pages) break;
      text = await chat.press('再看');
      expect(text).toContain(`第 ${page + 1}/${pages} 页`);
    }
    expect(shown.sort((a, b) => a - b)).toEqual(all.map((i) => i.no).sort((a, b) => a - b));
    expect(chat.choices.some((c) => c.label.startsWith('再看'))).toBe(false);
    // The unit's lead items come before the ones it shares.
    const led = new Set(all.filter((i) => i.lead.includes('commerce')).map((i) => i.no));
    const order = [...(await chat.say('我的')).matchAll(/^ {2}(\d+)\. .*$/gm)].map((m) => m[0]);
    expect(order.slice(0, Math.min(10, led.size)).every((l) => !l.includes(' · 参与'))).toBe(true);
    expect(await chat.say('我的 第9页')).toContain(`没有第 9 页，共 ${pages} 页`);
  });

  it('shows each item with its health and why', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min');
    await chat.say('汇报 92 进度25% 正常推进 进展慢');
    await chat.press('确认');
    expect(await chat.say('我的')).toMatch(/^ {2}92\. .* — 剩余 60 天 · 有风险：进度 25%（按时间应约 57%）$/m);
  });
});

describe('the report picker', () => {
  it("offers 市外办's own lead item 73 on its first page", async () => {
    const bot = await makeBot();
    const chat = bot.chat('mark-fischer'); // 市外办, English
    await chat.say('report');
    const first = chat.choices.map((c) => c.label);
    expect(first.some((l) => l.startsWith('73. '))).toBe(true);
    const hidden = ofUnit('foreign-affairs').length - 8;
    expect(first.at(-1)).toBe(`More (${hidden} more) ▶`);
  });
});

describe('a unit card', () => {
  it('says how many items it leaves out and how to list them all', async () => {
    const bot = await makeBot();
    const led = plan.items.filter((i) => i.lead.includes('promotion-office')).length;
    const shared = plan.items.filter((i) => !i.lead.includes('promotion-office') && i.responsible.includes('promotion-office')).length;
    const card = await bot.chat('liang-shuhua').say('单位 市推进办');
    if (led > 15) expect(card).toContain(`……另有 ${led - 15} 项，发送“事项列表 市推进办”查看全部`);
    if (shared > 10) expect(card).toContain(`……另有 ${shared - 10} 项，发送“事项列表 市推进办”查看全部`);
    const commerce = await bot.chat('liang-shuhua').say('单位 市商务局');
    expect(commerce).toContain('发送“事项列表 市商务局”查看全部');
  });
});

describe('English titles', () => {
  it('keep what the item does, never only "Following X\'s …"', async () => {
    const bot = await makeBot();
    const en = bot.chat('mark-fischer');
    const list = await en.say('items');
    expect(list).toContain('1. Write an internationalisation chapter into the city master plan —');
    const overview = await en.say('overview');
    expect(overview).toMatch(/^ {2}89\. Set up the 8\+30 working mechanism and divide the work… — /m);
    // No line anywhere is cut down to its lead-in.
    for (const text of [list, overview, await en.say('mine')]) expect(text).not.toMatch(/\d+\. Following [^,—]*…/);
  });
});
