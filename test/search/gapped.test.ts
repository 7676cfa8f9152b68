import { describe, expect, it } from 'vitest';
import { inPieces } from '../../src/search/gapped.ts';

describe('inPieces', () => {
  it('finds a query held in order, in pieces with gaps', () => {
    expect(inPieces('专家委员会', '组建国际城市战略专家咨询委员会', { min: 2 })).toEqual({ pieces: 2, gap: 2, at: 8 });
  });

  it('never matches scattered single characters, nor too many pieces', () => {
    expect(inPieces('国航线', '开通国际航线数', { min: 2 })).toBeUndefined();
    expect(inPieces('国际城市专家会议', '国际化的城市建设专家年度会议', { min: 2 })).toBeUndefined(); // 4 pieces
  });

  it('is no match when the query is a plain substring (one piece)', () => {
    expect(inPieces('咨询委员会', '专家咨询委员会', { min: 2 })).toBeUndefined();
  });

  it('cuts Latin text at word starts only, and pinyin into two syllables at least', () => {
    const words = 'expertadvisorycommittee';
    const starts = new Set([0, 6, 14]);
    const isStart = (p: number) => p >= words.length || starts.has(p);
    expect(inPieces('expertcommittee', words, { min: 3, isStart })).toEqual({ pieces: 2, gap: 8, at: 0 });
    expect(inPieces('pertcommittee', words, { min: 3, isStart })).toBeUndefined();
    const pinyin = 'yinhangxianlu';
    const syllables = new Set([0, 3, 7, 11]);
    const onSyllable = (p: number) => p >= pinyin.length || syllables.has(p);
    expect(inPieces('yinxianlu', pinyin, { min: 3, isStart: onSyllable, minWords: 2 })).toBeUndefined();
    expect(inPieces('yinxianlu', pinyin, { min: 3, isStart: onSyllable, minWords: 1 })).toEqual({ pieces: 2, gap: 4, at: 0 });
  });
});
