import { describe, expect, it } from 'vitest';
import { parseQuery, stripFiller } from '../../src/search/query.ts';

describe('parseQuery', () => {
  it.each([
    ['92', 92],
    ['第92项', 92],
    ['第 92 項', 92],
    ['92项进展怎么样', 92],
    ['事项92', 92],
    ['item 92', 92],
    ['Item #92?', 92],
    ['#92', 92],
    ['No. 92', 92],
    ['no.92 status', 92],
    ['第九十二项', 92],
    ['第一百项', 100],
    ['９２', 92], // full-width digits
    ['what is the status of item 7', 7],
  ])('finds item %s -> %d with no words left', (text, no) => {
    expect(parseQuery(text)).toEqual({ number: no, words: '' });
  });

  it.each([
    ['a3', 'A3'],
    ['A3', 'A3'],
    ['指标A3', 'A3'],
    ['指標 b2 進展', 'B2'],
    ['indicator e1', 'E1'],
    ['E1进展如何', 'E1'],
    ['C', 'C'],
  ])('finds indicator %s -> %s', (text, code) => {
    expect(parseQuery(text)).toEqual({ code, words: '' });
  });

  it('keeps words next to a number or code', () => {
    expect(parseQuery('第92项 专家咨询委员会')).toEqual({ number: 92, words: '专家咨询委员会' });
    expect(parseQuery('a1 人均GDP')).toEqual({ code: 'A1', words: '人均gdp' });
  });

  it('does not take a bare number outside 1..max for an item number', () => {
    expect(parseQuery('2016')).toEqual({ words: '2016' });
    expect(parseQuery('0')).toEqual({ words: '0' });
    expect(parseQuery('150', 100)).toEqual({ words: '150' });
    expect(parseQuery('150', 1000)).toEqual({ number: 150, words: '' });
    // A marked number is an item number even past the end: the caller says it is missing.
    expect(parseQuery('第150项', 100)).toEqual({ number: 150, words: '' });
  });

  it('does not read codes or numbers inside words', () => {
    expect(parseQuery('b2b platform').code).toBeUndefined();
    expect(parseQuery('PM2.5年均浓度').code).toBeUndefined();
    expect(parseQuery('新开通国际航线5条').number).toBeUndefined();
  });

  it('strips filler only at the edges, as whole phrases', () => {
    expect(parseQuery('国际航线进展怎么样？').words).toBe('国际航线');
    expect(parseQuery('请问 人均GDP 目前情况如何').words).toBe('人均gdp');
    expect(parseQuery('What is the status of GDP per capita?').words).toBe('gdp per capita');
    expect(parseQuery('progress on air routes').words).toBe('air routes');
    // 进展 and 情况 inside the words stay; 了 is filler at the end but not in 了解.
    expect(parseQuery('推进情况通报制度').words).toBe('推进情况通报制度');
    expect(parseQuery('了解市民意见').words).toBe('了解市民意见');
    expect(parseQuery('进展').words).toBe('');
    // English filler only as whole words: "status" stays inside "statusquo", "the" in "theme".
    expect(parseQuery('theme park status').words).toBe('theme park');
  });

  it('handles Traditional filler', () => {
    expect(stripFiller('開通國際航線數進展如何？')).toBe('開通國際航線數');
    expect(stripFiller('請問 國際航線 情況')).toBe('國際航線');
  });
});
