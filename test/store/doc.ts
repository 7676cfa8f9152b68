// A small document and logs for the store's own tests: the store is generic, so its tests do
// not depend on any feature. `plan` is a static part (its own file), the rest is hot; `notes`
// is a small log kept in memory, `events` a big one of which only an index is kept.
import { z } from 'zod';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { type AnyLog, type DocumentSpec, defineLog } from '../../src/store/types.ts';
import type { FileOps } from '../../src/store/file-ops.ts';
import type { StoreLogger } from '../../src/store/lowdb-store.ts';

export const TestDoc = z.object({
  schemaVersion: z.literal(2),
  createdAt: z.string(),
  plan: z.object({
    items: z.array(
      z.object({ no: z.number().int().positive(), title: z.string().min(1), deadline: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
    ),
  }),
  prefs: z.record(z.string(), z.object({ lang: z.enum(['zh-Hans', 'en']).optional() })),
  counter: z.number().int().default(0),
});
export type TestDoc = z.infer<typeof TestDoc>;

export const TEST_DOCUMENT: DocumentSpec<TestDoc> = {
  version: 2,
  schema: TestDoc,
  staticKeys: ['plan'],
  empty: (createdAt) => ({ schemaVersion: 2, createdAt, plan: { items: [] }, prefs: {}, counter: 0 }),
  migrations: { 1: (doc) => doc },
};

export const Note = z.object({ id: z.string(), at: z.string(), text: z.string().optional() });
export const NOTES = defineLog('notes', Note);

export const Event = z.object({ id: z.string(), at: z.string(), key: z.string(), n: z.number().default(0) });
export type Event = z.infer<typeof Event>;
/** Per key: how many events and where each is. */
export interface EventIndex {
  byKey: Map<string, number[]>;
}
export const EVENTS = defineLog('events', Event, {
  version: 1,
  create: (): EventIndex => ({ byKey: new Map() }),
  add: (index, r, ref) => void (index.byKey.get(r.key) ?? index.byKey.set(r.key, []).get(r.key)!).push(ref),
  save: (index) => [...index.byKey],
  load: (json) => (Array.isArray(json) ? { byKey: new Map(json as [string, number[]][]) } : undefined),
});

export const TEST_LOGS = [NOTES, EVENTS] as readonly AnyLog[];

/** A document of realistic size: 1,000 items. */
export function bigDoc(createdAt = '2016-02-22T00:00:00.000Z'): TestDoc {
  const items = Array.from({ length: 1000 }, (_, i) => ({
    no: i + 1,
    title: `示例工作实事第${i + 1}项：对标国际先进标准，完善相关工作机制并组织实施`,
    deadline: `2016-${String(1 + (i % 12)).padStart(2, '0')}`,
  }));
  return { ...TEST_DOCUMENT.empty(createdAt), plan: { items } };
}

export function smallDoc(createdAt = '2016-02-22T00:00:00.000Z'): TestDoc {
  return TEST_DOCUMENT.empty(createdAt);
}

export interface OpenTest {
  file: string;
  seed?: () => TestDoc;
  fs?: FileOps;
  logger?: StoreLogger;
  checkpointBytes?: number;
}

export function openTestStore(opts: OpenTest) {
  return openLowdbStore({ seed: () => smallDoc(), ...opts, document: TEST_DOCUMENT, logs: TEST_LOGS });
}

export function memoryTestStore(initial: TestDoc = smallDoc()) {
  return new MemoryStore(TEST_DOCUMENT, initial, TEST_LOGS);
}

export const note = (id: string, extra: object = {}) => ({ id, at: '2016-10-01T00:00:00.000Z', ...extra });
export const event = (id: string, key: string, n = 0) => ({ id, at: '2016-10-01T00:00:00.000Z', key, n });
