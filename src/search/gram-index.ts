// A character n-gram index (1-, 2- and 3-grams of UTF-16 code units, as fuse.js sees
// text) over a list of folded texts ("slots"). It answers two questions fast:
//  - containing(p): which slots hold p as a substring (verified with indexOf);
//  - mayMatch(p, k): which slots may hold p within k edits. This is the q-gram count
//    filter: if p (length m) is within edit distance k of some substring of a text,
//    at least (m - q + 1) - k*q of p's q-gram positions occur in that text, since one
//    edit destroys at most q of them. A necessary condition, so no true match is lost.

export class GramIndex {
  private readonly postings = new Map<string, Int32Array>();
  private readonly counts: Int32Array;
  private readonly stamps: Int32Array;
  private epoch = 1;

  constructor(readonly texts: readonly string[]) {
    const lists = new Map<string, number[]>();
    texts.forEach((text, slot) => {
      for (let q = 1; q <= 3; q += 1) {
        for (let i = 0; i + q <= text.length; i += 1) {
          const gram = text.slice(i, i + q);
          let list = lists.get(gram);
          if (!list) lists.set(gram, (list = []));
          if (list[list.length - 1] !== slot) list.push(slot);
        }
      }
    });
    for (const [gram, list] of lists) this.postings.set(gram, Int32Array.from(list));
    this.counts = new Int32Array(texts.length);
    this.stamps = new Int32Array(texts.length);
  }

  /** Slots (ascending) whose text contains `pattern`. */
  containing(pattern: string): number[] {
    if (pattern.length === 0) return [];
    let best: Int32Array | undefined;
    const q = Math.min(3, pattern.length);
    for (let i = 0; i + q <= pattern.length; i += 1) {
      const list = this.postings.get(pattern.slice(i, i + q));
      if (!list) return [];
      if (!best || list.length < best.length) best = list;
    }
    const out: number[] = [];
    if (!best) return out;
    for (const slot of best) if (this.texts[slot]!.includes(pattern)) out.push(slot);
    return out;
  }

  /** Slots (unordered) that may contain `pattern` within `maxErrors` edits. */
  mayMatch(pattern: string, maxErrors: number): number[] {
    const filters = this.filtersFor(pattern, maxErrors);
    if (filters.length === 0) return this.texts.map((_, slot) => slot); // nothing to narrow on
    if (this.epoch > 1 << 30) this.resetStamps();
    const base = this.epoch;
    this.epoch += filters.length + 1;
    let passed: number[] = [];
    filters.forEach(({ q, bound }, f) => {
      passed = this.countFilter(pattern, q, bound, f === 0 ? undefined : base + f, base + f + 1);
    });
    return passed;
  }

  /** The q-gram filters worth applying: those whose bound is at least 1. Unigrams are
   *  skipped for Latin text when a longer gram applies (every slot has an `a`). */
  private filtersFor(pattern: string, k: number): Array<{ q: number; bound: number }> {
    const m = pattern.length;
    const all = [3, 2, 1]
      .map((q) => ({ q, bound: m - q + 1 - k * q }))
      .filter(({ q, bound }) => bound >= 1 && q <= m);
    const latin = /^[\x00-\x7f]*$/.test(pattern);
    return latin && all.some((f) => f.q > 1) ? all.filter((f) => f.q > 1) : all;
  }

  /** Counts, per slot, the pattern positions whose q-gram occurs in it, and stamps with
   *  `mark` the slots that reach `bound` (among those stamped `required`, if given). */
  private countFilter(pattern: string, q: number, bound: number, required: number | undefined, mark: number): number[] {
    const grams = new Map<string, number>();
    for (let i = 0; i + q <= pattern.length; i += 1) {
      const g = pattern.slice(i, i + q);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
    const touched: number[] = [];
    const { counts, stamps } = this;
    for (const [g, times] of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let j = 0; j < list.length; j += 1) {
        const slot = list[j]!;
        if (required !== undefined && stamps[slot] !== required) continue;
        if (counts[slot] === 0) touched.push(slot);
        counts[slot] = counts[slot]! + times;
      }
    }
    const passed: number[] = [];
    for (const slot of touched) {
      if (counts[slot]! >= bound) {
        stamps[slot] = mark;
        passed.push(slot);
      }
      counts[slot] = 0;
    }
    return passed;
  }

  private resetStamps(): void {
    this.stamps.fill(0);
    this.epoch = 1;
  }
}
