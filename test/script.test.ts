// Simplified -> Traditional through the compact converter gives exactly what opencc-js gives
// (cn -> tw) on every Chinese text the bot shows: the plan data, people, experts, catalogs;
// except where Duban corrects OpenCC (hant-fixes.ts: 並為, not 併為), and only there.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { HANT_FIXES } from '../src/i18n/hant-fixes.ts';
import { toHant, toSimplified } from '../src/i18n/script.ts';

const opencc = createRequire(import.meta.url)('opencc-js/cn2t') as { Converter(o: object): (t: string) => string };

describe('script conversion', () => {
  it('matches opencc-js cn -> tw on all of the bot’s own texts', () => {
    const reference = opencc.Converter({ from: 'cn', to: 'tw' });
    const texts: string[] = [];
    for (const f of ['items', 'indicators', 'departments', 'experts', 'people', 'parts']) {
      JSON.parse(
        readFileSync(`data/${f}.json`, 'utf8'),
        (_k, v) => (typeof v === 'string' && /[\u4e00-\u9fff]/.test(v) && texts.push(v), v),
      );
    }
    for (const f of readdirSync('src/i18n/locales/zh-Hans'))
      texts.push(...readFileSync(`src/i18n/locales/zh-Hans/${f}`, 'utf8').split('\n'));
    expect(texts.length).toBeGreaterThan(1500);
    const differing = texts.filter((t) => toHant(t) !== reference(t));
    const fixed = HANT_FIXES.split('|').map((entry) => entry.split(' ')[0]!);
    expect(differing.filter((t) => !fixed.some((key) => t.includes(key)))).toEqual([]);
    expect(toHant('开展青岛国际城市GNP（GNI）测算研究并发布测算结果')).toBe('開展青島國際城市GNP（GNI）測算研究並發布測算結果');
    expect(toHant('提出咨询意见，并为成员单位开展培训')).toBe('提出諮詢意見，並為成員單位開展培訓');
    expect(toHant('两个部门合并为一个')).toBe(reference('两个部门合并为一个')); // 合併為: the phrase still wins
    expect(toHant('开通国际航线数，发展改革委')).toBe('開通國際航線數，發展改革委');
  });

  it('turns Traditional into Simplified for matching', () => {
    expect(toSimplified('國際航線 專家諮詢委員會')).toBe('国际航线 专家咨询委员会');
    expect(toSimplified('plain ascii')).toBe('plain ascii');
  });
});
