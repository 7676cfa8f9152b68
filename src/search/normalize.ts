// Text folding shared by the lookup index and the queries it answers: both sides go
// through the same functions, so a match never depends on how a name was written.
// fold(): NFKC, lower case, Traditional (Taiwan phrases too) -> Simplified, accents and
// everything that is not a letter or a digit removed, then the synonym table.
// The result has no spaces: pinyin and English are compared as one run of letters.
import { toMainlandTerms as toSimplified } from '../i18n/script.ts';
import { pinyin } from 'pinyin-pro';

// tw-with-phrases -> cn also turns Taiwan terms into mainland ones (網際網路 -> 互联网).

/** Spellings that name the same thing, applied after folding (so keys are folded text).
 *  Longest keys are replaced first. Kept small: every entry widens every lookup. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['国内生产毛额', 'gdp'],
  ['国内生产总值', 'gdp'],
  ['网际网路', '互联网'],
  ['每人平均', '人均'],
  ['发改委', '发展改革委'],
  ['经信委', '经济信息化委'],
  ['因特网', '互联网'],
];
const SYNONYMS_LONGEST_FIRST = [...SYNONYMS].sort((a, b) => b[0].length - a[0].length);

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;
const HAN = /\p{Script=Han}/u;

/** Folded text without the synonym table: what pinyin is computed from. */
export function foldPlain(text: string): string {
  const simplified = toSimplified(text.normalize('NFKC').toLowerCase());
  return simplified.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC').replace(NOT_LETTER_OR_DIGIT, '');
}

export function applySynonyms(folded: string): string {
  let out = folded;
  for (const [from, to] of SYNONYMS_LONGEST_FIRST) if (out.includes(from)) out = out.replaceAll(from, to);
  return out;
}

/** The one form every indexed field and every query is compared in. */
export function fold(text: string): string {
  return applySynonyms(foldPlain(text));
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Full pinyin without tones or spaces, and the initials, of folded Chinese text.
 *  Runs that are not Han (e.g. the `gdp` in 人均gdp) are kept whole in both. */
export function pinyinOf(folded: string): { full: string; initials: string } {
  if (!hasHan(folded)) return { full: folded, initials: folded };
  const syllables = pinyin(folded, { toneType: 'none', type: 'all', nonZh: 'consecutive' });
  const full = syllables.map((s) => (s.isZh ? s.pinyin : s.origin)).join('');
  const initials = syllables.map((s) => (s.isZh ? s.first : s.origin)).join('');
  return { full: foldPlain(full), initials: foldPlain(initials) };
}
