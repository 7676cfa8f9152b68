// Who receives a reminder: the people of the lead units with a role, and the admins.
import type { Person, Role } from '../../domain/schema.ts';

/** The people of some units with a role; with `fallback`, the units' heads when nobody has it. */
export function unitPeople(people: readonly Person[], units: readonly string[], role: Role, fallback = true): string[] {
  const found = people.filter((p) => p.department && units.includes(p.department) && p.roles.includes(role)).map((p) => p.id);
  if (found.length || !fallback || role === 'head') return found;
  return unitPeople(people, units, 'head', false);
}

export function withRole(people: readonly Person[], role: Role): string[] {
  return people.filter((p) => p.roles.includes(role)).map((p) => p.id);
}
