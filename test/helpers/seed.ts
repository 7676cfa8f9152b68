// The seed document (the shipped plan, people and experts from data/), read and validated
// once per test worker instead of once per bot: a test gets a fresh document with its own
// creation time, as createSeedDb would make it, sharing the static parts (plan, people,
// experts). A store freezes what it holds, so a test that tried to change a shared part
// would fail loudly instead of leaking into the next test.
import { type DbData, emptyDb } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';

let shared: Pick<DbData, 'plan' | 'people' | 'experts'> | undefined;

/** A fresh seed document created at `now`. */
export function seedDb(now: Date = new Date()): DbData {
  shared ??= createSeedDb(new Date(0));
  return { ...emptyDb(now.toISOString()), plan: shared.plan, people: shared.people, experts: shared.experts };
}
