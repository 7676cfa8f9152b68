// Fuzzy matching with fuse.js, tuned for Chinese, and narrowed so it stays fast.
// Tuning: fuse's defaults (threshold 0.6, location 0, distance 100) let a query that
// shares one character with a title match it. Here: ignoreLocation, and a threshold of
// 0.25 but at most 3 errors (thresholdFor): a 4-character query may miss 1 character,
// an 8-letter pinyin 2 (a swap, hangxain), a long English phrase 3.
// Narrowing: with ignoreLocation fuse's score of a text is (fewest edits to a substring)
// / length, a text matches iff that is within the threshold, and a document matches iff
// one of its texts does. TextIndex.approx finds exactly those texts (and their edits)
// from the index; fuse.js then scores only them, so the hits are bare fuse's hits.
// Ranking: fuse scores each text on its own (its object search multiplies the scores of
// all matching keys, ranking a department whose name and alias both half-match above an
// indicator with one clean typo); a document ranks by its best text; equal scores are
// ordered by edits counting a swap as one, then by shared bigrams.
import Fuse, { type FuseIndex, type FuseIndexStringRecord, type FuseResult, type IFuseOptions } from 'fuse.js';
import { FUZZY_CLASSES, type SearchDoc } from './documents.ts';
import { MYERS_MAX, swapsMatcher, type Matcher } from './myers.ts';
import type { Slots } from './slots.ts';
import type { SearchWork } from './work.ts';

export type FuzzyClass = (typeof FUZZY_CLASSES)[number];
export type FuseDoc = Record<FuzzyClass, string[]>;

const THRESHOLD = 0.25;
const MAX_ERRORS = 3;

/** Options shared by the narrowed search and the bare baseline, for a pattern length. */
export function fuseOptionsFor(patternLength: number) {
  return {
    threshold: thresholdFor(patternLength),
    ignoreLocation: true,
    includeScore: true,
    // Every text is already folded to lower case: skip fuse's per-text toLowerCase.
    isCaseSensitive: true,
    // Folded texts have no spaces, so the field-length norm would be 1 everywhere anyway.
    ignoreFieldNorm: true,
  } as const satisfies IFuseOptions<unknown>;
}

export function thresholdFor(patternLength: number): number {
  return Math.min(THRESHOLD, MAX_ERRORS / Math.max(1, patternLength));
}

/** The most errors fuse's bitap accepts in a pattern (chunk) of length m: it stops at
 *  the first error count i with i/m above the threshold. */
export function maxErrors(m: number, threshold: number): number {
  let k = 0;
  while (k + 1 < m && (k + 1) / m <= threshold) k += 1;
  return k;
}

/** The pieces fuse.js searches a long pattern in (same split as its BitapSearch); a
 *  match in any piece counts. */
export function fuseChunks(pattern: string): string[] {
  if (pattern.length <= MYERS_MAX) return [pattern];
  const chunks: string[] = [];
  const end = pattern.length - (pattern.length % MYERS_MAX);
  for (let i = 0; i < end; i += MYERS_MAX) chunks.push(pattern.slice(i, i + MYERS_MAX));
  if (pattern.length % MYERS_MAX) chunks.push(pattern.slice(pattern.length - MYERS_MAX));
  return chunks;
}

/** Builds one fuse.js instance per threshold over a fixed collection and index. */
function fuseByThreshold<T>(docs: readonly T[], index: FuseIndex<T>, keys?: string[]): (m: number) => Fuse<T> {
  const made = new Map<number, Fuse<T>>();
  return (m) => {
    const options = { ...fuseOptionsFor(m), ...(keys ? { keys } : {}) };
    let fuse = made.get(options.threshold);
    if (!fuse) made.set(options.threshold, (fuse = new Fuse(docs, options, index)));
    return fuse;
  };
}

/** Bare fuse.js over every document and key (zh, py, en): the reference the narrowed
 *  search must agree with, and the benchmark's baseline. */
export class BareFuse {
  private readonly fuseFor: (m: number) => Fuse<FuseDoc>;

  constructor(docs: readonly SearchDoc[]) {
    const fuseDocs = docs.map((d): FuseDoc => ({ zh: d.fields.zh, py: d.fields.py, en: d.fields.en }));
    const keys = [...FUZZY_CLASSES];
    this.fuseFor = fuseByThreshold(fuseDocs, Fuse.createIndex(keys, fuseDocs), keys);
  }

  /** refIndex of each result is the document's index. */
  search(pattern: string): FuseResult<FuseDoc>[] {
    return pattern.length === 0 ? [] : this.fuseFor(pattern.length).search(pattern);
  }
}

export interface FuzzyHit {
  doc: number; // index into the docs array
  score: number; // fuse's score of the doc's best text: 0 perfect .. the threshold
  rank: number; // for ordering, 0 best .. 1: fuse's score, then the tie-breaks
}

export class NarrowedFuse {
  /** Fuse's own list: the texts fuse scores (Slots.fuzzy), by local number. */
  private readonly local: Int32Array;
  private readonly global: number[] = []; // local number -> text
  private readonly records: FuseIndexStringRecord[];
  private readonly fuseTexts: string[];
  private readonly fuseFor: (m: number) => Fuse<string>;

  constructor(private readonly slots: Slots) {
    this.local = new Int32Array(slots.texts.length).fill(-1);
    this.fuseTexts = [];
    slots.texts.forEach((text, t) => {
      if (!slots.fuzzy[t]) return;
      this.local[t] = this.fuseTexts.length;
      this.global.push(t);
      this.fuseTexts.push(text);
    });
    const index = Fuse.createIndex<string>([], this.fuseTexts);
    this.records = index.records as FuseIndexStringRecord[];
    this.fuseFor = fuseByThreshold(this.fuseTexts, index);
  }

  /** Documents fuse matches `pattern` with (among those `accept`ed, and, with `near`, where
   *  a match starts where `near` allows), best first. With a
   *  limit, only the best `limit`: ordered first by edits (what fuse's score measures),
   *  then by the tie-break, and only their texts are scored by fuse. (For patterns over
   *  32 units fuse scores by chunks, so that cut is approximate.) */
  search(
    pattern: string,
    acceptDoc: (doc: number) => boolean = () => true,
    limit = Infinity,
    work?: SearchWork,
    near?: (text: number, at: number) => boolean,
  ): FuzzyHit[] {
    if (pattern.length === 0) return [];
    // With a limit, fewer errors are tried first: every text within e edits is found at e,
    // and all of them rank before any with more; so once `limit` documents are found within
    // e, no more is needed (most typos are one edit; pieces for one edit are long and rare).
    const threshold = thresholdFor(pattern.length);
    const most = Math.max(...fuseChunks(pattern).map((c) => maxErrors(c.length, threshold)));
    let edits = new Map<number, number>();
    for (let cap = limit === Infinity ? most : Math.min(1, most); ; cap += 1) {
      edits = this.matchingTexts(pattern, acceptDoc, work, near, cap);
      if (cap >= most || this.docsAmong(edits, acceptDoc) >= limit) break;
    }
    const swaps = fuseChunks(pattern).length === 1 ? swapsMatcher(pattern) : undefined;
    // Each document's best text, by (edits, tie-break).
    const best = new Map<number, { t: number; edits: number; tie: number }>();
    for (const [t, d] of edits) {
      const text = this.slots.texts[t]!;
      const tie = tieBreak(pattern, text, d, swaps);
      for (const use of this.slots.uses[t]!) {
        if (!isFuzzy(use.cls) || !acceptDoc(use.doc)) continue;
        const prev = best.get(use.doc);
        if (!prev || d < prev.edits || (d === prev.edits && tie < prev.tie)) best.set(use.doc, { t, edits: d, tie });
      }
    }
    const chosen = [...best.entries()].sort(([da, a], [db, b]) => a.edits - b.edits || a.tie - b.tie || da - db).slice(0, limit);
    if (chosen.length === 0) return [];
    // Fuse scores the chosen texts, once each, in its own order.
    const texts = [...new Set(chosen.map(([, c]) => c.t))].sort((a, b) => this.local[a]! - this.local[b]!);
    if (work) work.scored += texts.length;
    const fuse = this.fuseFor(pattern.length);
    fuse.setCollection(this.fuseTexts, Fuse.parseIndex<string>({ keys: [], records: texts.map((t) => this.records[this.local[t]!]!) }));
    const scores = new Map(fuse.search(pattern).map((r) => [this.global[r.refIndex]!, r.score ?? 1]));
    const m = pattern.length;
    return chosen
      .flatMap(([doc, c]) => {
        const score = scores.get(c.t);
        // (score + tie / m) keeps fuse's order: a tie-break is worth less than one edit.
        return score === undefined ? [] : [{ doc, score, rank: Math.min(1, (score + c.tie / m) / (threshold + 1 / m)) }];
      })
      .sort((a, b) => a.rank - b.rank || a.doc - b.doc);
  }

  /** Accepted documents that some of `texts` belong to. */
  private docsAmong(texts: Map<number, number>, acceptDoc: (doc: number) => boolean): number {
    const docs = new Set<number>();
    for (const t of texts.keys()) for (const u of this.slots.uses[t]!) if (isFuzzy(u.cls) && acceptDoc(u.doc)) docs.add(u.doc);
    return docs.size;
  }

  /** Texts within fuse's reach of `pattern` (any chunk of it), and within `cap` edits a
   *  chunk -> fewest edits. */
  private matchingTexts(
    pattern: string,
    acceptDoc: (doc: number) => boolean,
    work?: SearchWork,
    near?: (text: number, at: number) => boolean,
    cap = MAX_ERRORS,
  ): Map<number, number> {
    const threshold = thresholdFor(pattern.length);
    const verdicts = new Map<number, boolean>();
    const accept = (t: number): boolean => {
      let ok = verdicts.get(t);
      if (ok === undefined) {
        ok = this.local[t]! >= 0 && this.slots.uses[t]!.some((u) => isFuzzy(u.cls) && acceptDoc(u.doc));
        verdicts.set(t, ok);
      }
      return ok;
    };
    const edits = new Map<number, number>();
    for (const chunk of fuseChunks(pattern)) {
      for (const [t, d] of this.slots.index.approx(chunk, Math.min(cap, maxErrors(chunk.length, threshold)), accept, work, near)) {
        const prev = edits.get(t);
        if (prev === undefined || d < prev) edits.set(t, d);
      }
    }
    return edits;
  }
}

const FUZZY = new Set<string>(FUZZY_CLASSES);
function isFuzzy(cls: string): boolean {
  return FUZZY.has(cls);
}

/** In [0, 1): within one number of edits, fewer when a swap counts as one (hangxain:
 *  hangxian before shanghai), then more of the query's bigrams present in the text. */
function tieBreak(pattern: string, text: string, edits: number, swaps: Matcher | undefined): number {
  const swapShare = edits === 0 || !swaps ? 1 : swaps(text) / edits; // in [0.5, 1]
  return 0.999 * (0.6 * swapShare + 0.4 * (1 - bigramShare(pattern, text)));
}

/** The share of the pattern's bigram positions (characters, if it has one) found in text. */
function bigramShare(pattern: string, text: string): number {
  const q = pattern.length > 1 ? 2 : 1;
  const total = pattern.length - q + 1;
  let found = 0;
  for (let i = 0; i < total; i += 1) if (text.includes(pattern.slice(i, i + q))) found += 1;
  return found / total;
}
