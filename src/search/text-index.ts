// A positional n-gram index (1-, 2- and 3-grams of UTF-16 units, as fuse.js sees text)
// over a list of distinct folded texts. Answers, without scanning every text:
//  - containing(p): the texts that hold p;
//  - approx(p, k): the texts that hold p within k edits, and the fewest edits. It cuts p
//    into k+1 pieces (pieces.ts), finds where each piece occurs exactly, and runs
//    Myers' matcher only on the window around each occurrence: a match within k edits
//    keeps a piece intact, and lies within k units of where that piece places it.
import { GramPostings } from './gram-postings.ts';
import { editsMatcher, MYERS_MAX } from './myers.ts';
import { cheapestPieces } from './pieces.ts';
import type { SearchWork } from './work.ts';

export class TextIndex {
  /** gram -> occurrences as pairs [text, position, text, position, ...], ascending. */
  private readonly postings: GramPostings;

  constructor(readonly texts: readonly string[]) {
    this.postings = new GramPostings(texts);
  }

  /** Texts (ascending) that contain `pattern`. */
  containing(pattern: string, work?: SearchWork): number[] {
    const out: number[] = [];
    if (pattern.length === 0) return out;
    this.occurrences(
      pattern,
      (t) => {
        if (out[out.length - 1] !== t) out.push(t);
      },
      work,
    );
    return out;
  }

  /** How many places `gram` (1 to 3 units) occurs at. */
  count(gram: string): number {
    return this.postings.count(gram);
  }

  /** Texts holding `pattern` (1..32 units) within `maxErrors` edits -> the fewest edits.
   *  `accept(text)` may rule texts out before any work is done on them; `near(text, at)`
   *  whether a match may start at `at` (give or take maxErrors): e.g. only at a word start. */
  approx(
    pattern: string,
    maxErrors: number,
    accept: (text: number) => boolean = () => true,
    work?: SearchWork,
    near?: (text: number, at: number) => boolean,
  ): Map<number, number> {
    const m = pattern.length;
    if (m === 0 || m > MYERS_MAX) throw new Error(`approx: pattern length ${m} outside 1..${MYERS_MAX}`);
    if (maxErrors === 0) {
      const exact = new Map<number, number>();
      this.occurrences(pattern, (t, p) => !exact.has(t) && accept(t) && (!near || near(t, p)) && exact.set(t, 0), work);
      return exact;
    }
    const distance = editsMatcher(pattern);
    const k = maxErrors;
    // Per text, for this call: the fewest edits found (-1: none yet) and whether it is
    // accepted (0 unknown, 1 yes, 2 no); reset through `touched` at the end.
    const { edits, verdict } = this.scratch();
    const touched: number[] = [];
    const texts = this.texts;
    for (const piece of cheapestPieces(pattern, k + 1, this.costs(pattern))) {
      const { list, at, check } = this.anchor(piece.text);
      if (work) work.postings += list.length / 2;
      // Windows of one text come in order; overlapping ones are verified as one.
      let text = -1;
      let from = 0;
      let to = 0;
      for (let i = 0; i <= list.length; i += 2) {
        const t = i < list.length ? list[i]! : -1;
        if (t >= 0) {
          const p = list[i + 1]! - at;
          if (check && (p < 0 || !texts[t]!.startsWith(piece.text, p))) continue;
          if (edits[t] === 0) continue;
          if (verdict[t] === 0) {
            verdict[t] = accept(t) ? 1 : 2;
            touched.push(t);
          }
          if (verdict[t] === 2) continue;
          const start = p - piece.offset;
          if (near && !nearStart(near, t, start, k)) continue;
          const a = Math.max(0, start - k);
          const b = Math.min(texts[t]!.length, start + m + k);
          if (t === text && a <= to) {
            to = Math.max(to, b);
            continue;
          }
        }
        if (text >= 0) {
          if (work) work.windows += 1;
          const d = distance(texts[text]!, from, to);
          if (d <= k && (edits[text] === -1 || d < edits[text]!)) edits[text] = d;
        }
        if (t < 0) break;
        text = t;
        from = Math.max(0, list[i + 1]! - at - piece.offset - k);
        to = Math.min(texts[t]!.length, list[i + 1]! - at - piece.offset + m + k);
      }
    }
    const found = new Map<number, number>();
    for (const t of touched) {
      if (edits[t] !== -1) found.set(t, edits[t]!);
      edits[t] = -1;
      verdict[t] = 0;
    }
    return found;
  }

  private scratchArrays?: { edits: Int8Array; verdict: Uint8Array };
  private scratch(): { edits: Int8Array; verdict: Uint8Array } {
    this.scratchArrays ??= { edits: new Int8Array(this.texts.length).fill(-1), verdict: new Uint8Array(this.texts.length) };
    return this.scratchArrays;
  }

  /** Where to look for `piece`: its postings (up to 3 units), or those of its rarest
   *  trigram, `at` units into it, each to be checked against the whole piece. */
  private anchor(piece: string): { list: Int32Array; at: number; check: boolean } {
    if (piece.length <= 3) return { list: this.postings.get(piece), at: 0, check: false };
    let rarest: Int32Array | undefined;
    let at = 0;
    for (let r = 0; r + 3 <= piece.length; r += 1) {
      const list = this.postings.get(piece.slice(r, r + 3));
      if (list.length === 0) return { list, at: 0, check: false };
      if (!rarest || list.length < rarest.length) [rarest, at] = [list, r];
    }
    return { list: rarest!, at, check: true };
  }

  /** Calls visit(text, position) for each exact occurrence of `piece`, in order. */
  occurrences(piece: string, visit: (text: number, position: number) => void, work?: SearchWork): void {
    if (piece.length <= 3) {
      const list = this.postings.get(piece);
      if (work) work.postings += list.length / 2;
      for (let i = 0; i < list.length; i += 2) visit(list[i]!, list[i + 1]!);
      return;
    }
    // Anchor on the piece's rarest trigram, then check the whole piece.
    let rarest: Int32Array | undefined;
    let at = 0;
    for (let r = 0; r + 3 <= piece.length; r += 1) {
      const list = this.postings.get(piece.slice(r, r + 3));
      if (list.length === 0) return;
      if (!rarest || list.length < rarest.length) [rarest, at] = [list, r];
    }
    if (!rarest) return;
    if (work) work.postings += rarest.length / 2;
    for (let i = 0; i < rarest.length; i += 2) {
      const t = rarest[i]!;
      const p = rarest[i + 1]! - at;
      if (p >= 0 && this.texts[t]!.startsWith(piece, p)) visit(t, p);
    }
  }

  /** cost(a, b): how many places pattern[a, b) may occur at (exact up to 3 units, else
   *  the count of its rarest trigram). */
  private costs(pattern: string): (a: number, b: number) => number {
    const count = (gram: string) => this.postings.count(gram);
    const byLength = [1, 2, 3].map((q) =>
      Array.from({ length: Math.max(0, pattern.length - q + 1) }, (_, i) => count(pattern.slice(i, i + q))),
    );
    const tri = byLength[2]!;
    return (a, b) => {
      const len = b - a;
      if (len <= 3) return byLength[len - 1]![a]!;
      let min = Infinity;
      for (let i = a; i + 3 <= b; i += 1) min = Math.min(min, tri[i]!);
      return min;
    };
  }
}

/** Whether a match placed at `start`, give or take k units, may start there. */
function nearStart(near: (text: number, at: number) => boolean, t: number, start: number, k: number): boolean {
  for (let at = Math.max(0, start - k); at <= start + k; at += 1) if (near(t, at)) return true;
  return false;
}
