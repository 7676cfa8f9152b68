// The seed document (the shipped plan, people and experts from data/), read and validated
// once per test worker instead of once per bot: a test gets its own copy with its own
// creation time, as createSeedDb would make it. The shared original is frozen, so a test
// that tried to change it would fail loudly instead of leaking into the next test.
import { deepFreeze } from '../../src/store/apply-changes.ts';
import { createSeedDb } from '../../src/store/seed.ts';
import type { DbData } from '../../src/store/types.ts';

let shared: Readonly<DbData> | undefined;

/** A fresh, mutable copy of the seed document created at `now`. */
export function seedDb(now: Date = new Date()): DbData {
  shared ??= deepFreeze(createSeedDb(new Date(0)));
  return { ...structuredClone(shared as DbData), createdAt: now.toISOString() };
}
