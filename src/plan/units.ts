// Resolving the unit names written in an imported list (牵头单位, 责任部门) to department
// ids. Official lists spell units many ways: Traditional or Simplified, full-width
// characters, with or without the 市 / 青岛市 prefix, short names (市发改委). A name
// matches a department when its normalised form equals the normalised name, an alias,
// the English name or the id; anything else is unknown, and the closest department name
// is offered as a suggestion.
import type { Department } from '../domain/schema.ts';
import { toSimplified } from '../i18n/script.ts';

/** Traditional characters to Simplified (the plan data is kept in Simplified). */
export const simplified = toSimplified;

/** NFKC, no whitespace, Traditional to Simplified, lower case. Also used for headers. */
export function normaliseText(text: string): string {
  return simplified(text.normalize('NFKC').replace(/\s+/g, '')).toLowerCase();
}

/** A unit name normalised for matching: also drops the 青岛市 / 青岛 / 市 prefix. */
export function normaliseUnit(name: string): string {
  const text = normaliseText(name);
  const bare = text.replace(/^(青岛市|青岛|市)/, '');
  return bare === '' ? text : bare;
}

/** Splits a cell that lists several units: 、，, ; ； / ／ and line breaks. */
export function splitUnits(cell: string): string[] {
  return cell
    .split(/[、，,;；/／\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface UnitResolver {
  resolve(name: string): Department | undefined;
  /** The department whose name or alias is closest to `name` (for "did you mean"). */
  suggest(name: string): Department | undefined;
}

export function createUnitResolver(departments: readonly Department[]): UnitResolver {
  const byKey = new Map<string, Department>();
  const keys: { key: string; department: Department }[] = [];
  for (const department of departments) {
    const names = [department.name, ...department.aliases, department.nameEn, department.id];
    for (const name of names) {
      const key = normaliseUnit(name);
      if (key === '') continue;
      // The first department to claim a spelling keeps it: names come before aliases.
      if (!byKey.has(key)) byKey.set(key, department);
      keys.push({ key, department });
    }
  }
  return {
    resolve: (name) => byKey.get(normaliseUnit(name)),
    suggest(name) {
      const wanted = normaliseUnit(name);
      let best: { distance: number; department: Department } | undefined;
      for (const { key, department } of keys) {
        const distance = levenshtein(wanted, key);
        if (!best || distance < best.distance) best = { distance, department };
      }
      // A suggestion that shares less than half of the name is noise, not help.
      const fits = best && best.distance < wanted.length && best.distance <= Math.ceil(wanted.length / 2);
      return fits ? best!.department : undefined;
    },
  };
}

export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}
