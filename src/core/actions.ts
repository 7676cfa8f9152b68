// Choices carry only a short key; what the key does is kept in the store (so a button
// works after a restart and callback data stays far under Telegram's 64 bytes). A key
// expires; an answer key belongs to the account it was offered to.
import { randomBytes } from 'node:crypto';
import type { Store, PendingAction } from '../store/types.ts';
import type { Choice } from './types.ts';

export const ACTION_TTL_MS = 7 * 24 * 3600_000;

export interface Offer {
  label: string;
  /** A command line run as if typed (e.g. "item 92"), or an answer to the open conversation. */
  command?: string;
  answer?: string;
}

/** Saves the actions of a reply's choices (one write, pruning expired ones) and returns the choices. */
export async function saveOffers(store: Store, owner: string, offers: Offer[], now: Date, ttlMs = ACTION_TTL_MS): Promise<Choice[]> {
  const entries = offers.map((o) => ({
    key: randomBytes(6).toString('base64url'),
    label: o.label,
    action: {
      kind: o.command !== undefined ? 'command' : 'answer',
      value: o.command ?? o.answer ?? '',
      owner,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    } satisfies PendingAction,
  }));
  await store.update((db) => {
    const nowIso = now.toISOString();
    for (const [key, a] of Object.entries(db.actions)) if (a.expiresAt < nowIso) delete db.actions[key];
    for (const e of entries) db.actions[e.key] = e.action;
  });
  return entries.map((e) => ({ key: e.key, label: e.label }));
}

export type Resolved = { ok: true; action: PendingAction } | { ok: false; why: 'unknown' | 'expired' | 'not-yours' };

export function resolveAction(store: Store, key: string, owner: string, now: Date): Resolved {
  const action = store.data.actions[key];
  if (!action) return { ok: false, why: 'unknown' };
  if (action.expiresAt < now.toISOString()) return { ok: false, why: 'expired' };
  // A command runs with the presser's own rights, so anyone may press it; an answer to a
  // conversation belongs to its owner.
  if (action.kind === 'answer' && action.owner !== owner) return { ok: false, why: 'not-yours' };
  return { ok: true, action };
}
