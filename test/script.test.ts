// Script conversion through the compact converter gives exactly what opencc-js gives on
// every Chinese text the bot shows (the plan data, people, experts, catalogs): Simplified ->
// Traditional (Taiwan, and Hong Kong forms), and back for matching what people type. The
// conversion of a reply runs by runs, remembered: static texts once, typed ones up to a bound.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  hantRunsKept,
  hantVariant,
  MAX_TYPED_RUNS,
  rememberStaticTexts,
  toHant,
  toMainlandTerms,
  toSimplified,
} from '../src/i18n/script.ts';

const require = createRequire(import.meta.url);
const cn2t = require('opencc-js/cn2t') as { Converter(o: object): (t: string) => string };
const t2cn = require('opencc-js/t2cn') as { Converter(o: object): (t: string) => string };

function botTexts(): string[] {
  const texts: string[] = [];
  for (const f of ['items', 'indicators', 'departments', 'experts', 'people', 'parts']) {
    JSON.parse(readFileSync(`data/${f}.json`, 'utf8'), (_k, v) => (typeof v === 'string' && /[\u4e00-\u9fff]/.test(v) && texts.push(v), v));
  }
  for (const f of readdirSync('src/i18n/locales/zh-Hans')) texts.push(...readFileSync(`src/i18n/locales/zh-Hans/${f}`, 'utf8').split('\n'));
  return texts;
}

describe('script conversion', () => {
  const texts = botTexts();

  it('matches opencc-js cn -> tw on all of the bot’s own texts', () => {
    const reference = cn2t.Converter({ from: 'cn', to: 'tw' });
    expect(texts.length).toBeGreaterThan(1500);
    expect(texts.filter((t) => toHant(t) !== reference(t))).toEqual([]);
    expect(toHant('开通国际航线数，发展改革委')).toBe('開通國際航線數，發展改革委');
  });

  it('matches opencc-js cn -> hk for a Hong Kong reader', () => {
    const reference = cn2t.Converter({ from: 'cn', to: 'hk' });
    expect(texts.filter((t) => toHant(t, 'hk') !== reference(t))).toEqual([]);
    expect(toHant('里面着重', 'hk')).toBe('裏面着重');
    expect(toHant('里面着重', 'tw')).toBe('裡面著重');
  });

  it('gives a Hong Kong reader Hong Kong forms even in text already in Taiwan forms (the catalogs)', () => {
    expect(toHant(toHant('里面着重'), 'hk')).toBe('裏面着重');
  });

  it('tells a Hong Kong or Macau client from other Traditional readers', () => {
    expect(hantVariant('zh-HK')).toBe('hk');
    expect(hantVariant('zh_mo')).toBe('hk');
    expect(hantVariant('zh-TW')).toBe('tw');
    expect(hantVariant(undefined)).toBe('tw');
  });

  it('turns Traditional into Simplified for matching, as opencc-js does', () => {
    const tw = cn2t.Converter({ from: 'cn', to: 'tw' });
    const plain = t2cn.Converter({ from: 'tw', to: 'cn' });
    const phrases = t2cn.Converter({ from: 'twp', to: 'cn' });
    const traditional = texts.map(tw);
    expect(traditional.filter((t) => toSimplified(t) !== plain(t))).toEqual([]);
    expect(traditional.filter((t) => toMainlandTerms(t) !== phrases(t))).toEqual([]);
    expect(toSimplified('國際航線 專家諮詢委員會')).toBe('国际航线 专家咨询委员会');
    expect(toMainlandTerms('網際網路')).toBe('互联网');
    expect(toSimplified('plain ascii')).toBe('plain ascii');
  });

  it('converts static texts once and keeps them; keeps at most MAX_TYPED_RUNS typed runs', () => {
    rememberStaticTexts(['督办测试静态文本，第二段']);
    const fixed = hantRunsKept().fixed;
    expect(fixed).toBeGreaterThan(0);
    expect(toHant('督办测试静态文本，第二段')).toBe('督辦測試靜態文本，第二段');
    expect(hantRunsKept().fixed).toBe(fixed);
    let most = 0;
    for (let i = 0; i < MAX_TYPED_RUNS + 10; i += 1) {
      toHant([...i.toString(7).padStart(6, '0')].map((d) => '汉国际航线发展'[Number(d)]).join('')); // distinct runs
      most = Math.max(most, hantRunsKept().seen);
    }
    expect(most).toBe(MAX_TYPED_RUNS);
    expect(hantRunsKept().seen).toBeLessThanOrEqual(MAX_TYPED_RUNS);
    expect(toHant('汉字 123 汉字')).toBe('漢字 123 漢字');
  });
});
