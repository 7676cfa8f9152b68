// Charts are tested by what they draw: a PNG of the expected size whose pixels are not blank,
// CJK and Latin labels that come out as glyphs (not as the empty boxes of a missing font),
// an SVG whose labels are the expected text in Simplified, Traditional and English, and a
// chart asked for again that comes from the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewChartFor } from '../../src/charts/answers.ts';
import type { Chart } from '../../src/charts/model.ts';
import { toOption } from '../../src/charts/option.ts';
import { colorOf } from '../../src/charts/palette.ts';
import { renderPng, stopPngWorker } from '../../src/charts/png.ts';
import { renderSvg } from '../../src/charts/svg.ts';
import { Context } from '../../src/core/context.ts';
import type { Lang } from '../../src/core/types.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { addChartData, decodePng, differing, inked, type Pixels } from './setup.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await makeBot();
  await addChartData(bot.store);
});
afterAll(() => stopPngWorker());

function contextIn(lang: Lang): Context {
  const msg = { platform: 'test' as const, chatId: 'c', chatType: 'direct' as const, accountId: 'secretariat' };
  return new Context(
    bot.core.services,
    msg,
    bot.store.data.people.find((p) => p.id === 'secretariat'),
    lang,
  );
}

/** A chart that is only its title: where the title is drawn, nothing else is. */
function titleOnly(title: string): Chart {
  return { id: 'label', title, alt: title, width: 800, height: 120, panels: [] };
}
async function draw(chart: Chart): Promise<Pixels> {
  return decodePng(await renderPng(toOption(chart), chart.width, chart.height));
}
const TITLE_AREA = [0, 0, 800, 100] as const;

describe('PNG', () => {
  it('draws the overview as a 1600×1000 PNG with bars in the health colours', async () => {
    const [reply] = await bot.chat('secretariat').send({ text: '总览' });
    const pixels = decodePng(await reply!.image!.render());
    expect([pixels.width, pixels.height]).toEqual([1600, 1000]);
    expect(inked(pixels)).toBeGreaterThan(1600 * 1000 * 0.05);
    const near = (hex: string) => {
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let y = 0; y < pixels.height; y += 2)
        for (let x = 0; x < pixels.width; x += 2) if (pixels.at(x, y).every((c, i) => Math.abs(c - want[i]!) < 12)) n++;
      return n;
    };
    // The store has items without reports, on track and done: each health has its bars.
    for (const health of ['no-report', 'on-track', 'done']) expect(near(colorOf(health)), health).toBeGreaterThan(200);
  });

  it.each([
    ['zh-Hans', '国际航线开通数'],
    ['zh-Hant', '國際航線開通數'],
    ['en', 'International air routes'],
  ])('draws %s labels as glyphs, not as the boxes of a missing font', async (_lang, label) => {
    const written = await draw(titleOnly(label));
    const empty = await draw(titleOnly(''));
    // Characters of the Private Use Area are in no font: they come out as .notdef boxes.
    const boxes = await draw(titleOnly('\uE000'.repeat([...label].length)));
    expect(inked(empty, ...TITLE_AREA)).toBe(0);
    expect(inked(written, ...TITLE_AREA)).toBeGreaterThan(300);
    expect(differing(written, boxes, ...TITLE_AREA)).toBeGreaterThan(300);
  });

  it('draws a Traditional character differently from its Simplified form', async () => {
    expect(differing(await draw(titleOnly('國際')), await draw(titleOnly('国际')), ...TITLE_AREA)).toBeGreaterThan(50);
  });

  it('draws a chart the same whatever was drawn before it (nothing of one chart stays on the next)', async () => {
    const first = titleOnly('先画 first');
    const other: Chart = { ...titleOnly('另一张 other'), sample: '示例数据 / sample' };
    const fresh = await renderPng(toOption(first), first.width, first.height, 'fresh');
    await renderPng(toOption(other), other.width, other.height, 'other');
    const again = await renderPng(toOption(first), first.width, first.height, 'again');
    expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true);
  });

  it('gives a chart asked for again from the cache, the same bytes without drawing', async () => {
    const chart = titleOnly('缓存 cache');
    const first = await renderPng(toOption(chart), chart.width, chart.height);
    const again = await renderPng(toOption(titleOnly('缓存 cache')), chart.width, chart.height);
    expect(again).toBe(first);
    const other = await renderPng(toOption(titleOnly('缓存 cache 2')), chart.width, chart.height);
    expect(other).not.toBe(first);
  });
});

describe('SVG', () => {
  /** The text of every <text> element, entities decoded. */
  const labels = (svg: string) =>
    [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );

  it.each([
    ['zh-Hans', ['各部分', '各牵头单位', '已完成', '进展正常', '未汇报', '市商务局', '每周已完成和进展正常的事项占比'], '市商務局'],
    ['zh-Hant', ['各部分', '各牽頭單位', '已完成', '進展正常', '未彙報', '市商務局', '每週已完成和進展正常的事項佔比'], '市商务局'],
    [
      'en',
      ['By part', 'By lead unit', 'Done', 'On track', 'No report', 'Qingdao Commerce Bureau', 'Share of items done and on track, by week'],
      '市商务局',
    ],
  ] as const)('labels the overview in %s', async (lang, expected, absent) => {
    const chart = overviewChartFor(contextIn(lang), { allDepts: false, page: 1 })!;
    const svg = await renderSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    // Well-formed tags: every attribute value is quoted and closed (a page can inline it).
    for (const tag of svg.match(/<[a-z][^>]*>/g)!) expect(tag).toMatch(/^<[a-zA-Z]+(\s+[\w:-]+="[^"]*")*\s*\/?>$/);
    const text = labels(svg);
    for (const label of expected)
      expect(
        text.some((t) => t.includes(label)),
        label,
      ).toBe(true);
    expect(text.some((t) => t.includes(absent))).toBe(false);
    expect(text).toContain(bot.core.services.i18n.t(lang, 'sample-tag'));
  });
});
