// Which message a reply with an editKey edits (Reply.editKey: a poll edited in place as votes
// come in). Adapters remember, per chat and key, the platform's id of the message last sent
// with that key; kept in the store (the `edits` part) so a restart still edits the same
// message instead of posting a new one. Bounded: remembered EDIT_TTL_MS, at most EDITS_MAX
// (the soonest to expire go first); an edit of the same message writes nothing unless its
// entry is half-way to expiring. A failed write is logged and the message stays sent.
import type { Clock } from './clock.ts';
import type { Logger } from '../log.ts';
import type { Store } from './state.ts';

export const EDIT_TTL_MS = 30 * 24 * 3600_000;
export const EDITS_MAX = 5_000;

/** An adapter's memory of edited messages; keys are the adapter's own (chat and editKey). */
export interface EditMemory {
  get(key: string): string | undefined;
  remember(key: string, ref: string): Promise<void>;
}

/** Kept in the store under `<platform>:<key>`. */
export function storedEdits(services: { store: Store; clock: Clock; log: Logger }, platform: string): EditMemory {
  const { store, clock, log } = services;
  const full = (key: string) => `${platform}:${key}`;
  return {
    get(key) {
      const k = full(key);
      const entry = Object.hasOwn(store.data.edits, k) ? store.data.edits[k] : undefined;
      return entry && entry.until > clock.now().toISOString() ? entry.ref : undefined;
    },
    async remember(key, ref) {
      const k = full(key);
      const now = clock.now();
      const known = Object.hasOwn(store.data.edits, k) ? store.data.edits[k] : undefined;
      if (known?.ref === ref && known.until > new Date(now.getTime() + EDIT_TTL_MS / 2).toISOString()) return;
      const until = new Date(now.getTime() + EDIT_TTL_MS).toISOString();
      await store
        .update((db) => {
          db.edits[k] = { ref, until };
          const all = Object.entries(db.edits);
          if (all.length <= EDITS_MAX) return;
          const nowIso = now.toISOString();
          for (const [key2, e] of all) if (e.until < nowIso) delete db.edits[key2];
          const left = Object.entries(db.edits);
          if (left.length <= EDITS_MAX) return;
          left.sort((a, b) => a[1].until.localeCompare(b[1].until));
          for (const [key2] of left.slice(0, left.length - EDITS_MAX)) delete db.edits[key2];
        })
        .catch((error: unknown) => log.warn({ err: error, code: 'EDIT_NOT_REMEMBERED' }, 'message to edit not remembered'));
    },
  };
}

/** In memory only (the bench, or an adapter used without a core): bounded, oldest first. */
export function memoryEdits(max = EDITS_MAX): EditMemory {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key),
    async remember(key, ref) {
      map.delete(key);
      map.set(key, ref);
      if (map.size > max) map.delete(map.keys().next().value!);
    },
  };
}
