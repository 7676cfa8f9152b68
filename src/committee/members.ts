// Who is on the committee: the candidates who accepted their invitation (and were not
// revoked). Shared by invitations, meeting polls and consultations.
import { ZONE } from '../core/clock.ts';
import type { Expert } from '../domain/expert.ts';
import type { Person } from '../domain/schema.ts';
import type { Store } from '../db.ts';

export function expertById(store: Store, id: string): Expert | undefined {
  return store.data.experts.find((e) => e.id === id);
}

export function isMember(store: Store, expertId: string): boolean {
  const inv = store.data.invitations[expertId];
  return inv?.answer === 'accepted' && !inv.revokedAt;
}

export function members(store: Store): Expert[] {
  return store.data.experts.filter((e) => isMember(store, e.id));
}

export function personById(store: Store, id: string): Person | undefined {
  return store.data.people.find((p) => p.id === id);
}

/** The time zone to show a person times in: an expert's own, else Qingdao's. */
export function timeZoneOf(store: Store, personId: string): string {
  return expertById(store, personId)?.timeZone ?? ZONE;
}
