// Fuzzy matching with fuse.js, tuned for Chinese, and narrowed by the n-gram index.
// Fuse's defaults (threshold 0.6, location 0, distance 100) let a query that shares one
// character with a title match it; here: ignoreLocation, threshold 0.25 (a 4-character
// query may miss 1 character, an 8-letter pinyin 2), case folding left to fold().
// Fuse scores each text on its own here (a list of strings: every zh, py and en text of
// every doc), and a doc's score is its best text's: fuse's own object search multiplies
// the scores of all matching keys and array entries, which ranks a department whose name
// and alias both half-match above an indicator with one clean typo.
// Narrowing: fuse.js scores each document on its own (no collection statistics with
// these options), and a document is a hit iff one of its texts holds the pattern within
// k edits, k = the most errors the threshold allows. GramIndex.mayMatch keeps every such
// text, so scoring only the candidates finds exactly bare fuse's hits.
import Fuse, { type FuseIndexStringRecord, type IFuseOptions } from 'fuse.js';
import { FUZZY_CLASSES, type SearchDoc } from './documents.ts';
import { substringDistance } from './distance.ts';
import type { Slots } from './slots.ts';

export type FuzzyClass = (typeof FUZZY_CLASSES)[number];
export type FuseDoc = Record<FuzzyClass, string[]>;

/** Options shared by the narrowed per-key instances and the bare baseline. */
export const FUSE_OPTIONS = {
  threshold: 0.25,
  ignoreLocation: true,
  includeScore: true,
  // Every text is already folded to lower case: skip fuse's per-text toLowerCase.
  isCaseSensitive: true,
  // Folded texts have no spaces, so the field-length norm would be 1 everywhere anyway.
  ignoreFieldNorm: true,
} as const satisfies IFuseOptions<FuseDoc>;

/** fuse.js splits patterns longer than this into chunks (a match in any chunk counts). */
const FUSE_MAX_BITS = 32;

export function toFuseDoc(doc: SearchDoc): FuseDoc {
  return { zh: doc.fields.zh, py: doc.fields.py, en: doc.fields.en };
}

/** Bare fuse.js over every document and all three keys, with FUSE_OPTIONS: the
 *  reference the narrowed search must agree with, and the benchmark's baseline. */
export function bareFuse(docs: readonly SearchDoc[]): Fuse<FuseDoc> {
  return new Fuse(docs.map(toFuseDoc), { ...FUSE_OPTIONS, keys: [...FUZZY_CLASSES] });
}

/** The most errors fuse's bitap accepts for a pattern of length m (it stops at the first
 *  error count i with i/m above the threshold). */
export function maxErrors(m: number, threshold: number = FUSE_OPTIONS.threshold): number {
  let k = 0;
  while (k + 1 < m && (k + 1) / m <= threshold) k += 1;
  return k;
}

/** The pieces fuse.js searches a long pattern in (same split as its BitapSearch). */
export function fuseChunks(pattern: string): string[] {
  if (pattern.length <= FUSE_MAX_BITS) return [pattern];
  const chunks: string[] = [];
  const end = pattern.length - (pattern.length % FUSE_MAX_BITS);
  for (let i = 0; i < end; i += FUSE_MAX_BITS) chunks.push(pattern.slice(i, i + FUSE_MAX_BITS));
  if (pattern.length % FUSE_MAX_BITS) chunks.push(pattern.slice(pattern.length - FUSE_MAX_BITS));
  return chunks;
}

export interface FuzzyHit {
  doc: number; // index into the docs array
  score: number; // fuse's score of the doc's best text: 0 perfect .. the threshold
  /** For ranking, 0 best .. 1: edits with swaps counted as one (substringDistance) per
   *  query character, then fuse's score, then the share of the query's bigrams found. */
  rank: number;
}

export class NarrowedFuse {
  private readonly fuse: Fuse<string>;
  private readonly records: Map<number, FuseIndexStringRecord>;
  /** Local (fuse) index of a global slot, or -1 if fuse does not score that slot. */
  private readonly local: Int32Array;
  private readonly global: number[];
  private readonly texts: string[];

  constructor(private readonly slots: Slots) {
    const fuzzy = new Set<string>(FUZZY_CLASSES);
    this.global = slots.texts.flatMap((_, slot) => (fuzzy.has(slots.cls[slot]!) ? [slot] : []));
    this.local = new Int32Array(slots.texts.length).fill(-1);
    this.global.forEach((slot, i) => (this.local[slot] = i));
    this.texts = this.global.map((slot) => slots.texts[slot]!);
    const full = Fuse.createIndex<string>([], this.texts);
    this.records = new Map((full.records as FuseIndexStringRecord[]).map((r) => [r.i, r]));
    this.fuse = new Fuse(this.texts, FUSE_OPTIONS, full);
  }

  /** Fuse's texts (local indexes, ascending) that may match `pattern`. */
  candidates(pattern: string, accept: (doc: number) => boolean = () => true): number[] {
    const seen = new Set<number>();
    for (const chunk of fuseChunks(pattern)) {
      for (const slot of this.slots.grams.mayMatch(chunk, maxErrors(chunk.length))) {
        const i = this.local[slot]!;
        if (i >= 0 && accept(this.slots.doc[slot]!)) seen.add(i);
      }
    }
    return [...seen].sort((a, b) => a - b);
  }

  /** Every document fuse matches `pattern` with (among those `accept`ed), best first. */
  search(pattern: string, accept?: (doc: number) => boolean): FuzzyHit[] {
    if (pattern.length === 0) return [];
    const candidates = this.candidates(pattern, accept);
    if (candidates.length === 0) return [];
    const records = candidates.flatMap((i) => this.records.get(i) ?? []);
    this.fuse.setCollection(this.texts, Fuse.parseIndex<string>({ keys: [], records }));
    const best = new Map<number, FuzzyHit>();
    for (const r of this.fuse.search(pattern)) {
      const slot = this.global[r.refIndex]!;
      const doc = this.slots.doc[slot]!;
      const score = r.score ?? 1;
      const rank = rankOf(pattern, this.slots.texts[slot]!, score);
      const prev = best.get(doc);
      if (!prev || rank < prev.rank) best.set(doc, { doc, score: Math.min(score, prev?.score ?? 1), rank });
    }
    return [...best.values()].sort((a, b) => a.rank - b.rank || a.doc - b.doc);
  }
}

function rankOf(pattern: string, text: string, score: number): number {
  const t = FUSE_OPTIONS.threshold;
  const edits = substringDistance(pattern, text) / pattern.length; // <= score <= t
  return Math.min(1, (0.5 * edits) / t + (0.3 * score) / t + 0.2 * (1 - bigramShare(pattern, text)));
}

/** The share of the pattern's bigram positions (characters, if it has one) found in text. */
function bigramShare(pattern: string, text: string): number {
  const q = pattern.length > 1 ? 2 : 1;
  const total = pattern.length - q + 1;
  let found = 0;
  for (let i = 0; i < total; i += 1) if (text.includes(pattern.slice(i, i + q))) found += 1;
  return found / total;
}
