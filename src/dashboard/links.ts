// The dashboard's sign-in links: one-time tokens, each for one person, that expire. The store
// keeps only a hash of each token (a copy of the store opens nothing), and the part is
// bounded: expired entries go whenever a link is issued, and beyond LINKS_MAX the oldest. A
// link is used inside one store.update, so two tabs opening it at once sign in only once.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../db.ts';

/** How long a link works. */
export const LINK_TTL_MS = 10 * 60_000;
/** At most this many links are kept (used or not, until they expire); the oldest go first. */
export const LINKS_MAX = 2_000;

export const DashboardLink = z.object({
  personId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().optional(),
});
export type DashboardLink = z.infer<typeof DashboardLink>;

/** A token as it travels in a link: 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/** What the store keys a link by: the token's SHA-256, never the token. */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Makes a link for a person; returns the token (shown once, in the link). */
export async function issueLink(store: Store, personId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const key = tokenKey(token);
  await store.update((db) => {
    pruneLinks(db.dashboardLinks, now);
    db.dashboardLinks[key] = {
      personId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + LINK_TTL_MS).toISOString(),
    };
  });
  return token;
}

export type LinkState = { ok: true; personId: string } | { ok: false; why: 'unknown' | 'used' | 'expired' };

/** Whether a token would sign in now, without using it (the page before the button). */
export function peekLink(store: Store, token: string, now: Date): LinkState {
  return stateOf(isToken(token) ? store.data.dashboardLinks[tokenKey(token)] : undefined, now);
}

/** Uses a token: only the first call for a valid one gets the person. */
export async function redeemLink(store: Store, token: string, now: Date): Promise<LinkState> {
  if (!isToken(token)) return { ok: false, why: 'unknown' };
  const key = tokenKey(token);
  if (!store.data.dashboardLinks[key]) return { ok: false, why: 'unknown' };
  return store.update((db) => {
    const link = db.dashboardLinks[key];
    const state = stateOf(link, now);
    if (state.ok) link!.usedAt = now.toISOString();
    return state;
  });
}

function stateOf(link: DashboardLink | undefined, now: Date): LinkState {
  if (!link) return { ok: false, why: 'unknown' };
  if (link.usedAt) return { ok: false, why: 'used' };
  if (link.expiresAt <= now.toISOString()) return { ok: false, why: 'expired' };
  return { ok: true, personId: link.personId };
}

/** Drops expired links, then the oldest beyond the cap (in the draft). */
export function pruneLinks(links: Record<string, DashboardLink>, now: Date): void {
  const nowIso = now.toISOString();
  for (const [key, link] of Object.entries(links)) if (link.expiresAt <= nowIso) delete links[key];
  const left = Object.entries(links);
  if (left.length < LINKS_MAX) return;
  left.sort((a, b) => a[1].createdAt.localeCompare(b[1].createdAt));
  for (const [key] of left.slice(0, left.length - LINKS_MAX + 1)) delete links[key];
}

// The dashboard's part of the saved document (src/db.ts validates it with DashboardLink).
declare module '../core/state.ts' {
  interface DubanData {
    /** Sign-in links by the SHA-256 of their token. */
    dashboardLinks: Record<string, DashboardLink>;
  }
}
