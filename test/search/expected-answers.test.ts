// Lookups against what a person expects (issue 10 §4), through the real core: a table of
// what is typed -> what the person is shown first (the record opened, or the first of the
// choices), or that nothing was found with suggestions. This is the tuning set; the bench's
// held-out set (bench/queries/held-out.json) is never read here.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';

const plan = loadPlanData();
let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot();
});

/** What the reader sees first: `item:92`, `indicator:E1`, `department:ndrc`, or `none`. */
async function firstAnswer(text: string, as = 'expect-reader'): Promise<{ first: string; reply: string; choices: number }> {
  const chat = bot.chat(as);
  const reply = await chat.say(text);
  const choices = reply.includes('个可能的结果') ? chat.choices : [];
  const line = choices.length ? choices[0]!.label : reply.split('\n')[0]!;
  return { first: recordOf(line, reply), reply, choices: choices.length };
}

function recordOf(line: string, reply: string): string {
  if (/没有找到|没有第|没有编码为/.test(reply) && !/个可能的结果/.test(reply)) return 'none';
  const item = /^(?:第 (\d+) 项|(\d+)\. )/.exec(line);
  if (item) return `item:${item[1] ?? item[2]}`;
  const ind = /^([A-E]\d{0,2}) /.exec(line);
  if (ind) return `indicator:${ind[1]}`;
  const dept = plan.departments.find((d) => line.startsWith(d.name));
  return dept ? `department:${dept.id}` : `? ${line}`;
}

describe('what a person expects a lookup to show first', () => {
  it.each([
    // Words that stand apart inside a title: in order, with gaps.
    ['事项 专家委员会', 'item:92'],
    ['专家委员会', 'item:92'],
    ['事项 咨询委员会会议', 'item:92'],
    ['expert committee', 'item:92'],
    ['zhuanjiaweiyuanhui', 'item:92'],
    ['事项 国际城市战略推进', 'item:95'],
    // Numbers written out, and numbers inside words that are no item number.
    ['事项 九十二', 'item:92'],
    ['九十二', 'item:92'],
    ['事项 第九十二项', 'item:92'],
    ['第一次年度会议', 'item:92'],
    ['第十二项', 'item:12'],
    // Short forms and English names from data/vocabulary.json.
    ['友城', 'indicator:B3'],
    ['事项 友城', 'item:73'],
    ['twin city', 'indicator:B3'],
    ['item twin cities', 'item:73'],
    ['friendship city', 'indicator:B3'],
    ['发改委', 'department:ndrc'],
    ['每人平均国内生产总值', 'indicator:A1'],
    // What already worked keeps working.
    ['开通国际航线数', 'indicator:E1'],
    ['hangxian', 'indicator:E1'],
    ['gjhx', 'indicator:E1'],
    ['國際航線', 'indicator:E1'],
    ['indicator internatonal air routes', 'indicator:E1'],
    ['专家咨询委员会进展如何？', 'item:92'],
    ['what is the status of the expert advisory committee', 'item:92'],
    ['市商务局', 'department:commerce'],
    ['unit commerce', 'department:commerce'],
    ['gdp', 'indicator:A1'],
  ])('%s -> %s', async (text, expected) => {
    const { first, reply } = await firstAnswer(text);
    expect(first, reply.slice(0, 300)).toBe(expected);
  });

  it.each([
    // Noise and small talk: "not found", with suggestions, never unrelated records.
    'hello',
    'Hello!',
    '您好',
    '多谢',
    'hey',
    'thank you',
    '嗯',
    'asdf',
    'qwerty',
    'lorem ipsum',
    '天气怎么样',
  ])('%s finds nothing and says how to search', async (text) => {
    const { first, reply } = await firstAnswer(text);
    expect(first, reply.slice(0, 300)).toBe('none');
    expect(reply).toContain('可以试试');
  });

  it.each([
    ['事项 -1', '-1'],
    ['事项 -12', '-12'],
    ['-1', '-1'],
    ['事项 1.5', '1.5'],
    ['事项 0', '0'],
    ['第500项', '500'],
  ])('%s names no item and says so', async (text, no) => {
    const { first, reply } = await firstAnswer(text);
    expect(first).toBe('none');
    expect(reply).toContain(`没有第 ${no} 项`);
    expect(reply).toContain('请输入 1–100 之间的编号');
  });

  it('answers an English reader in English when nothing is found', async () => {
    const chat = bot.chat('expect-en', { clientLang: 'en' });
    const reply = await chat.say('hello');
    expect(reply).toMatch(/found nothing|No .* found|nothing/i);
  });
});

describe('Traditional readers', () => {
  it('answer a zh-TW client in Taiwan forms and a zh-HK client in Hong Kong forms', async () => {
    const tw = await bot.chat('expect-tw', { clientLang: 'zh-TW' }).say('事項 29');
    expect(tw).toContain('第 29 項');
    expect(tw).toContain('少女峰景區');
    const hk = await bot.chat('expect-hk', { clientLang: 'zh-HK' }).say('事項 29');
    expect(hk).toContain('第 29 項');
    expect(hk).toContain('少女峯景區');
  });

  it('find what a Traditional reader types, and answer in Traditional', async () => {
    const reply = await bot.chat('expect-tw2', { clientLang: 'zh-TW' }).say('專家委員會');
    expect(reply).toContain('第 92 項');
    expect(reply).toContain('專家諮詢委員會');
  });
});
