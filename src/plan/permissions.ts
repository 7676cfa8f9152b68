// Who may write what about the plan. The secretariat (admin) may enter any report, recorded
// as "on behalf of" the lead unit; a department's reporters and heads report on the items
// their department leads or shares, and on the indicators it answers for.
import type { Indicator, Item, Person } from '../domain/schema.ts';

export type Grant = { ok: true; onBehalfOf?: string } | { ok: false };

export function mayReportItem(person: Person | undefined, item: Item): Grant {
  if (!person) return { ok: false };
  const dept = person.department;
  const own = dept !== undefined && (item.lead.includes(dept) || item.responsible.includes(dept));
  if (own && (person.roles.includes('reporter') || person.roles.includes('head'))) return { ok: true };
  if (person.roles.includes('admin')) return { ok: true, onBehalfOf: own ? undefined : item.lead[0] };
  return { ok: false };
}

export function mayReportIndicator(person: Person | undefined, ind: Indicator): Grant {
  if (!person) return { ok: false };
  const own = person.department !== undefined && ind.department === person.department;
  if (own && (person.roles.includes('reporter') || person.roles.includes('head'))) return { ok: true };
  if (person.roles.includes('admin')) return { ok: true, onBehalfOf: own ? undefined : ind.department };
  return { ok: false };
}

/**
 * The items a person reports on from their own place: their unit's (lead or shared), and for
 * the secretariat, when `allForAdmin`, every item (it may report on behalf of any unit).
 */
export function ownItems(person: Person | undefined, items: readonly Item[], opts: { allForAdmin?: boolean } = {}): Item[] {
  const dept = person?.department;
  return items.filter(
    (i) =>
      mayReportItem(person, i).ok &&
      ((opts.allForAdmin && person?.roles.includes('admin')) || (dept !== undefined && [...i.lead, ...i.responsible].includes(dept))),
  );
}
