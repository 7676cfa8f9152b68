// The fewest edits (insert, delete, substitute, or swap two neighbours) that turn a
// pattern into some substring of a text: optimal string alignment, free start and end
// in the text. Ranks fuzzy hits, where fuse's Levenshtein counts a swap (hangxain for
// hangxian) as two edits, the same as an unrelated near-miss (shanghai).
export function substringDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  // Rows i-2, i-1, i over text positions 0..n; row 0 is all zeros (start anywhere).
  let before = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let i = 1; i <= m; i += 1) {
    row[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const t = text.charCodeAt(j - 1);
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (p === t ? 0 : 1));
      if (i > 1 && j > 1 && p === text.charCodeAt(j - 2) && pattern.charCodeAt(i - 2) === t) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      row[j] = best;
    }
    [before, prev, row] = [prev, row, before];
  }
  let min = m;
  for (let j = 0; j <= n; j += 1) min = Math.min(min, prev[j]!);
  return min;
}
