// The in-memory twin of the lowdb store, used by every other test: the same queue, group
// commit, validation and undo, with nothing written anywhere.
import { checkDb } from './check-db.ts';
import { QueuedStore } from './queued-store.ts';
import type { DbData, Store } from './types.ts';

export class MemoryStore extends QueuedStore implements Store {
  constructor(initial: DbData) {
    // Cloned first: the store freezes what it holds, and must not freeze the caller's objects.
    super(checkDb(structuredClone(initial), 'MemoryStore initial data'), [], {
      writeData: async () => undefined,
      appendLines: async () => undefined,
      close: async () => undefined,
    });
  }
}
