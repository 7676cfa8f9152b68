// The best score per document during one search, kept in reused typed arrays so a
// query that touches thousands of texts allocates almost nothing; hit objects are made
// only for the few that are returned.
export type How = 'exact' | 'substring' | 'fuzzy';
const HOWS: readonly How[] = ['exact', 'substring', 'fuzzy'];

export class HitBoard {
  private readonly score: Float64Array;
  private readonly how: Uint8Array;
  private readonly touched: number[] = [];

  constructor(docCount: number) {
    this.score = new Float64Array(docCount).fill(Infinity);
    this.how = new Uint8Array(docCount);
  }

  get size(): number {
    return this.touched.length;
  }

  has(doc: number): boolean {
    return this.score[doc] !== Infinity;
  }

  offer(doc: number, score: number, how: How): void {
    const prev = this.score[doc]!;
    if (prev === Infinity) this.touched.push(doc);
    else if (prev <= score) return;
    this.score[doc] = score;
    this.how[doc] = HOWS.indexOf(how);
  }

  /** The best `limit` (score, then document order), and clears the board for reuse. */
  take(limit: number): Array<{ doc: number; score: number; how: How }> {
    const { score, how, touched } = this;
    touched.sort((a, b) => score[a]! - score[b]! || a - b);
    const best = touched.slice(0, limit).map((doc) => ({ doc, score: score[doc]!, how: HOWS[how[doc]!]! }));
    for (const doc of touched) score[doc] = Infinity;
    touched.length = 0;
    return best;
  }
}
