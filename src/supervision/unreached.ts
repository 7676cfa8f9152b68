// Reminders that reached nobody, for the secretariat (总览 and the weekly digest): the
// `reminders` log records each one as 'unreachable' (nobody in the unit with the role, or
// nobody with an account on a running platform). Grouped by unit, with the people who could
// not be reached and are still unreachable now, so the secretariat knows whom to bind.
import type { Services } from '../core/context.ts';
import type { Person } from '../domain/schema.ts';
import { joinList, personName, unitName, type Voice } from '../views/format.ts';
import { REMINDERS_LOG, type ReminderRecord } from './reminders/run.ts';

export interface UnreachedUnit {
  unit: string;
  /** Reminders to this unit that reached nobody. */
  count: number;
  /** Its people a reminder was meant for who still cannot be reached; empty: it has nobody to remind. */
  people: string[];
}

/** Units whose reminders reached nobody after `since` and still would, most reminders first. */
export function unreachedUnits(services: Pick<Services, 'store' | 'plan' | 'notifier'>, since: Date, now: Date): UnreachedUnit[] {
  const { store, plan, notifier } = services;
  const people = new Map(store.data.people.map((p) => [p.id, p]));
  const stillUnreachable = (p: Person | undefined) => p !== undefined && !notifier.canReach(p);
  const byUnit = new Map<string, { count: number; people: Set<string>; nobody: boolean }>();
  for (const r of store.records(REMINDERS_LOG)) {
    const at = Date.parse(r.at);
    if (r.status !== 'unreachable' || at <= since.getTime() || at > now.getTime()) continue;
    const missed = r.deliveries.filter((d) => !d.ok).map((d) => d.person);
    // Reached since (someone bound an account): no longer the secretariat's concern.
    if (missed.length && !missed.some((id) => stillUnreachable(people.get(id)))) continue;
    for (const unit of unitsOf(r, plan.item.bind(plan), people)) {
      const row = byUnit.get(unit) ?? { count: 0, people: new Set<string>(), nobody: false };
      row.count++;
      if (!r.to.length) row.nobody = true;
      for (const id of missed) if (people.get(id)?.department === unit && stillUnreachable(people.get(id))) row.people.add(id);
      byUnit.set(unit, row);
    }
  }
  return [...byUnit]
    .map(([unit, row]) => ({ unit, count: row.count, people: row.nobody ? [] : [...row.people] }))
    .sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit));
}

/** The units a reminder was for: its unit (a call for reports), its item's lead units, or its recipients' units. */
function unitsOf(r: ReminderRecord, item: Services['plan']['item'], people: Map<string, Person>): string[] {
  if (r.unit) return [r.unit];
  const lead = r.item !== undefined ? item(r.item)?.lead : undefined;
  if (lead?.length && r.kind !== 'digest' && r.level !== 'admins') return lead;
  return [...new Set(r.to.map((id) => people.get(id)?.department).filter((d): d is string => d !== undefined))];
}

/** "市商务局（未绑定：徐婷）" / "市外办（无人可提醒）": one line per unit, at most `cap`. */
export function unreachedLines(
  voice: Voice,
  services: Pick<Services, 'store' | 'plan'>,
  units: readonly UnreachedUnit[],
  cap: number,
): string[] {
  const lines = units.slice(0, cap).map((u) =>
    voice.t('unreached-unit', {
      unit: unitName(voice, services.plan.data, u.unit),
      count: u.count,
      who: u.people.length
        ? joinList(
            voice,
            u.people.map((id) => personName(voice, services.store.data.people, id)),
          )
        : 'nobody',
    }),
  );
  if (units.length > cap) lines.push(voice.t('more-units', { count: units.length - cap }));
  return lines;
}
