// The dashboard's session: a cookie holding the person's id and when the session ends,
// signed with HMAC-SHA256 (hono's signed cookies) by DASHBOARD_SECRET, or by a random
// secret made at start (sessions then end with a restart). httpOnly, SameSite=Lax, Secure
// when the public URL is https; no Max-Age, so it also ends when the browser closes.
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'duban_session';
/** A session lasts this long at most. */
export const SESSION_TTL_MS = 12 * 3600_000;

/** The secret sessions are signed with: the configured one, or 32 random bytes for this run. */
export function sessionSecret(configured: string | undefined): { secret: string; random: boolean } {
  return configured ? { secret: configured, random: false } : { secret: randomBytes(32).toString('base64url'), random: true };
}

export async function startSession(c: Context, secret: string, personId: string, now: Date, secure: boolean): Promise<void> {
  const until = Math.floor((now.getTime() + SESSION_TTL_MS) / 1000);
  await setSignedCookie(c, SESSION_COOKIE, `${personId}~${until}`, secret, { httpOnly: true, sameSite: 'Lax', path: '/', secure });
}

/** The person of a valid, unexpired session cookie. */
export async function sessionPerson(c: Context, secret: string, now: Date): Promise<string | undefined> {
  const value = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!value) return undefined;
  const m = /^([a-z0-9-]+)~(\d{1,12})$/.exec(value);
  if (!m || Number(m[2]) * 1000 <= now.getTime()) return undefined;
  return m[1];
}
