// A query that a title holds in order, in a few pieces with gaps between them: 专家委员会 in
// 组建国际城市战略专家咨询委员会, "expert committee" in "expert advisory committee",
// zhuanjiaweiyuanhui in zhuanjiazixunweiyuanhui. People leave words out of long titles;
// neither a substring nor a typo search finds that. Pieces are at least two Han characters
// (or three letters that start a word, and end one unless they end the query; in pinyin,
// two syllables: one syllable is one character), so scattered characters never match.
import { MAX_PIECES } from './work.ts';

export interface InPieces {
  pieces: number; // 2..MAX_PIECES
  gap: number; // text units skipped between the pieces
  at: number; // where the first piece starts
}

export interface PieceRules {
  /** Shortest piece, in units. */
  min: number;
  /** For Latin queries: whether a word starts at a position of the text (the end counts). */
  isStart?: (position: number) => boolean;
  /** For Latin queries: words (syllables) a piece must start, at least; default 1. */
  minWords?: number;
}

/** The query found in order in `text`, in 2..MAX_PIECES pieces, each the longest that fits
 *  at its earliest place after the previous one; undefined if it is not. */
export function inPieces(query: string, text: string, rules: PieceRules): InPieces | undefined {
  const m = query.length;
  let q = 0; // next query unit to place
  let from = 0; // where the next piece may start in the text
  let pieces = 0;
  let gap = 0;
  let first = -1;
  while (q < m) {
    if (pieces === MAX_PIECES || m - q < rules.min) return undefined;
    const head = query.slice(q, q + rules.min);
    let best = 0;
    let bestAt = -1;
    for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1)) {
      if (rules.isStart && !rules.isStart(at)) continue;
      let len = rules.min;
      while (q + len < m && at + len < text.length && text[at + len] === query[q + len]) len += 1;
      // A Latin piece that does not end the query ends where a word ends.
      if (rules.isStart && q + len < m) while (len >= rules.min && !rules.isStart(at + len)) len -= 1;
      if (len >= rules.min && len > best && wordsIn(rules, at, len) >= (rules.minWords ?? 1)) [best, bestAt] = [len, at];
      if (q + best === m) break;
    }
    if (bestAt < 0) return undefined;
    if (pieces === 0) first = bestAt;
    else gap += bestAt - from;
    pieces += 1;
    q += best;
    from = bestAt + best;
  }
  return pieces >= 2 ? { pieces, gap, at: first } : undefined;
}

function wordsIn(rules: PieceRules, at: number, len: number): number {
  if (!rules.isStart || (rules.minWords ?? 1) <= 1) return 1;
  let words = 0;
  for (let p = at; p < at + len; p += 1) if (rules.isStart(p)) words += 1;
  return words;
}
