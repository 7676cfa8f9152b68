// Text folding shared by the lookup index and the queries it answers: both sides go
// through the same functions, so a match never depends on how a name was written.
// foldPlain(): NFKC, lower case, Traditional (Taiwan phrases too) -> Simplified, accents and
// everything that is not a letter or a digit removed. fold(): then the vocabulary's other
// names read as the first of their group (友城 -> 友好城市, twin city -> 友好城市).
// The result has no spaces: pinyin and English are compared as one run of letters; where
// words (and pinyin syllables) start is kept beside the text, for Latin queries.
import { toMainlandTerms as toSimplified } from '../i18n/script.ts';
import { syllablesOf } from './pinyin.ts';
import { vocabulary } from './vocabulary.ts';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
const COMBINING_MARK = /\p{M}+/gu;
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /(\p{Script=Han}+)/u;
/** Words of ASCII and common Han characters have no accents to strip: no NFD round trip. */
const MAY_HAVE_ACCENTS = /[^\u0020-\u007f\u3400-\u9fff]/u;

/** A folded text and the positions where its words start (ascending, 0 included unless empty). */
export interface Folded {
  text: string;
  starts: number[];
}

/** Folded text without the vocabulary, with its word starts: a word starts after a space or
 *  punctuation in the original, and where Latin letters or digits follow Han characters. */
export function foldWithStarts(text: string): Folded {
  const simplified = toSimplified(text.normalize('NFKC').toLowerCase());
  let out = '';
  const starts: number[] = [];
  for (const word of simplified.split(NOT_LETTER_OR_DIGIT)) {
    const plain = MAY_HAVE_ACCENTS.test(word) ? word.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC') : word;
    for (let i = 0; i < plain.length; i += 1) {
      if (i === 0 || (isHanAt(plain, i - 1) && !isHanAt(plain, i))) starts.push(out.length + i);
    }
    out += plain;
  }
  return { text: out, starts };
}

function isHanAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // BMP ideographs, and both halves of a surrogate pair (the rare ideographs beyond the BMP).
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

/** Folded text without the vocabulary: what pinyin is computed from. */
export function foldPlain(text: string): string {
  return foldWithStarts(text).text;
}

interface Synonyms {
  /** [folded spelling, folded first spelling of its group], longest spelling first. */
  pairs: Array<readonly [string, string]>;
  smallTalk: Set<string>;
}
let synonyms: Synonyms | undefined;

function table(): Synonyms {
  if (!synonyms) {
    const v = vocabulary();
    const pairs = v.same.flatMap((group) => {
      const [first, ...others] = group.map(foldPlain);
      return others.filter((o) => o && o !== first).map((o) => [o, first!] as const);
    });
    pairs.sort((a, b) => b[0].length - a[0].length);
    synonyms = { pairs, smallTalk: new Set(v.smallTalk.map(foldPlain)) };
  }
  return synonyms;
}

/** Reads other names as the first of their group; word starts move with the text. */
export function applySynonyms(folded: Folded): Folded;
export function applySynonyms(folded: string): string;
export function applySynonyms(folded: Folded | string): Folded | string {
  let { text, starts } = typeof folded === 'string' ? { text: folded, starts: undefined } : folded;
  for (const [from, to] of table().pairs) {
    let at = text.indexOf(from);
    while (at >= 0) {
      text = text.slice(0, at) + to + text.slice(at + from.length);
      if (starts) {
        const shift = to.length - from.length;
        const end = at + from.length;
        starts = [...starts.filter((s) => s < at), at, ...starts.filter((s) => s >= end).map((s) => s + shift)];
        if (at + to.length < text.length && !starts.includes(at + to.length)) starts.push(at + to.length);
        starts.sort((a, b) => a - b);
      }
      at = text.indexOf(from, at + to.length);
    }
  }
  return starts ? { text, starts: [...new Set(starts)] } : text;
}

/** The one form every query is compared in. */
export function fold(text: string): string {
  return applySynonyms(foldPlain(text));
}

/** The forms a text of the plan is searchable in: as written, and with the vocabulary's
 *  names if that differs (so `sister` still finds "sister cities" once they read 友好城市). */
export function foldForms(text: string): Folded[] {
  const plain = foldWithStarts(text);
  const named = applySynonyms(plain);
  return named.text === plain.text ? [plain] : [plain, named];
}

/** Small talk (你好, thanks) is no lookup: compared folded, whole. */
export function isSmallTalk(folded: string): boolean {
  return table().smallTalk.has(folded);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** pinyinOf for a text as written: each clause (between punctuation) on its own, so the
 *  plan's many titles that share a clause (对标新加坡…) convert it once. */
export function pinyinOfText(text: string): { full: string; initials: string; starts: number[] } {
  const out = { full: '', initials: '', starts: [] as number[] };
  for (const clause of text.split(NOT_LETTER_OR_DIGIT)) {
    const p = pinyinOf(foldPlain(clause));
    out.starts.push(...p.starts.map((s) => s + out.full.length));
    out.full += p.full;
    out.initials += p.initials;
  }
  return out;
}

/** Full pinyin without tones or spaces, the initials, and where each syllable starts, of
 *  folded Chinese text. Runs that are not Han (the `gdp` in 人均gdp) are kept whole in both. */
export function pinyinOf(folded: string): { full: string; initials: string; starts: number[] } {
  let full = '';
  let initials = '';
  const starts: number[] = [];
  for (const [i, part] of folded.split(HAN_RUNS).entries()) {
    if (!part) continue;
    if (i % 2 === 0) {
      starts.push(full.length);
      full += part;
      initials += part;
      continue;
    }
    for (const syllable of syllablesOf(part)) {
      // ü -> u, as foldPlain does (pinyin-pro writes lü); a syllable pinyin-pro leaves as
      // a character has no Latin form and adds nothing.
      const plain = syllable.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
      if (!plain || hasHan(plain)) continue;
      starts.push(full.length);
      full += plain;
      initials += plain[0];
    }
  }
  return { full, initials, starts };
}
