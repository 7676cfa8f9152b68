// Choices carry only a short key; what the key does is kept in the store (so a button
// works after a restart and callback data stays far under Telegram's 64 bytes). A command
// key is derived from the command itself, so offering the same command again ("item 92" in
// every "did you mean") reuses its key and writes nothing: the table grows with distinct
// commands, not with traffic, and keys expire. An answer to a conversation is not kept here
// at all: its keys live in the conversation's state, replaced at every step and gone with it.
import { createHash } from 'node:crypto';
import type { Choice } from './types.ts';
import type { Store } from './state.ts';
import type { PendingAction } from './state.ts';
import { own } from './own.ts';

export const ACTION_TTL_MS = 7 * 24 * 3600_000;
/** At most this many command keys are kept (the plan's size keeps them far fewer); the soonest to expire go first. */
export const ACTIONS_MAX = 20_000;

export interface Offer {
  label: string;
  /** A command line run as if typed (e.g. "item 92"), or an answer to the open conversation. */
  command?: string;
  answer?: string;
}

function keyOf(kind: string, value: string, owner: string): string {
  // Commands run as whoever presses, so their key does not depend on the owner.
  const basis = kind === 'command' ? `c\u0000${value}` : `a\u0000${owner}\u0000${value}`;
  return createHash('sha256').update(basis).digest('base64url').slice(0, 12);
}

/** The key of an answer button (its value is kept in the conversation that offered it). */
export function answerKey(owner: string, value: string): string {
  return `a${keyOf('answer', value, owner).slice(1)}`;
}

/**
 * Saves the actions of a reply's choices (at most one write, none when all are known) and
 * returns the choices. Answer offers are only keyed here: the conversation keeps them.
 */
export async function saveOffers(store: Store, owner: string, offers: Offer[], now: Date, ttlMs = ACTION_TTL_MS): Promise<Choice[]> {
  const nowIso = now.toISOString();
  const refreshBefore = new Date(now.getTime() + ttlMs / 2).toISOString();
  const entries = offers.map((o) => {
    const kind = o.command !== undefined ? 'command' : 'answer';
    const value = o.command ?? o.answer ?? '';
    const action: PendingAction = { kind, value, owner, createdAt: nowIso, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
    return { key: kind === 'answer' ? answerKey(owner, value) : keyOf(kind, value, owner), label: o.label, action };
  });
  // Known and not about to expire: nothing to write.
  const stale = entries.filter((e) => e.action.kind === 'command' && !((store.data.actions[e.key]?.expiresAt ?? '') > refreshBefore));
  if (stale.length) {
    await store.update((db) => {
      for (const [key, a] of Object.entries(db.actions)) if (a.expiresAt < nowIso) delete db.actions[key];
      for (const e of stale) db.actions[e.key] = e.action;
      const kept = Object.entries(db.actions);
      if (kept.length <= ACTIONS_MAX) return;
      kept.sort((a, b) => a[1].expiresAt.localeCompare(b[1].expiresAt));
      for (const [key] of kept.slice(0, kept.length - ACTIONS_MAX)) delete db.actions[key];
    });
  }
  return entries.map((e) => ({ key: e.key, label: e.label }));
}

export type Resolved = { ok: true; action: PendingAction } | { ok: false; why: 'unknown' | 'expired' | 'not-yours' };

export function resolveAction(store: Store, key: string, owner: string, now: Date): Resolved {
  const offered = own(own(store.data.conversations, owner)?.offers, key);
  if (offered !== undefined) {
    const at = now.toISOString();
    return { ok: true, action: { kind: 'answer', value: offered, owner, createdAt: at, expiresAt: at } };
  }
  const action = own(store.data.actions, key);
  // An answer key that its conversation no longer holds: the step moved on or the conversation ended.
  if (!action) return { ok: false, why: key.startsWith('a') ? 'expired' : 'unknown' };
  if (action.expiresAt < now.toISOString()) return { ok: false, why: 'expired' };
  // A command runs with the presser's own rights, so anyone may press it; an answer to a
  // conversation belongs to its owner.
  if (action.kind === 'answer' && action.owner !== owner) return { ok: false, why: 'not-yours' };
  return { ok: true, action };
}
