// What the supervision views need to speak: a language, the catalog and the bilingual pick.
// A command's Context is a Voice; the weekly digest and the export CLI, which have no
// incoming message, build one from the catalogs. Also the small formatters they share
// (unit and person names, days), so no view needs a Context.
import type { Lang } from '../core/types.ts';
import type { Department, Person, PlanData } from '../domain/schema.ts';
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

export function joinList(voice: Voice, parts: readonly string[]): string {
  return parts.join(voice.lang === 'en' ? ', ' : '、');
}

/** "in 12 days" / "3 days overdue" / "due today", from a signed day count. */
export function daysText(voice: Voice, daysLeft: number): string {
  if (daysLeft === 0) return voice.t('due-today');
  return daysLeft > 0 ? voice.t('days-left', { days: daysLeft }) : voice.t('days-overdue', { days: -daysLeft });
}

export function shorten(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text;
}
