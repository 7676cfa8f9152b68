// The lookup engine: finds items, indicators and departments from what an official
// types, in Simplified or Traditional Chinese, pinyin, initials or English, with typos.
// Ranking, best first: exact (item number, indicator code, a name/title/alias in any
// form) score 0; then substrings (0.02..0.5: shorter texts and earlier positions first,
// a department's items after the department); then fuse.js fuzzy hits (0.5..1).
// Everything is precomputed at construction; a search touches only n-gram postings and
// the few documents they point to.
import type { PlanData } from '../domain/schema.ts';
import { buildDocs, type DocKind, type FieldClass, type SearchDoc } from './documents.ts';
import { NarrowedFuse } from './fuzzy.ts';
import { HitBoard, type How } from './hit-board.ts';
import { fold } from './normalize.ts';
import { parseQuery } from './query.ts';
import { Slots, type Use } from './slots.ts';

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
}

const ALL_KINDS: readonly DocKind[] = ['item', 'indicator', 'department'];

/** Substring score parts: where the text sits, then a penalty for secondary texts
 *  (benchmarks, aliases), for the share of the text the query leaves out, for position.
 *  Direct hits score 0.02..0.26; hits on a unit's name 0.3..0.5, after the unit itself. */
const CLASS_BASE: Record<FieldClass, number> = { zh: 0.02, en: 0.02, py: 0.04, ini: 0.08, units: 0.3 };
const SECONDARY = 0.04;
const UNCOVERED = 0.15;
const POSITION = 0.05;

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
    const kinds = new Set(opts.kinds ?? ALL_KINDS);
    const board = this.board;
    const wanted = (d: number) => kinds.has(this.docs[d]!.kind);
    const offer = (d: number | undefined, score: number, how: How): void => {
      if (d !== undefined && wanted(d)) board.offer(d, score, how);
    };

    const parsed = parseQuery(query, this.maxItem);
    if (parsed.number !== undefined) offer(this.byKey.get(`item:${parsed.number}`), 0, 'exact');
    if (parsed.code !== undefined) offer(this.byKey.get(`indicator:${parsed.code}`), 0, 'exact');
    const words = fold(parsed.words);
    // The whole query too: a title may end in what reads as filler (…情况).
    for (const key of new Set([words, fold(query)])) for (const d of this.exact.get(key) ?? []) offer(d, 0, 'exact');

    if (words.length > 0) {
      // Unit names score below every direct substring hit: needed only if those are few.
      const viaUnits: Array<[number, Use]> = [];
      for (const t of this.slots.index.containing(words)) {
        for (const use of this.slots.uses[t]!) {
          if (use.cls === 'units') viaUnits.push([t, use]);
          else offer(use.doc, substringScore(this.slots.texts[t]!, words, use), 'substring');
        }
      }
      if (board.size < limit)
        for (const [t, use] of viaUnits) offer(use.doc, substringScore(this.slots.texts[t]!, words, use), 'substring');
      if (board.size < limit) {
        const accept = (d: number) => wanted(d) && !board.has(d);
        for (const { doc, rank } of this.fuzzy.search(words, accept, limit - board.size)) offer(doc, 0.5 + 0.5 * rank, 'fuzzy');
      }
    }
    // Documents are in kind order, so equal scores list departments first.
    return board.take(limit).map(({ doc, score, how }) => ({ kind: this.docs[doc]!.kind, id: this.docs[doc]!.id, score, how }));
  }
}

function substringScore(text: string, words: string, use: Use): number {
  const uncovered = 1 - words.length / text.length;
  const position = text.indexOf(words) / text.length;
  return CLASS_BASE[use.cls] + (use.secondary ? SECONDARY : 0) + UNCOVERED * uncovered + POSITION * position;
}
