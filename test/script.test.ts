// Simplified -> Traditional through the compact converter gives exactly what opencc-js gives
// (cn -> tw) on every Chinese text the bot shows: the plan data, people, experts, catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
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
    expect(differing).toEqual([]);
    expect(toHant('开通国际航线数，发展改革委')).toBe('開通國際航線數，發展改革委');
  });

  it('turns Traditional into Simplified for matching', () => {
    expect(toSimplified('國際航線 專家諮詢委員會')).toBe('国际航线 专家咨询委员会');
    expect(toSimplified('plain ascii')).toBe('plain ascii');
  });
});
