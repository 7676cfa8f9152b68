// How everything the bot draws speaks to its reader. A Voice is what a view needs of the
// reader: a language, the catalog and the bilingual pick. A command's Context is a Voice; the
// weekly digest, the reminders and the export CLI, which have no incoming message, build one
// from the catalogs. Also the small formatters every view shares (unit, person and country
// names, lists, days left and ago, numbers, the sample mark), so no view needs a Context.
// Prose lives in the catalogs; dates are written by core/clock.ts.
import { daysBetween, deadlineDay, intlLocale, shanghaiDate } from '../core/clock.ts';
import type { Lang } from '../core/types.ts';
import type { Department, Person, PlanData, Provenance } from '../domain/schema.ts';
import type { Args, I18n } from '../i18n/i18n.ts';

export interface Voice {
  readonly lang: Lang;
  t(id: string, args?: Args): string;
  pick(zh: string, en?: string): string;
}

export function voiceFor(i18n: I18n, lang: Lang): Voice {
  return {
    lang,
    t: (id, args) => i18n.t(lang, id, args),
    pick: (zh, en) => (lang === 'en' && en ? en : zh),
  };
}

// --- Names ---

const byPlan = new WeakMap<PlanData, Map<string, Department>>();

/** A department's name in the reader's language; the id when the plan does not know it. */
export function unitName(voice: Voice, plan: PlanData, id: string): string {
  let map = byPlan.get(plan);
  if (!map) byPlan.set(plan, (map = new Map(plan.departments.map((d) => [d.id, d]))));
  const d = map.get(id);
  return d ? voice.pick(d.name, d.nameEn) : id;
}

export function unitList(voice: Voice, plan: PlanData, ids: readonly string[]): string {
  return joinList(
    voice,
    ids.map((id) => unitName(voice, plan, id)),
  );
}

export function personName(voice: Voice, people: readonly Person[], id: string): string {
  const p = people.find((x) => x.id === id);
  return p ? voice.pick(p.name, p.nameEn) : id;
}

const regions = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the reader's language (the ISO code kept when unknown). */
export function countryName(voice: Pick<Voice, 'lang'>, code: string): string {
  let names = regions.get(voice.lang);
  if (!names) regions.set(voice.lang, (names = new Intl.DisplayNames([intlLocale(voice.lang)], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function joinList(voice: Pick<Voice, 'lang'>, parts: readonly string[]): string {
  return parts.join(voice.lang === 'en' ? ', ' : '、');
}

export function shorten(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text;
}

/** English carries less per character: English text may be this many times as long. */
export const EN_WIDTH = 2;

/**
 * A name in the reader's language cut to about `width` Chinese characters: English gets
 * EN_WIDTH times as many, and is cut at a word, never inside one.
 */
export function fitText(voice: Pick<Voice, 'lang'>, text: string, width: number): string {
  if (voice.lang !== 'en') return shorten(text, width);
  const max = width * EN_WIDTH;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}

// --- Days and numbers ---

/** Days from today (Shanghai) to the deadline's last day: negative once it has passed. */
export function daysLeft(now: Date, deadline: string): number {
  return daysBetween(shanghaiDate(now), deadlineDay(deadline));
}

/** "in 12 days" / "3 days overdue" / "due today", from a signed day count. */
export function daysText(voice: Voice, daysLeft: number): string {
  if (daysLeft === 0) return voice.t('due-today');
  return daysLeft > 0 ? voice.t('days-left', { days: daysLeft }) : voice.t('days-overdue', { days: -daysLeft });
}

/** Whole days since an ISO time, for "last update 31 days ago". */
export function daysAgo(now: Date, iso: string): number {
  return Math.max(0, daysBetween(shanghaiDate(iso), shanghaiDate(now)));
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(voice: Pick<Voice, 'lang'>, n: number): string {
  let f = numberFormats.get(voice.lang);
  if (!f) numberFormats.set(voice.lang, (f = new Intl.NumberFormat(intlLocale(voice.lang), { maximumFractionDigits: 2 })));
  return f.format(n);
}

// --- Where a record comes from ---

/** The provenance line every record shows. */
export function provenanceLine(voice: Voice, p: Provenance, values?: Provenance): string {
  if (values && values !== p) return voice.t('provenance-mixed', { name: p, values });
  return voice.t('provenance', { p });
}

/** " · 示例数据 / sample" after a title, when the record is made up. */
export function sampleTag(voice: Voice, p: Provenance): string {
  return p === 'sample' ? ` · ${voice.t('sample-tag')}` : '';
}
