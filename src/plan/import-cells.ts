// Parsers for single cells of an imported list: deadlines, numbers, years and the plan's
// parts, plus the text comparison and unknown-department hint both readers use. Each
// parser returns a value or says why it could not, and never throws.
import type { Part } from '../domain/schema.ts';
import { normaliseText, type UnitResolver } from './units.ts';

const CHINESE_DIGITS = '〇一二三四五六七八九';

export type Parsed<T> = { value: T } | { error: 'invalid' | 'ambiguous' | 'no-year' };

/**
 * A deadline: 2016-10, 2016.10, 2016/10, 2016年10月(底), 2016年底, 年底前 (needs `year`),
 * 2016-10-31 or 2016年10月31日. Months give YYYY-MM, days YYYY-MM-DD. `numeric` says the
 * spreadsheet stored a number: then 2016.1 may be 2016.10 with its zero dropped.
 */
export function parseDeadline(raw: string, year?: number, numeric = false): Parsed<string> {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const month = (y: number, m: number): Parsed<string> =>
    m >= 1 && m <= 12 ? { value: `${y}-${String(m).padStart(2, '0')}` } : { error: 'invalid' };
  let match = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})[日号]?(前|之前|以前)?$/.exec(text);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: 'invalid' };
    return { value: date.toISOString().slice(0, 10) };
  }
  match = /^(\d{4})[-./年](\d{1,2})月?(底|末|底前|末前|前|之前|以前|内)?$/.exec(text);
  if (match) {
    if (numeric && /^\d{4}\.1$/.test(text)) return { error: 'ambiguous' };
    return month(Number(match[1]), Number(match[2]));
  }
  match = /^(\d{4})年?(年?底|年?末|年?底前|年?末前|年?内)?$/.exec(text);
  if (match) return month(Number(match[1]), 12);
  if (/^(今年|本年)?(年底|年末|年底前|年末前|年内|底)$/.test(text)) return year ? month(year, 12) : { error: 'no-year' };
  match = /^(\d{1,2})月(底|末|底前|前|内)?$/.exec(text);
  if (match) return year ? month(year, Number(match[1])) : { error: 'no-year' };
  return { error: 'invalid' };
}

/** A number as typed: thousands separators, a trailing % and full-width digits are fine. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '').replace(/%$/, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
}

export function parseYear(raw: string): number | undefined {
  const match = /^(\d{4})年?$/.exec(raw.normalize('NFKC').trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** A part: 1-5, 第一部分, 一、<name>, or its name (Chinese or English). */
export function resolvePart(raw: string, parts: readonly Part[]): Part | undefined {
  const text = raw.normalize('NFKC').trim();
  const byId = (id: number) => parts.find((part) => part.id === id);
  if (/^\d+$/.test(text)) return byId(Number(text));
  const numbered = /^(?:第)?([〇一二三四五六七八九\d]+)(?:部分|板块)?[、.．,，:：\s]*(.*)$/.exec(text);
  const number = numbered ? numeralValue(numbered[1]!) : undefined;
  const name = normaliseText(number !== undefined ? numbered![2]! : text);
  if (name !== '') {
    const byName = parts.find((part) => {
      const candidates = [normaliseText(part.name), normaliseText(part.nameEn)];
      return candidates.some((c) => c === name || (Math.min(c.length, name.length) >= 4 && (c.includes(name) || name.includes(c))));
    });
    if (byName) return byName;
  }
  return number !== undefined ? byId(number) : undefined;
}

function numeralValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return text.length === 1 && CHINESE_DIGITS.includes(text) ? CHINESE_DIGITS.indexOf(text) : undefined;
}

export function unknownUnit(resolver: UnitResolver, unit: string): { zh: string; en: string } {
  const near = resolver.suggest(unit);
  return near ? { zh: `，是否指 "${near.name}"？`, en: `; did you mean "${near.name}" (${near.nameEn})?` } : { zh: '', en: '' };
}

/** Whether two texts are the same apart from whitespace (to keep hand-added English texts). */
export const same = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\s+/g, '') === (b ?? '').replace(/\s+/g, '');
