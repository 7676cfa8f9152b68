import { describe, expect, it } from 'vitest';
import { fold, foldForms, foldPlain, foldWithStarts, hasHan, isSmallTalk, pinyinOf } from '../../src/search/normalize.ts';
import { vocabulary } from '../../src/search/vocabulary.ts';

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
  it('gives full pinyin without tones or spaces, initials, and where each syllable starts', () => {
    expect(pinyinOf('开通国际航线数')).toEqual({
      full: 'kaitongguojihangxianshu',
      initials: 'ktgjhxs',
      starts: [0, 3, 7, 10, 12, 16, 20],
    });
  });

  it('keeps runs that are not Han whole', () => {
    expect(pinyinOf('人均gdp')).toEqual({ full: 'renjungdp', initials: 'rjgdp', starts: [0, 3, 6] });
    expect(pinyinOf('gdp')).toEqual({ full: 'gdp', initials: 'gdp', starts: [0] });
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

describe('the vocabulary (data/vocabulary.json)', () => {
  it('reads other names as the first of their group, in queries', () => {
    expect(fold('友城')).toBe('友好城市');
    expect(fold('Twin Cities')).toBe('友好城市');
    expect(fold('twin city')).toBe(fold('friendship city'));
  });

  it('keeps a plan text searchable as written, and adds the form with the group’s name', () => {
    const forms = foldForms('add sister cities and friendly cooperation cities');
    expect(forms.map((f) => f.text)).toEqual(['addsistercitiesandfriendlycooperationcities', 'add友好城市andfriendlycooperationcities']);
    // Word starts move with the text: "and" starts right after the replaced words.
    expect(forms[1]!.starts).toEqual([0, 3, 7, 10, 18, 29]);
  });

  it('knows small talk, compared folded and whole', () => {
    expect(isSmallTalk(foldPlain('Hello!'))).toBe(true);
    expect(isSmallTalk(foldPlain('谢谢'))).toBe(true);
    expect(isSmallTalk(foldPlain('hello kitty'))).toBe(false);
  });

  it('is marked as Duban’s own, and every group has a first name and others', () => {
    const v = vocabulary();
    expect(v.provenance).toBe('duban');
    expect(v.about).toMatch(/not from the public record/);
    for (const group of v.same) expect(new Set(group.map(foldPlain)).size).toBe(group.length);
  });
});

describe('foldWithStarts', () => {
  it('marks where words start, and where Latin follows Han', () => {
    expect(foldWithStarts('GDP per capita')).toEqual({ text: 'gdppercapita', starts: [0, 3, 6] });
    expect(foldWithStarts('人均GDP, Hi-tech')).toEqual({ text: '人均gdphitech', starts: [0, 2, 5, 7] });
  });
});
