// Where every 1-, 2- and 3-gram of UTF-16 units occurs in a list of texts, in typed arrays:
// an open-addressing hash table keyed by the gram's units (no string per gram, no array per
// gram), and one postings array of (text, position) pairs, ascending per gram. Built in two
// passes (number and count each occurrence's gram, then fill): several times faster to build than a Map of
// string grams to arrays (a string and an array per occurrence), which matters at start.

// A gram's key, set by keyOf (two numbers, so no array is made per gram): HI is its first
// unit for a 3-gram, else 0; LO its other units. A unit is 0..0xFFFF, so HI = -1 marks an empty slot.
let HI = 0;
let LO = 0;
function keyOf(text: string, i: number, q: number): void {
  const c0 = text.charCodeAt(i);
  if (q === 1) {
    HI = 0;
    LO = c0;
  } else if (q === 2) {
    HI = 0;
    LO = ((c0 << 16) | text.charCodeAt(i + 1)) >>> 0;
  } else {
    HI = c0;
    LO = ((text.charCodeAt(i + 1) << 16) | text.charCodeAt(i + 2)) >>> 0;
  }
}

export class GramPostings {
  private hi: Int32Array;
  private lo: Uint32Array;
  private id: Int32Array; // slot -> gram number
  private mask: number;
  private grams = 0;
  /** Per gram number: where its pairs start (in pairs) and how many there are. */
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  /** (text, position) pairs, grouped by gram. */
  private readonly pairs: Int32Array;

  constructor(texts: readonly string[]) {
    // Distinct grams are few (~13,000 at ten times the plan): start small, grow by doubling.
    this.hi = new Int32Array(1024).fill(-1);
    this.lo = new Uint32Array(1024);
    this.id = new Int32Array(1024);
    this.mask = 1023;
    // Pass 1: number each gram occurrence's gram (hashing once per occurrence) and count.
    let total = 0;
    for (const text of texts) total += Math.max(0, 3 * text.length - 3);
    const gramOf = new Int32Array(total);
    let counts = new Int32Array(1024);
    let n = 0;
    for (const text of texts) {
      for (let i = 0; i < text.length; i += 1) {
        for (let q = 1; q <= 3 && i + q <= text.length; q += 1) {
          keyOf(text, i, q);
          const g = this.insert(HI, LO);
          if (g >= counts.length) {
            const bigger = new Int32Array(counts.length * 2);
            bigger.set(counts);
            counts = bigger;
          }
          counts[g]! += 1;
          gramOf[n++] = g;
        }
      }
    }
    this.start = new Int32Array(this.grams);
    this.size = counts.slice(0, this.grams);
    for (let g = 0, at = 0; g < this.grams; g += 1) {
      this.start[g] = at;
      at += this.size[g]!;
    }
    // Pass 2: fill, in text order, so each gram's pairs are ascending.
    this.pairs = new Int32Array(2 * n);
    const fill = new Int32Array(this.grams);
    n = 0;
    for (let t = 0; t < texts.length; t += 1) {
      const text = texts[t]!;
      for (let i = 0; i < text.length; i += 1) {
        for (let q = 1; q <= 3 && i + q <= text.length; q += 1) {
          const g = gramOf[n++]!;
          const p = 2 * (this.start[g]! + fill[g]!);
          fill[g]! += 1;
          this.pairs[p] = t;
          this.pairs[p + 1] = i;
        }
      }
    }
  }

  /** The (text, position) pairs of a gram of 1 to 3 units, ascending; empty if none. */
  get(gram: string): Int32Array {
    const g = this.gramNumber(gram);
    return g < 0 ? EMPTY : this.pairs.subarray(2 * this.start[g]!, 2 * (this.start[g]! + this.size[g]!));
  }

  /** How many places a gram of 1 to 3 units occurs at. */
  count(gram: string): number {
    const g = this.gramNumber(gram);
    return g < 0 ? 0 : this.size[g]!;
  }

  private gramNumber(gram: string): number {
    keyOf(gram, 0, gram.length);
    for (let s = this.slotOf(HI, LO); ; s = (s + 1) & this.mask) {
      if (this.hi[s] === -1) return -1;
      if (this.hi[s] === HI && this.lo[s] === LO) return this.id[s]!;
    }
  }

  /** murmur3's finaliser over the two halves: every bit of the key reaches the slot. */
  private slotOf(h: number, l: number): number {
    let x = Math.imul(l ^ Math.imul(h, 0x9e3779b1), 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    return x & this.mask;
  }

  /** The gram's number, numbering it if it is new. */
  private insert(h: number, l: number): number {
    for (let s = this.slotOf(h, l); ; s = (s + 1) & this.mask) {
      if (this.hi[s] === -1) {
        if (2 * (this.grams + 1) > this.hi.length) {
          this.grow();
          return this.insert(h, l);
        }
        this.hi[s] = h;
        this.lo[s] = l;
        this.id[s] = this.grams;
        return this.grams++;
      }
      if (this.hi[s] === h && this.lo[s] === l) return this.id[s]!;
    }
  }

  private grow(): void {
    const [hi, lo, id] = [this.hi, this.lo, this.id];
    this.hi = new Int32Array(hi.length * 2).fill(-1);
    this.lo = new Uint32Array(hi.length * 2);
    this.id = new Int32Array(hi.length * 2);
    this.mask = hi.length * 2 - 1;
    for (let s = 0; s < hi.length; s += 1) {
      if (hi[s] === -1) continue;
      let n = this.slotOf(hi[s]!, lo[s]!);
      while (this.hi[n] !== -1) n = (n + 1) & this.mask;
      this.hi[n] = hi[s]!;
      this.lo[n] = lo[s]!;
      this.id[n] = id[s]!;
    }
  }
}

const EMPTY = new Int32Array(0);
