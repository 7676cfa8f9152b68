// Every folded text of every search document, as one flat table of "slots" (text,
// document, field class, main or secondary), with the n-gram index over them.
// Shared by substring search (PlanIndex) and fuzzy narrowing (NarrowedFuse).
import type { FieldClass, SearchDoc } from './documents.ts';
import { GramIndex } from './gram-index.ts';

export class Slots {
  readonly texts: string[] = [];
  readonly doc: Int32Array;
  readonly cls: FieldClass[] = [];
  /** 1 for a text after the first of its class (a benchmark, an alias): ranks lower. */
  readonly secondary: Uint8Array;
  readonly grams: GramIndex;

  constructor(docs: readonly SearchDoc[]) {
    const docOf: number[] = [];
    const secondary: number[] = [];
    docs.forEach((doc, d) => {
      for (const cls of Object.keys(doc.fields) as FieldClass[]) {
        doc.fields[cls].forEach((text, rank) => {
          this.texts.push(text);
          this.cls.push(cls);
          docOf.push(d);
          secondary.push(rank > 0 ? 1 : 0);
        });
      }
    });
    this.doc = Int32Array.from(docOf);
    this.secondary = Uint8Array.from(secondary);
    this.grams = new GramIndex(this.texts);
  }
}
