// Who is looking, and what they may see. The secretariat (admin) and officials see
// everything; a department's head and reporters see their unit's items (led or shared) and
// the plan's overview; experts and people without a unit get no dashboard at all. Decided
// anew on every request from the store, so a changed role takes effect at once.
import type { Services } from '../core/context.ts';
import { langOf } from '../core/lang.ts';
import type { Lang } from '../core/types.ts';
import type { Item, Person } from '../domain/schema.ts';
import { voiceFor, type Voice } from '../views/format.ts';

export type Scope = { kind: 'all' } | { kind: 'unit'; dept: string };

export interface Viewer {
  person: Person;
  scope: Scope;
  lang: Lang;
  voice: Voice;
}

/** What a person may see on the dashboard; undefined when it is not for them. */
export function scopeOf(person: Person | undefined): Scope | undefined {
  if (!person) return undefined;
  if (person.roles.includes('admin') || person.roles.includes('official')) return { kind: 'all' };
  if ((person.roles.includes('head') || person.roles.includes('reporter')) && person.department)
    return { kind: 'unit', dept: person.department };
  return undefined;
}

export function viewerOf(services: Pick<Services, 'store' | 'defaultLang' | 'i18n'>, personId: string): Viewer | undefined {
  const person = services.store.data.people.find((p) => p.id === personId);
  const scope = scopeOf(person);
  if (!person || !scope) return undefined;
  const lang = langOf(services, person);
  return { person, scope, lang, voice: voiceFor(services.i18n, lang) };
}

/** Whether the viewer sees everything: the committee, the exports, every item. */
export function seesAll(viewer: Viewer): boolean {
  return viewer.scope.kind === 'all';
}

export function mayViewItem(viewer: Viewer, item: Item): boolean {
  const { scope } = viewer;
  return scope.kind === 'all' || item.lead.includes(scope.dept) || item.responsible.includes(scope.dept);
}
