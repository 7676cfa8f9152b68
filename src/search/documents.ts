// Turns plan data into search documents: one per item, indicator and department, each
// with its text folded (see normalize.ts) into the fields the index matches against, and
// where the words and pinyin syllables of each field text start.
// Built once, at index construction; nothing here runs per query.
import type { Department, Indicator, Item, PlanData } from '../domain/schema.ts';
import { fold, foldForms, hasHan, pinyinOfText, type Folded } from './normalize.ts';

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

export function buildDocs(plan: PlanData): SearchDoc[] {
  const departments = new Map(plan.departments.map((d) => [d.id, d]));
  return [
    ...plan.departments.map((d) => toDoc('department', d.id, departmentTexts(d))),
    ...plan.indicators.map((i) => toDoc('indicator', i.code, indicatorTexts(i, departments))),
    ...plan.items.map((i) => toDoc('item', String(i.no), itemTexts(i, departments))),
  ];
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

function toDoc(kind: DocKind, id: string, t: Texts): SearchDoc {
  const starts = new Map<string, number[]>();
  const keep = (folded: Folded[]): string[] =>
    folded.map((f) => {
      const prev = starts.get(f.text);
      starts.set(f.text, prev ? [...new Set([...prev, ...f.starts])].sort((a, b) => a - b) : f.starts);
      return f.text;
    });
  const pinyins = t.zh.filter(hasHan).map(pinyinOfText);
  const exactPinyin = t.exactZh.filter(hasHan).map((text) => pinyinOfText(text).full);
  return {
    kind,
    id,
    exact: nonEmptyUnique([...t.exactZh.map(fold), ...exactPinyin, ...t.exactEn.map(fold)]),
    fields: {
      zh: nonEmptyUnique(keep(t.zh.flatMap(foldForms))),
      py: nonEmptyUnique(keep(pinyins.map((p) => ({ text: p.full, starts: p.starts })))),
      ini: nonEmptyUnique(pinyins.map((p) => p.initials)),
      en: nonEmptyUnique(keep(t.en.flatMap(foldForms))),
      units: nonEmptyUnique(keep(t.units.flatMap(foldForms))),
    },
    starts,
  };
}

function nonEmptyUnique(texts: string[]): string[] {
  return [...new Set(texts.filter((t) => t.length > 0))];
}
