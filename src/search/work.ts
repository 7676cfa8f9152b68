// What one search may spend, and what it spent. The caps keep the worst message (4,000
// characters of filler, any account may send it) at the cost of an ordinary lookup
// (issue 11.6): the query is cut to MAX_PATTERN folded units before any matching, so the
// n-gram lookups, the verified windows and the fuzzy chunks are bounded by that length;
// gapped matching verifies at most MAX_GAPPED_CANDIDATES texts and tries at most
// MAX_PIECES pieces. Tests assert the bound on these counts, never on time.

/** Folded units of a query that substring, gapped and fuzzy matching read (exact names
 *  are compared whole: one hash lookup). Longer than any name but an English title. */
export const MAX_PATTERN = 64;
/** Texts the gapped matcher verifies per query; the rarest pieces are tried first. */
export const MAX_GAPPED_CANDIDATES = 200;
/** Pieces a gapped match may cut the query into. */
export const MAX_PIECES = 3;

export class SearchWork {
  /** Folded units of the pattern searched (after the cap). */
  units = 0;
  /** Posting entries read from the n-gram index. */
  postings = 0;
  /** Text windows checked by the approximate matcher (Myers). */
  windows = 0;
  /** Texts checked by the gapped matcher. */
  gapped = 0;
  /** Texts scored by fuse.js. */
  scored = 0;

  add(other: SearchWork): void {
    this.units = Math.max(this.units, other.units);
    this.postings += other.postings;
    this.windows += other.windows;
    this.gapped += other.gapped;
    this.scored += other.scored;
  }
}
