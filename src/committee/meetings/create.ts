// Turns a parsed spec into a saved meeting: who is invited (the committee's members, or
// for a training session the people of the named departments), who is required, and the
// quorum. The meeting is saved open but not yet sent; sending the poll is a separate,
// confirmed step.
import { createUnitResolver } from '../../plan/units.ts';
import { members } from '../members.ts';
import type { Meeting } from '../schema.ts';
import type { MeetingSpec, Problem } from './parse.ts';
import { findAmong, nextMeetingId } from './repo.ts';
import type { Store } from '../../db.ts';

/** Department roles invited to a training session. */
const TRAINEE_ROLES = ['head', 'reporter', 'official'] as const;

export type Created = { ok: true; meeting: Meeting } | ({ ok: false } & Problem);

function invitees(store: Store, spec: MeetingSpec): { ok: true; ids: string[] } | ({ ok: false } & Problem) {
  if (!spec.departments.length) {
    const ids = members(store).map((e) => e.id);
    return ids.length ? { ok: true, ids } : { ok: false, error: 'meeting-error-no-members' };
  }
  const resolver = createUnitResolver(store.data.plan.departments);
  const units = new Set<string>();
  for (const name of spec.departments) {
    const d = resolver.resolve(name);
    if (!d) {
      const like = resolver.suggest(name);
      return { ok: false, error: 'meeting-error-unit', args: { name, suggestion: like?.name ?? 'none' } };
    }
    units.add(d.id);
  }
  const ids = store.data.people
    .filter(
      (p) => p.department !== undefined && units.has(p.department) && p.roles.some((r) => (TRAINEE_ROLES as readonly string[]).includes(r)),
    )
    .map((p) => p.id);
  return ids.length ? { ok: true, ids } : { ok: false, error: 'meeting-error-unit-empty', args: { units: spec.departments.join('、') } };
}

export async function createMeeting(store: Store, spec: MeetingSpec, by: string, now: Date): Promise<Created> {
  const who = invitees(store, spec);
  if (!who.ok) return who;
  const required: string[] = [];
  for (const name of spec.required) {
    const id = findAmong(store, who.ids, name);
    if (!id) return { ok: false, error: 'meeting-error-required', args: { name } };
    if (!required.includes(id)) required.push(id);
  }
  if (spec.min !== undefined && spec.min > who.ids.length) {
    return { ok: false, error: 'meeting-error-quorum-high', args: { min: spec.min, count: who.ids.length } };
  }
  const draft: Omit<Meeting, 'id'> = {
    title: spec.title,
    audience: spec.departments.length ? 'people' : 'members',
    invitees: who.ids,
    slots: spec.slots.map((s, i) => ({ id: String(i + 1), start: s.start.toISOString(), end: s.end.toISOString() })),
    deadline: spec.deadline.toISOString(),
    quorum: { required, ...(spec.min !== undefined ? { min: spec.min } : {}) },
    hiddenVotes: spec.hidden,
    status: 'open',
    schedule: 0,
    createdBy: by,
    createdAt: now.toISOString(),
    ...(spec.titleEn ? { titleEn: spec.titleEn } : {}),
    ...(spec.place ? { place: spec.place } : {}),
    ...(spec.placeEn ? { placeEn: spec.placeEn } : {}),
    ...(spec.link ? { link: spec.link } : {}),
    ...(spec.agenda ? { agenda: spec.agenda } : {}),
    ...(spec.agendaEn ? { agendaEn: spec.agendaEn } : {}),
  };
  const id = await store.update((db) => {
    const m: Meeting = { id: nextMeetingId(db.meetings), ...structuredClone(draft) };
    db.meetings[m.id] = m;
    return m.id;
  });
  return { ok: true, meeting: store.data.meetings[id]! };
}
