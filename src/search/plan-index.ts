// The lookup engine: finds items, indicators and departments from what an official
// types, in Simplified or Traditional Chinese, pinyin, initials or English, with typos.
// Ranking, best first: exact (item number, indicator code, a name/title/alias in any
// form) score 0; then substrings (0.02..0.26: shorter texts and earlier positions first);
// then the query in order in a few pieces (gapped.ts, 0.27..0.3); then a department's
// items after the department (0.3..0.5); then fuse.js fuzzy hits (0.5..1).
// A Latin query (pinyin, English) matches from the start of a word or syllable, and one
// of three letters or fewer only whole words; one of five letters or fewer has no typo
// search (hello is no typo of anything), and typos are searched only when nothing else
// matched. Small talk (data/vocabulary.json) finds nothing.
// Everything is precomputed at construction; a search touches only n-gram postings and
// the few documents they point to, and its work is capped (work.ts).
import type { PlanData } from '../domain/schema.ts';
import { buildDocs, type DocKind, type FieldClass, type SearchDoc } from './documents.ts';
import { NarrowedFuse } from './fuzzy.ts';
import { inPieces } from './gapped.ts';
import { HitBoard, type How } from './hit-board.ts';
import { fold, foldPlain, hasHan, isSmallTalk } from './normalize.ts';
import { MAX_QUERY_CHARS, parseQuery } from './query.ts';
import { Slots, type Use } from './slots.ts';
import { MAX_GAPPED_CANDIDATES, MAX_PATTERN, SearchWork } from './work.ts';

export type { DocKind } from './documents.ts';

export interface SearchHit {
  kind: DocKind;
  id: string; // item number as a string, indicator code, department id
  score: number; // 0 best .. 1
  how: How;
}

export interface SearchOptions {
  kinds?: DocKind[];
  limit?: number; // default 10
  /** Filled with what the search did (for tests of the bound on work). */
  work?: SearchWork;
}

const ALL_KINDS: readonly DocKind[] = ['item', 'indicator', 'department'];

/** Substring score parts: where the text sits, then a penalty for secondary texts
 *  (benchmarks, aliases), for the share of the text the query leaves out, for position.
 *  Direct hits score 0.02..0.26; hits on a unit's name 0.3..0.5, after the unit itself. */
const CLASS_BASE: Record<FieldClass, number> = { zh: 0.02, en: 0.02, py: 0.04, ini: 0.08, units: 0.3 };
const SECONDARY = 0.04;
const UNCOVERED = 0.15;
const POSITION = 0.05;
/** Gapped hits: after every direct substring hit, before a unit's items. */
const GAPPED_BASE = 0.25;
const GAPPED_MAX = 0.299;
/** Latin queries this short match whole words only; shorter than FUZZY_MIN_LATIN, no typo search. */
const WHOLE_WORD_LATIN = 3;
const FUZZY_MIN_LATIN = 6;

export class PlanIndex {
  private readonly docs: SearchDoc[];
  private readonly byKey = new Map<string, number>(); // `${kind}:${id}` -> doc
  private readonly exact = new Map<string, number[]>(); // folded name -> docs
  private readonly slots: Slots;
  private readonly fuzzy: NarrowedFuse;
  private readonly maxItem: number;
  private readonly board: HitBoard;

  constructor(plan: PlanData) {
    this.docs = buildDocs(plan);
    this.maxItem = Math.max(0, ...plan.items.map((i) => i.no));
    this.docs.forEach((doc, d) => {
      this.byKey.set(`${doc.kind}:${doc.id}`, d);
      for (const name of doc.exact) {
        const list = this.exact.get(name);
        if (list) list.push(d);
        else this.exact.set(name, [d]);
      }
    });
    this.slots = new Slots(this.docs);
    this.fuzzy = new NarrowedFuse(this.slots);
    this.board = new HitBoard(this.docs.length);
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? 10;
    const work = opts.work ?? new SearchWork();
    const kinds = new Set(opts.kinds ?? ALL_KINDS);
    const board = this.board;
    const wanted = (d: number) => kinds.has(this.docs[d]!.kind);
    const offer = (d: number | undefined, score: number, how: How): void => {
      if (d !== undefined && wanted(d)) board.offer(d, score, how);
    };

    const parsed = parseQuery(query, this.maxItem);
    if (parsed.number !== undefined) offer(this.byKey.get(`item:${parsed.number}`), 0, 'exact');
    if (parsed.code !== undefined) offer(this.byKey.get(`indicator:${parsed.code}`), 0, 'exact');
    const head = query.slice(0, MAX_QUERY_CHARS);
    if (board.size === 0 && (isSmallTalk(foldPlain(head)) || isSmallTalk(foldPlain(parsed.words)))) return [];
    const named = fold(parsed.words);
    // The whole query too: a title may end in what reads as filler (…情况).
    for (const key of new Set([named, fold(head)])) for (const d of this.exact.get(key) ?? []) offer(d, 0, 'exact');

    const words = named.slice(0, MAX_PATTERN);
    work.units = words.length;
    if (words.length > 0) {
      const latin = !hasHan(words);
      this.substrings(words, latin, offer, work);
      if (board.size < limit) this.gapped(words, latin, (d) => wanted(d) && !board.has(d), offer, work);
      if (board.size < limit) for (const [d, score] of this.viaUnits) offer(d, score, 'substring');
      // Typos only when nothing else matched: fuzzy hits after good ones are noise.
      if (board.size === 0 && (!latin || words.length >= FUZZY_MIN_LATIN)) {
        const accept = (d: number) => wanted(d) && !board.has(d);
        // A Latin typo, too, is looked for from the start of a word or syllable (give or take its errors).
        const near = latin ? (t: number, at: number) => this.slots.isStart(t, at) : undefined;
        for (const { doc, rank } of this.fuzzy.search(words, accept, limit - board.size, work, near)) offer(doc, 0.5 + 0.5 * rank, 'fuzzy');
      }
    }
    this.viaUnits.length = 0;
    // Documents are in kind order, so equal scores list departments first.
    return board.take(limit).map(({ doc, score, how }) => ({ kind: this.docs[doc]!.kind, id: this.docs[doc]!.id, score, how }));
  }

  /** Hits on a unit's name, kept aside: offered only if direct hits are few. */
  private readonly viaUnits: Array<[number, number]> = [];

  /** Texts holding `words` (for a Latin query: from a word start, and whole words if short). */
  private substrings(words: string, latin: boolean, offer: (d: number, s: number, how: How) => void, work: SearchWork): void {
    const { slots } = this;
    const m = words.length;
    const found = new Map<number, number>(); // text -> first position that counts
    slots.index.occurrences(
      words,
      (t, p) => {
        if (found.has(t)) return;
        if (latin && !(slots.isStart(t, p) && (m > WHOLE_WORD_LATIN || slots.isStart(t, p + m)))) return;
        found.set(t, p);
      },
      work,
    );
    for (const [t, p] of found) {
      for (const use of slots.uses[t]!) {
        const score = substringScore(slots.texts[t]!, words, p, use);
        if (use.cls === 'units') this.viaUnits.push([use.doc, score]);
        else offer(use.doc, score, 'substring');
      }
    }
  }

  /** Texts holding `words` in order in a few pieces: candidates hold its first and last
   *  bigram (trigram, for Latin); at most MAX_GAPPED_CANDIDATES are checked. */
  private gapped(
    words: string,
    latin: boolean,
    accept: (d: number) => boolean,
    offer: (d: number, s: number, how: How) => void,
    work: SearchWork,
  ): void {
    const { slots } = this;
    const m = words.length;
    const g = latin ? 3 : 2;
    if (m < (latin ? 6 : 4)) return;
    const first = slots.index.containing(words.slice(0, g), work);
    const last = new Set(slots.index.containing(words.slice(m - g), work));
    let checked = 0;
    for (const t of first) {
      if (!last.has(t)) continue;
      const uses = slots.uses[t]!.filter((u) => u.cls !== 'units' && u.cls !== 'ini' && accept(u.doc));
      if (uses.length === 0) continue;
      if (++checked > MAX_GAPPED_CANDIDATES) break;
      work.gapped += 1;
      const text = slots.texts[t]!;
      const pinyin = uses.some((u) => u.cls === 'py');
      const found = inPieces(words, text, latin ? { min: 3, isStart: (p) => slots.isStart(t, p), minWords: pinyin ? 2 : 1 } : { min: 2 });
      if (!found) continue;
      for (const use of uses) {
        const score = GAPPED_BASE + CLASS_BASE[use.cls] + 0.01 * (found.pieces - 2) + 0.01 * Math.min(1, found.gap / m);
        offer(use.doc, Math.min(GAPPED_MAX, score + (use.secondary ? 0.005 : 0)), 'substring');
      }
    }
  }
}

function substringScore(text: string, words: string, at: number, use: Use): number {
  const uncovered = 1 - words.length / text.length;
  const position = at / text.length;
  return CLASS_BASE[use.cls] + (use.secondary ? SECONDARY : 0) + UNCOVERED * uncovered + POSITION * position;
}
