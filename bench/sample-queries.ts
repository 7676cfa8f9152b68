// Generates lookup queries from plan data, the way officials type them, for the
// benchmark and for the test that narrowed fuzzy search loses no hit of bare fuse.js:
//  - exact: item numbers (92, 第92项, item 92), indicator codes (A3, 指标A3), full names;
//  - substring: fragments of titles and names in Simplified, Traditional, pinyin,
//    initials and English;
//  - fuzzy: such fragments with one typo (a character dropped, swapped or replaced).
import { toHant } from '../src/i18n/script.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { foldPlain, pinyinOf } from '../src/search/normalize.ts';
import { pick, seededRandom } from './random.ts';

export interface QuerySets {
  exact: string[];
  substring: string[];
  fuzzy: string[];
}

const toTraditional = toHant;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

export function sampleQueries(plan: PlanData, perSet = 300, seed = 7): QuerySets {
  const next = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const zhTexts = [...plan.items.map((i) => i.title), ...plan.indicators.map((i) => i.name), ...plan.departments.map((d) => d.name)];
  const enTexts = [...plan.items.flatMap((i) => (i.titleEn ? [i.titleEn] : [])), ...plan.indicators.map((i) => i.nameEn)];
  const names = [
    ...plan.indicators.map((i) => i.name),
    ...plan.departments.flatMap((d) => [d.name, ...d.aliases]),
    ...plan.items.map((i) => i.title),
  ];
  const hanChars = [...new Set(zhTexts.join('').match(/\p{Script=Han}/gu) ?? [])];

  /** A run of Han characters, length within [min, max], from a random text. */
  const zhFragment = (min: number, max: number): string => {
    for (;;) {
      const runs = (pick(next, zhTexts).match(HAN_RUN) ?? []).filter((r) => r.length >= min);
      if (runs.length === 0) continue;
      const run = pick(next, runs);
      const len = int(min, Math.min(max, run.length));
      const at = int(0, run.length - len);
      return run.slice(at, at + len);
    }
  };
  const enFragment = (minWords: number, maxWords: number): string => {
    const words = pick(next, enTexts)
      .split(/[\s,;:()]+/)
      .filter((w) => w.length > 0);
    const len = Math.min(words.length, int(minWords, maxWords));
    const at = int(0, words.length - len);
    return words.slice(at, at + len).join(' ');
  };
  const sets: QuerySets = { exact: [], substring: [], fuzzy: [] };

  const exactMakers: Array<() => string> = [
    () => String(pick(next, plan.items).no),
    () => `第${pick(next, plan.items).no}项`,
    () => `item ${pick(next, plan.items).no}`,
    () => `${pick(next, plan.items).no}项进展怎么样`,
    () => pick(next, plan.indicators).code,
    () => `指标${pick(next, plan.indicators).code}`,
    () => pick(next, names),
    () => toTraditional(pick(next, names)),
  ];
  const substringMakers: Array<() => string> = [
    () => zhFragment(2, 6),
    () => toTraditional(zhFragment(3, 6)),
    () => pinyinOf(foldPlain(zhFragment(2, 4))).full,
    () => pinyinOf(foldPlain(zhFragment(3, 5))).initials,
    () => enFragment(1, 3),
  ];
  const fuzzyMakers: Array<() => string> = [
    () => typoZh(zhFragment(6, 12), next, hanChars),
    () => typoLatin(pinyinOf(foldPlain(zhFragment(3, 5))).full, next),
    () => typoEn(enFragment(2, 4), next),
  ];
  for (let i = 0; i < perSet; i += 1) {
    sets.exact.push(exactMakers[i % exactMakers.length]!());
    sets.substring.push(substringMakers[i % substringMakers.length]!());
    sets.fuzzy.push(fuzzyMakers[i % fuzzyMakers.length]!());
  }
  return sets;
}

type Typo = 'drop' | 'swap' | 'replace';

function typo(text: string, next: () => number, replacement: () => string): string {
  const chars = [...text];
  const kind: Typo = pick(next, ['drop', 'swap', 'replace'] as const);
  const at = Math.floor(next() * (chars.length - 1)); // leaves room for a swap
  if (kind === 'drop') chars.splice(at, 1);
  else if (kind === 'swap') [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else chars[at] = replacement();
  return chars.join('');
}

export function typoZh(text: string, next: () => number, hanChars: readonly string[]): string {
  return typo(text, next, () => pick(next, hanChars));
}

export function typoLatin(text: string, next: () => number): string {
  return typo(text, next, () => pick(next, [...'abcdefghijklmnopqrstuvwxyz']));
}

/** A typo in one word of five letters or more (or anywhere, if there is none). */
export function typoEn(text: string, next: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (long.length === 0) return typoLatin(text, next);
  const [word, i] = pick(next, long);
  words[i] = typoLatin(word, next);
  return words.join(' ');
}
