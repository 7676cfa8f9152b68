// The competent simple peer the lookup is measured against (issue 12): what a careful
// engineer would write in an afternoon. A Map for item numbers, indicator codes and whole
// names; a bigram inverted index for substrings (a query of one character scans that
// character's list); bare fuse.js over every document only when nothing matched.
// It reads the query with the same front end as the real search (parseQuery, fold), so
// the two differ only in how they find and rank records.
import type { PlanData } from '../src/domain/schema.ts';
import { buildDocs, type DocKind, type SearchDoc } from '../src/search/documents.ts';
import { BareFuse } from '../src/search/fuzzy.ts';
import { fold } from '../src/search/normalize.ts';
import { parseQuery } from '../src/search/query.ts';

export interface PeerHit {
  kind: DocKind;
  id: string;
}

const CLASSES = ['zh', 'py', 'ini', 'en'] as const;

export class SimplePeer {
  private readonly docs: SearchDoc[];
  private readonly byKey = new Map<string, number>();
  private readonly names = new Map<string, number[]>();
  /** bigram (or single character) -> [text number], ascending, no repeats. */
  private readonly grams = new Map<string, number[]>();
  private readonly texts: Array<{ text: string; doc: number }> = [];
  private readonly fuse: BareFuse;
  private readonly maxItem: number;

  constructor(plan: PlanData) {
    this.docs = buildDocs(plan);
    this.maxItem = Math.max(0, ...plan.items.map((i) => i.no));
    this.docs.forEach((doc, d) => {
      this.byKey.set(`${doc.kind}:${doc.id}`, d);
      for (const name of doc.exact) this.names.set(name, [...(this.names.get(name) ?? []), d]);
      for (const cls of CLASSES) for (const text of doc.fields[cls]) this.addText(text, d);
    });
    this.fuse = new BareFuse(this.docs);
  }

  private addText(text: string, doc: number): void {
    const t = this.texts.push({ text, doc }) - 1;
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i += 1) for (const q of [1, 2]) if (i + q <= text.length) seen.add(text.slice(i, i + q));
    for (const gram of seen) {
      const list = this.grams.get(gram);
      if (list) list.push(t);
      else this.grams.set(gram, [t]);
    }
  }

  search(query: string, opts: { kinds?: DocKind[]; limit?: number } = {}): PeerHit[] {
    const limit = opts.limit ?? 10;
    const wanted = (d: number) => !opts.kinds || opts.kinds.includes(this.docs[d]!.kind);
    const out: number[] = [];
    const add = (d: number | undefined) => {
      if (d !== undefined && wanted(d) && !out.includes(d)) out.push(d);
    };
    const q = parseQuery(query, this.maxItem);
    if (q.number !== undefined) add(this.byKey.get(`item:${q.number}`));
    if (q.code !== undefined) add(this.byKey.get(`indicator:${q.code}`));
    const words = fold(q.words);
    for (const d of this.names.get(words) ?? []) add(d);
    if (words.length > 0 && out.length < limit) {
      const found = this.containing(words)
        .filter((t) => wanted(this.texts[t]!.doc))
        .sort((a, b) => this.texts[a]!.text.length - this.texts[b]!.text.length || a - b);
      for (const t of found) add(this.texts[t]!.doc);
      if (out.length === 0) for (const r of this.fuse.search(words)) add(r.refIndex);
    }
    return out.slice(0, limit).map((d) => ({ kind: this.docs[d]!.kind, id: this.docs[d]!.id }));
  }

  /** Texts holding `words`: the shortest posting list among its bigrams, then includes(). */
  private containing(words: string): number[] {
    const grams = words.length === 1 ? [words] : Array.from({ length: words.length - 1 }, (_, i) => words.slice(i, i + 2));
    let shortest: number[] | undefined;
    for (const gram of grams) {
      const list = this.grams.get(gram);
      if (!list) return [];
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return (shortest ?? []).filter((t) => this.texts[t]!.text.includes(words));
  }
}
