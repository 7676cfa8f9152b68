// Bit-parallel approximate matching (Myers 1999; Hyyrö 2003 for swaps): the fewest
// edits turning a pattern of at most 32 UTF-16 units into some substring of a text,
// in one pass over the text.
//  - editsMatcher: insert, delete, substitute (Levenshtein). The measure fuse.js's bitap
//    uses (with ignoreLocation), so it tells exactly which texts fuse can match.
//  - swapsMatcher: also swapping two neighbours as one edit (optimal string alignment),
//    to rank a transposed typo (hangxain) above an unrelated near-miss (shanghai).
export const MYERS_MAX = 32;

/** (text, from, to) -> the fewest edits within text[from, to). */
export type Matcher = (text: string, from?: number, to?: number) => number;

export function editsMatcher(pattern: string): Matcher {
  return compile(pattern, false);
}

export function swapsMatcher(pattern: string): Matcher {
  return compile(pattern, true);
}

function compile(pattern: string, swaps: boolean): Matcher {
  const m = pattern.length;
  if (m === 0 || m > MYERS_MAX) throw new Error(`matcher: pattern length ${m} outside 1..${MYERS_MAX}`);
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i += 1) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] = ascii[c]! | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  const full = m === 32 ? -1 : (1 << m) - 1;
  return (text, from = 0, to = text.length) => {
    let vp = full;
    let vn = 0;
    let d0 = 0;
    let pmPrev = 0;
    let score = m;
    let best = m;
    for (let j = from; j < to; j += 1) {
      const c = text.charCodeAt(j);
      const pm = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
      const swap = swaps ? ((~d0 & pm) << 1) & pmPrev : 0;
      d0 = ((((pm & vp) + vp) | 0) ^ vp) | pm | vn | swap;
      const hp = vn | ~(d0 | vp);
      const hn = d0 & vp;
      if (hp & high) score += 1;
      else if (hn & high) score -= 1;
      // Search mode: a match may start anywhere, so no carry into the first row.
      const x = hp << 1;
      vn = x & d0;
      vp = (hn << 1) | ~(x | d0);
      pmPrev = pm;
      if (score < best) best = score;
    }
    return best;
  };
}
