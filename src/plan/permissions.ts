// Who may write what about the plan. Only an item's lead unit sets where the item stands
// (its status and progress); the secretariat (admin) may enter that for the lead unit, recorded
// as "on behalf of" it. A responsible unit's reporters and heads report their own part of the
// item: a contribution, which never sets the item's status. A department reports on the
// indicators it answers for.
import type { Indicator, Item, Person } from '../domain/schema.ts';

export type Grant = { ok: true; onBehalfOf?: string; contributionOf?: string } | { ok: false };

export function mayReportItem(person: Person | undefined, item: Item): Grant {
  if (!person) return { ok: false };
  const dept = person.department;
  const reporter = person.roles.includes('reporter') || person.roles.includes('head');
  const leads = dept !== undefined && item.lead.includes(dept);
  if (leads && reporter) return { ok: true };
  if (person.roles.includes('admin')) return { ok: true, onBehalfOf: leads ? undefined : item.lead[0] };
  if (dept !== undefined && item.responsible.includes(dept) && reporter) return { ok: true, contributionOf: dept };
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
