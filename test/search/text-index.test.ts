// The exact machinery under fuzzy search: the bit-parallel matchers against a plain
// dynamic-programming reference, and TextIndex.approx against scanning every text.
import { describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { buildDocs } from '../../src/search/documents.ts';
import { editsMatcher, swapsMatcher } from '../../src/search/myers.ts';
import { cheapestPieces } from '../../src/search/pieces.ts';
import { seededRandom } from '../../bench/random.ts';
import { typoLatin } from '../../bench/sample-queries.ts';
import { Slots } from '../../src/search/slots.ts';
import { TextIndex } from '../../src/search/text-index.ts';
import { SearchWork } from '../../src/search/work.ts';

/** Fewest edits from pattern to a substring of text; swaps of neighbours optional. */
function reference(pattern: string, text: string, swaps: boolean): number {
  const m = pattern.length;
  const n = text.length;
  const d = Array.from({ length: m + 1 }, (_, i) => new Array<number>(n + 1).fill(i));
  for (let i = 1; i <= m; i += 1) {
    for (let j = 1; j <= n; j += 1) {
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return Math.min(...d[m]!);
}

function randomString(next: () => number, alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 1) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('bit-parallel matchers', () => {
  it('agree with the reference on random strings, Latin and Han, up to 32 units', () => {
    const next = seededRandom(11);
    for (let n = 0; n < 3000; n += 1) {
      const alphabet = n % 2 ? 'abc' : 'ab国际航线';
      const pattern = randomString(next, alphabet, 1 + Math.floor(next() * 32));
      const text = randomString(next, alphabet, Math.floor(next() * 45));
      expect(editsMatcher(pattern)(text)).toBe(reference(pattern, text, false));
      expect(swapsMatcher(pattern)(text)).toBe(reference(pattern, text, true));
    }
  });

  it('count a swap as one edit only in swapsMatcher', () => {
    expect(editsMatcher('hangxain')('kaitongguojihangxianshu')).toBe(2);
    expect(swapsMatcher('hangxain')('kaitongguojihangxianshu')).toBe(1);
    expect(swapsMatcher('hangxain')('shanghai')).toBe(2);
  });

  it('search within a window only', () => {
    expect(editsMatcher('abc')('xxabcxx', 0, 4)).toBe(1);
    expect(editsMatcher('abc')('xxabcxx', 2, 5)).toBe(0);
  });
});

describe('cheapestPieces', () => {
  it('cuts the pattern into non-empty pieces with the least total cost (brute force check)', () => {
    const next = seededRandom(5);
    for (let n = 0; n < 50; n += 1) {
      const pattern = randomString(next, 'abcdef', 4 + Math.floor(next() * 9));
      const count = 1 + Math.floor(next() * Math.min(4, pattern.length));
      const table = new Map<string, number>();
      const cost = (a: number, b: number) => {
        const key = `${a}:${b}`;
        if (!table.has(key)) table.set(key, Math.floor(next() * 100));
        return table.get(key)!;
      };
      const pieces = cheapestPieces(pattern, count, cost);
      expect(pieces).toHaveLength(count);
      expect(pieces.map((p) => p.text).join('')).toBe(pattern);
      pieces.forEach((p, i) => {
        expect(p.text.length).toBeGreaterThan(0);
        expect(p.offset).toBe(pieces.slice(0, i).reduce((sum, q) => sum + q.text.length, 0));
      });
      const total = pieces.reduce((sum, p) => sum + cost(p.offset, p.offset + p.text.length), 0);
      expect(total).toBe(bruteForce(pattern.length, count, 0, cost));
    }
  });
});

function bruteForce(m: number, count: number, start: number, cost: (a: number, b: number) => number): number {
  if (count === 1) return cost(start, m);
  let best = Infinity;
  for (let end = start + 1; end <= m - (count - 1); end += 1) best = Math.min(best, cost(start, end) + bruteForce(m, count - 1, end, cost));
  return best;
}

describe('TextIndex', () => {
  const plan = loadPlanData();
  const slots = new Slots(buildDocs(plan));
  const index = slots.index;

  it('finds the texts containing a pattern', () => {
    const texts = index.containing('航线');
    expect(texts.length).toBeGreaterThan(0);
    const expected = slots.texts.flatMap((t, i) => (t.includes('航线') ? [i] : []));
    expect(texts).toEqual(expected);
    expect(index.containing('国际航线网络开通')).toEqual(slots.texts.flatMap((t, i) => (t.includes('国际航线网络开通') ? [i] : [])));
  });

  it('approx finds exactly the texts a full scan finds, with the same edits', () => {
    const next = seededRandom(3);
    const latin = slots.texts.filter((t) => /^[a-z0-9]{6,}$/.test(t));
    const han = slots.texts.filter((t) => /^\p{Script=Han}{6,}$/u.test(t));
    for (let n = 0; n < 120; n += 1) {
      const source = (n % 2 ? latin : han)[Math.floor(next() * (n % 2 ? latin : han).length)]!;
      const len = Math.min(source.length, 4 + Math.floor(next() * 12));
      const at = Math.floor(next() * (source.length - len + 1));
      const pattern = typoLatin(source.slice(at, at + len), next); // for Han, a Latin letter slips in
      const k = Math.floor(next() * 4);
      const got = index.approx(pattern, k);
      const scan = editsMatcher(pattern);
      const want = new Map<number, number>();
      slots.texts.forEach((t, i) => {
        const d = scan(t);
        if (d <= k) want.set(i, d);
      });
      expect(new Map([...got].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...want].sort((a, b) => a[0] - b[0])));
    }
  });

  it('approx honours accept', () => {
    const all = index.approx('hangxian', 1);
    const some = index.approx('hangxian', 1, (t) => t % 2 === 0);
    expect([...some.keys()].every((t) => t % 2 === 0)).toBe(true);
    expect(some.size).toBe([...all.keys()].filter((t) => t % 2 === 0).length);
  });

  it('approx honours near: a match only where it may start, give or take the errors', () => {
    const small = new TextIndex(['guojiguojihangxian', 'hangxianshu']);
    const onlyAtZero = (_t: number, at: number) => at === 0;
    expect(small.approx('hangxain', 2)).toEqual(
      new Map([
        [0, 2],
        [1, 2],
      ]),
    );
    expect(small.approx('hangxain', 2, undefined, undefined, onlyAtZero)).toEqual(new Map([[1, 2]]));
    expect(small.approx('hangxian', 0, undefined, undefined, onlyAtZero)).toEqual(new Map([[1, 0]]));
  });

  it('counts the postings it reads and the windows it checks', () => {
    const work = new SearchWork();
    index.approx('hangxain', 2, undefined, work);
    expect(work.postings).toBeGreaterThan(0);
    expect(work.windows).toBeGreaterThan(0);
  });

  it('rejects patterns longer than one machine word', () => {
    expect(() => new TextIndex(['abc']).approx('x'.repeat(33), 1)).toThrow(/outside/);
  });
});
