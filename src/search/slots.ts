// Every folded text of every search document, deduplicated (a unit's name sits in
// hundreds of items; a scaled plan repeats benchmarks), with where each text is used:
// which document, which field class, main or secondary; where its words start (a Latin
// query matches from the start of a word or pinyin syllable, never from inside one). Also
// the index over the texts. Shared by substring, gapped and fuzzy search.
import { FUZZY_CLASSES, type FieldClass, type SearchDoc } from './documents.ts';
import { TextIndex } from './text-index.ts';

export interface Use {
  doc: number;
  cls: FieldClass;
  /** A text after the first of its class (a benchmark, an alias): ranks lower. */
  secondary: boolean;
}

export class Slots {
  readonly texts: string[] = [];
  /** uses[text]: where the text is used. */
  readonly uses: Use[][] = [];
  /** fuzzy[text]: 1 if fuse.js scores this text for some document (zh, py or en). */
  readonly fuzzy: Uint8Array;
  readonly index: TextIndex;
  /** starts[text][i] is 1 where a word or syllable starts (every position, in initials). */
  private readonly starts: Uint8Array[] = [];

  constructor(docs: readonly SearchDoc[]) {
    const idOf = new Map<string, number>();
    docs.forEach((doc, d) => {
      for (const cls of Object.keys(doc.fields) as FieldClass[]) {
        doc.fields[cls].forEach((text, rank) => {
          let t = idOf.get(text);
          if (t === undefined) {
            idOf.set(text, (t = this.texts.length));
            this.texts.push(text);
            this.uses.push([]);
          }
          this.uses[t]!.push({ doc: d, cls, secondary: rank > 0 });
          this.markStarts(t, text, cls === 'ini' ? undefined : (doc.starts.get(text) ?? [0]));
        });
      }
    });
    const fuzzyClasses = new Set<FieldClass>(FUZZY_CLASSES);
    this.fuzzy = Uint8Array.from(this.uses, (uses) => (uses.some((u) => fuzzyClasses.has(u.cls)) ? 1 : 0));
    this.index = new TextIndex(this.texts);
  }

  /** Whether a word starts at `position` of text `t` (the end of the text counts). */
  isStart(t: number, position: number): boolean {
    const bits = this.starts[t]!;
    return position >= bits.length || bits[position] === 1;
  }

  private markStarts(t: number, text: string, starts: readonly number[] | undefined): void {
    const bits = (this.starts[t] ??= new Uint8Array(text.length));
    if (starts === undefined) bits.fill(1);
    else for (const s of starts) if (s < bits.length) bits[s] = 1;
  }
}
