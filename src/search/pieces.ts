// Splits a pattern into k+1 contiguous pieces for approximate search by exact pieces:
// k edits can spoil at most k of them, so a match within k edits holds one piece intact.
// Among all splits, picks the one whose pieces occur least often in the index, so
// common pinyin such as `an` or `ng` is not what the search is anchored on.

export interface Piece {
  offset: number; // where the piece starts in the pattern
  text: string;
}

/** `cost(start, end)` estimates how many places pattern[start, end) occurs at; pieces
 *  are never empty. */
export function cheapestPieces(pattern: string, count: number, cost: (start: number, end: number) => number): Piece[] {
  const m = pattern.length;
  if (count < 1 || count > m) throw new Error(`cheapestPieces: cannot cut ${m} units into ${count} pieces`);
  // best[j][i]: cheapest way to cut pattern[0, i) into j pieces; from[j][i]: last cut.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(m + 1).fill(-1));
  best[0]![0] = 0;
  for (let j = 1; j <= count; j += 1) {
    for (let i = j; i <= m - (count - j); i += 1) {
      for (let a = j - 1; a < i; a += 1) {
        const prev = best[j - 1]![a]!;
        if (prev === Infinity) continue;
        const total = prev + cost(a, i);
        if (total < best[j]![i]!) {
          best[j]![i] = total;
          from[j]![i] = a;
        }
      }
    }
  }
  const pieces: Piece[] = [];
  for (let j = count, i = m; j > 0; j -= 1) {
    const a = from[j]![i]!;
    pieces.unshift({ offset: a, text: pattern.slice(a, i) });
    i = a;
  }
  return pieces;
}
