// Lookups through the real core and a fake adapter: every script and language, the traps,
// choices, and the sample mark.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { makeBot, type TestBot } from './helpers/fake-chat.ts';

const plan = loadPlanData();
const airRoutes = plan.indicators.find((i) => i.name === '开通国际航线数')!;
let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot();
});

describe('item lookups', () => {
  it('answers 事项 92 with the real item, its units, deadline and provenance', async () => {
    const text = await bot.chat().say('事项 92');
    expect(text).toContain('第 92 项');
    expect(text).toContain('专家咨询委员会');
    expect(text).toContain('牵头单位：协调组');
    expect(text).toContain('市贸促会');
    expect(text).toMatch(/完成时限：2016年10月（剩余 60 天）/);
    expect(text).toContain('公开资料');
    expect(text).not.toContain('示例数据');
    expect(text).toContain('尚无汇报');
  });

  it('reads a number inside a question: 92项进展怎么样, 第92项, item 92, #92', async () => {
    for (const q of ['92项进展怎么样', '第92项', 'item 92', '#92', '事項92']) {
      expect(await bot.chat().say(q), q).toContain('专家咨询委员会');
    }
  });

  it('labels a sample item as sample', async () => {
    const text = await bot.chat().say('事项 1');
    expect(text).toContain('示例数据 / sample');
    expect(text).toContain('示例数据（虚构');
  });

  it('says how many items there are when the number does not exist', async () => {
    expect(await bot.chat().say('事项 101')).toContain('没有第 101 项。行动计划共 100 项');
  });

  it('finds an item by words of its title in Simplified and Traditional Chinese', async () => {
    expect(await bot.chat().say('专家咨询委员会')).toContain('第 92 项');
    expect(await bot.chat().say('國際交流合作基金會')).toContain('第 94 项');
  });

  it('finds an item by English words', async () => {
    expect(await bot.chat().say('item foundation for international exchange')).toContain('第 94 项');
  });
});

describe('indicator lookups', () => {
  it('finds 开通国际航线数 by Traditional Chinese, full pinyin, initials and English', async () => {
    for (const q of ['指标 國際航線', 'indicator hangxian', '指标 gjhx', 'indicator air routes']) {
      const text = await bot.chat().say(q);
      expect(text, q).toMatch(new RegExp(`${airRoutes.code} (开通国际航线数|開通國際航線數|International air routes)`));
    }
  });

  it('tolerates a typo in pinyin and English', async () => {
    expect(await bot.chat().say('indicator hangxain')).toContain(airRoutes.code);
    expect(await bot.chat().say('indicator internatonal air routes')).toContain(airRoutes.code);
  });

  it('shows value, baseline, stage targets, stage, benchmark cities and siblings', async () => {
    const text = await bot.chat().say(`指标 ${airRoutes.code}`);
    for (const part of [
      '最新值：',
      '基期值：',
      '阶段目标：低阶',
      '所处阶段：',
      '对标城市：新加坡',
      '青岛在 6 个城市中排第',
      '同级指标：',
      '一级指标：E',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('名称来自公开资料，数值为示例数据');
  });

  it('offers GDP per capita first for gdp, and the indicator first for 国际航线', async () => {
    const chat = bot.chat();
    await chat.say('gdp');
    expect(chat.choices[0]!.label).toMatch(/人均GDP/);
    await chat.say('国际航线');
    expect(chat.choices[0]!.label).toBe(`${airRoutes.code} 开通国际航线数`);
    expect(await chat.press(1)).toContain('最新值：');
  });

  it('lists the children of a first-level indicator', async () => {
    const text = await bot.chat().say('指标 E');
    expect(text).toContain('一级指标，下设二级指标');
    expect(text.split('\n').filter((l) => /^ {2}E\d/.test(l))).toHaveLength(7);
  });

  it('does not match on one shared character', async () => {
    const text = await bot.chat().say('指标 航运');
    expect(text).not.toContain('开通国际航线数');
  });
});

describe('department lookups', () => {
  it('answers an alias with the department and the items it leads', async () => {
    const text = await bot.chat().say('市发改委');
    expect(text.split('\n')[0]).toContain('市发展改革委');
    expect(text).toMatch(/牵头事项：\d+ 项/);
  });
  it('finds a department by English name', async () => {
    expect(await bot.chat().say('unit commerce')).toContain('市商务局');
  });
});

describe('several and no hits', () => {
  it('offers choices that open the record when pressed', async () => {
    const chat = bot.chat();
    const text = await chat.say('事项 国际');
    expect(text).toMatch(/找到 \d 个可能的结果/);
    expect(chat.choices.length).toBeGreaterThan(1);
    expect(chat.choices.length).toBeLessThanOrEqual(5);
    const opened = await chat.press(1);
    expect(opened).toMatch(/^第 \d+ 项/);
  });
  it('says nothing was found and how to search', async () => {
    expect(await bot.chat().say('量子纠缠望远镜')).toContain('没有找到与“量子纠缠望远镜”相关的');
  });
  it('answers the caption of a stray file as a question and says the file was not kept', async () => {
    const replies = await bot.chat('liang-shuhua').send({ text: '事项 92', file: { name: 'x.pdf', ref: 'f' } });
    expect(replies.map((r) => r.text).join('\n')).toContain('第 92 项');
    const stray = await bot.chat('liang-shuhua').send({ text: '国际航线', file: { name: 'x.pdf', ref: 'f' } });
    expect(stray[0]!.text).toContain('收到文件，但当前没有需要文件的操作');
  });

  it('refuses an unknown button key in the reader’s language', async () => {
    const chat = bot.chat('guest-en2', { clientLang: 'en' });
    const replies = await chat.send({ action: 'nosuchkey' });
    expect(replies[0]!.text).toContain('no longer works');
  });
});

describe('languages', () => {
  it('answers in English for an English client, and keeps data in Chinese where no English is written', async () => {
    const text = await bot.chat('guest-en', { clientLang: 'en-US' }).say('item 92');
    expect(text).toContain('Item 92');
    expect(text).toContain('Lead unit: Coordination');
    expect(text).toContain('Source: public record');
  });
  it('answers in Traditional Chinese for a zh-TW client', async () => {
    const text = await bot.chat('guest-tw', { clientLang: 'zh-TW' }).say('事項 92');
    expect(text).toContain('第 92 項');
    expect(text).toContain('諮詢委員會');
    expect(text).toContain('牽頭單位');
  });
  it('keeps a chosen language for the account', async () => {
    const chat = bot.chat('lang-tester');
    expect(await chat.say('lang English')).toContain('reply in English');
    expect(await chat.say('事项 92')).toContain('Item 92');
    expect(await chat.say('语言 繁體')).toContain('繁體中文');
    expect(await chat.say('item 92')).toContain('第 92 項');
    expect(await chat.say('lang klingon')).toContain('不認識的語言');
  });
});

describe('item list', () => {
  it('filters by part and pages with buttons', async () => {
    const part5 = plan.items.filter((i) => i.part === 5).length;
    const chat = bot.chat();
    const text = await chat.say('事项列表 第五部分');
    expect(text).toContain(`第5部分 · 共 ${part5} 项`);
    if (part5 > 10) {
      const next = await chat.press('下一页');
      expect(next).toContain('第 2/');
    }
  });
  it('filters overdue items against the clock', async () => {
    const overdue = plan.items.filter((i) => i.deadline < '2016-09').length; // the clock is 2016-09-01
    expect(await bot.chat().say('items overdue')).toContain(`逾期 · 共 ${overdue} 项`);
  });
  it('filters by department alias and status together', async () => {
    const text = await bot.chat().say('事项列表 推进办 即将到期');
    expect(text).toContain('市推进办');
    expect(text).toContain('30 天内到期');
  });
  it('explains a filter it cannot read', async () => {
    expect(await bot.chat().say('items flurble')).toContain('看不懂筛选条件“flurble”');
  });
});

describe('help', () => {
  it('is generated from the declarations, in the reader’s language', async () => {
    const zh = await bot.chat().say('帮助');
    expect(zh).toContain('事项 / item');
    expect(zh).toContain('指标 / indicator');
    const en = await bot.chat('x', { clientLang: 'en' }).say('help indicator');
    expect(en).toContain('indicator / 指标');
    expect(en).toContain('Examples:');
  });
});
