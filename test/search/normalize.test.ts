import { describe, expect, it } from 'vitest';
import { fold, foldPlain, hasHan, pinyinOf } from '../../src/search/normalize.ts';

describe('fold', () => {
  it('turns Traditional into Simplified, Taiwan terms included', () => {
    expect(fold('開通國際航線數')).toBe('开通国际航线数');
    expect(fold('網際網路國際呈現量')).toBe('互联网国际呈现量');
    expect(fold('資訊')).toBe('信息');
  });

  it('applies NFKC and lower case, and drops punctuation and spaces', () => {
    expect(fold('ＧＤＰ per capita！')).toBe('gdppercapita');
    expect(fold('“国际化+” 行动计划（2016）')).toBe('国际化行动计划2016');
    expect(fold('Zürich')).toBe('zurich');
  });

  it('maps synonyms onto one spelling, on both sides of a lookup', () => {
    expect(fold('每人平均GDP')).toBe(fold('人均GDP'));
    expect(fold('市發改委')).toBe(fold('市发展改革委'));
    expect(fold('国内生产总值')).toBe('gdp');
    // without the table, the pinyin source keeps what was written
    expect(foldPlain('市發改委')).toBe('市发改委');
  });
});

describe('pinyinOf', () => {
  it('gives full pinyin without tones or spaces, and initials', () => {
    expect(pinyinOf('开通国际航线数')).toEqual({ full: 'kaitongguojihangxianshu', initials: 'ktgjhxs' });
  });

  it('keeps runs that are not Han whole', () => {
    expect(pinyinOf('人均gdp')).toEqual({ full: 'renjungdp', initials: 'rjgdp' });
    expect(pinyinOf('gdp')).toEqual({ full: 'gdp', initials: 'gdp' });
  });

  it('reads polyphones by the word (银行 is yinhang)', () => {
    expect(pinyinOf('外资银行').full).toBe('waiziyinhang');
  });

  it('writes ü as u', () => {
    expect(pinyinOf('绿化').full).toBe('luhua');
  });
});

it('hasHan tells Chinese from Latin', () => {
  expect(hasHan('NDRC')).toBe(false);
  expect(hasHan('市发改委')).toBe(true);
});
