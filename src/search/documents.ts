// Turns plan data into search documents: one per item, indicator and department, each
// with its text folded (see normalize.ts) into the fields the index matches against, and
// where the words and pinyin syllables of each field text start.
// Built once, at index construction; nothing here runs per query. The documents of a plan
// can be saved and read back (search-cache.ts): keyed by the plan, the vocabulary and
// DOCS_FORMAT, so a start on a plan seen before folds nothing.
import { createHash } from 'node:crypto';
import type { Department, Indicator, Item, PlanData } from '../domain/schema.ts';
import { fold, foldForms, hasHan, pinyinOfText, type Folded } from './normalize.ts';
import { vocabulary } from './vocabulary.ts';

/** Bump when folding, pinyin or the document layout change: saved documents are then rebuilt. */
export const DOCS_FORMAT = 1;

export type DocKind = 'item' | 'indicator' | 'department';

/** Where a piece of text sits in a document; decides how a substring hit ranks. */
export type FieldClass = 'zh' | 'py' | 'ini' | 'en' | 'units';

export interface SearchDoc {
  kind: DocKind;
  id: string; // item number as a string, indicator code, department id
  /** Folded names that count as an exact hit: title / name / aliases, their pinyin, English. */
  exact: string[];
  /** Per class, folded texts; the first entry is the main name, later ones rank lower. */
  fields: Record<FieldClass, string[]>;
  /** Where words start in each field text (every position, in initials). */
  starts: Map<string, number[]>;
}

/** The keys fuse.js scores (ini and units are matched as substrings only: a typo in
 *  initials means nothing, and fuzzy unit names would drag in every item of a unit). */
export const FUZZY_CLASSES = ['zh', 'py', 'en'] as const satisfies readonly FieldClass[];

interface Texts {
  zh: string[];
  en: string[];
  units: string[];
  exactZh: string[];
  exactEn: string[];
}

export interface KeyedDocs {
  key: string;
  docs: SearchDoc[];
}
/** Documents read from a saved cache, and the last built here (what a save writes). */
let saved: KeyedDocs | undefined;
let built: KeyedDocs | undefined;

export function buildDocs(plan: PlanData): SearchDoc[] {
  const key = docsKey(plan);
  if (saved?.key === key) return saved.docs;
  if (built?.key === key) return built.docs;
  const departments = new Map(plan.departments.map((d) => [d.id, d]));
  const fold = new Folder();
  const docs = [
    ...plan.departments.map((d) => toDoc('department', d.id, departmentTexts(d), fold)),
    ...plan.indicators.map((i) => toDoc('indicator', i.code, indicatorTexts(i, departments), fold)),
    ...plan.items.map((i) => toDoc('item', String(i.no), itemTexts(i, departments), fold)),
  ];
  built = { key, docs };
  return docs;
}

/** What the documents of a plan depend on: the plan's searchable records, the vocabulary,
 *  and the code's DOCS_FORMAT. */
export function docsKey(plan: PlanData): string {
  const { items, indicators, departments } = plan;
  return createHash('sha256')
    .update(JSON.stringify([DOCS_FORMAT, vocabulary(), items, indicators, departments]))
    .digest('hex');
}

/** Documents read back from a cache: used by buildDocs for the plan they were built from. */
export function useSavedDocs(docs: KeyedDocs | undefined): void {
  saved = docs;
}

/** Forgets documents read or built (a test's restart). */
export function forgetDocs(): void {
  saved = undefined;
  built = undefined;
}

/** The documents built in this process and not yet saved, if any. */
export function docsToSave(): KeyedDocs | undefined {
  return built && built.key !== saved?.key ? built : undefined;
}

/** Folds each distinct text once per build: unit names recur in every item of the unit,
 *  benchmarks in many items. */
class Folder {
  private readonly forms = new Map<string, Folded[]>();
  private readonly folded = new Map<string, string>();
  private readonly pinyins = new Map<string, ReturnType<typeof pinyinOfText>>();

  formsOf = (text: string): Folded[] => memo(this.forms, text, foldForms);
  fold = (text: string): string => memo(this.folded, text, fold);
  pinyin = (text: string) => memo(this.pinyins, text, pinyinOfText);
}

function memo<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}

function departmentTexts(d: Department): Texts {
  const zhAliases = d.aliases.filter(hasHan);
  const enAliases = d.aliases.filter((a) => !hasHan(a));
  return {
    zh: [d.name, ...zhAliases],
    en: [d.nameEn, ...enAliases],
    units: [],
    exactZh: [d.name, ...zhAliases],
    // The id is an English slug people also use as a name (ndrc, ccpit).
    exactEn: [d.nameEn, ...enAliases, d.id],
  };
}

function indicatorTexts(i: Indicator, departments: Map<string, Department>): Texts {
  return {
    zh: [i.name],
    en: [i.nameEn],
    units: unitNames(i.department ? [i.department] : [], departments),
    exactZh: [i.name],
    exactEn: [i.nameEn],
  };
}

function itemTexts(i: Item, departments: Map<string, Department>): Texts {
  return {
    zh: [i.title, ...(i.benchmark ? [i.benchmark] : [])],
    en: [...(i.titleEn ? [i.titleEn] : []), ...(i.benchmarkEn ? [i.benchmarkEn] : [])],
    units: unitNames([...i.lead, ...i.responsible], departments),
    exactZh: [i.title],
    exactEn: i.titleEn ? [i.titleEn] : [],
  };
}

function unitNames(ids: readonly string[], departments: Map<string, Department>): string[] {
  return ids.flatMap((id) => {
    const d = departments.get(id);
    return d ? [d.name, ...d.aliases, d.nameEn] : [];
  });
}

function toDoc(kind: DocKind, id: string, t: Texts, f: Folder): SearchDoc {
  const starts = new Map<string, number[]>();
  const keep = (folded: Folded[]): string[] =>
    folded.map((f) => {
      const prev = starts.get(f.text);
      starts.set(f.text, prev ? [...new Set([...prev, ...f.starts])].sort((a, b) => a - b) : f.starts);
      return f.text;
    });
  const pinyins = t.zh.filter(hasHan).map(f.pinyin);
  const exactPinyin = t.exactZh.filter(hasHan).map((text) => f.pinyin(text).full);
  return {
    kind,
    id,
    exact: nonEmptyUnique([...t.exactZh.map(f.fold), ...exactPinyin, ...t.exactEn.map(f.fold)]),
    fields: {
      zh: nonEmptyUnique(keep(t.zh.flatMap(f.formsOf))),
      py: nonEmptyUnique(keep(pinyins.map((p) => ({ text: p.full, starts: p.starts })))),
      ini: nonEmptyUnique(pinyins.map((p) => p.initials)),
      en: nonEmptyUnique(keep(t.en.flatMap(f.formsOf))),
      units: nonEmptyUnique(keep(t.units.flatMap(f.formsOf))),
    },
    starts,
  };
}

function nonEmptyUnique(texts: string[]): string[] {
  return [...new Set(texts.filter((t) => t.length > 0))];
}
