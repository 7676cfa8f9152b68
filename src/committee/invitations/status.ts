// Where an invitation stands, derived from its timestamps (never kept as a flag): the one
// word the roster filters on and the overview counts.
import type { Invitation } from '../schema.ts';
import type { Store } from '../../db.ts';

export const INVITATION_STATES = ['accepted', 'declined', 'pending', 'unreachable', 'not-invited', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/**
 * revoked > an answer > delivered and waiting (pending) > tried and not delivered
 * (unreachable) > never sent (not-invited).
 */
export function stateOf(inv: Invitation | undefined): InvitationState {
  if (!inv?.invitedAt && !inv?.deliveredAt) return inv?.revokedAt ? 'revoked' : 'not-invited';
  if (inv.revokedAt) return 'revoked';
  if (inv.answer) return inv.answer;
  return inv.deliveredAt ? 'pending' : 'unreachable';
}

/** When the invitation came into its present state. */
export function stateSince(inv: Invitation | undefined): string | undefined {
  if (!inv) return undefined;
  if (inv.revokedAt) return inv.revokedAt;
  return inv.answer ? inv.answeredAt : (inv.deliveredAt ?? inv.unreachableAt ?? inv.invitedAt);
}

export function expertState(store: Store, expertId: string): InvitationState {
  return stateOf(store.data.invitations[expertId]);
}

/** Experts per state, in roster order. */
export function byState(store: Store): Record<InvitationState, string[]> {
  const out = Object.fromEntries(INVITATION_STATES.map((s) => [s, [] as string[]])) as Record<InvitationState, string[]>;
  for (const e of store.data.experts) out[expertState(store, e.id)].push(e.id);
  return out;
}

/** Whether every candidate still on the roster (not revoked) has answered. */
export function allAnswered(invitations: Record<string, Invitation>, expertIds: readonly string[]): boolean {
  const open = expertIds.filter((id) => !invitations[id]?.revokedAt);
  return open.length > 0 && open.every((id) => invitations[id]?.answer !== undefined);
}
