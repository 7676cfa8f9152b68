// The in-memory twin of the lowdb store, used by most tests: the same queue, group commit,
// validation, undo and log schemas, with nothing written anywhere. Big logs keep their lines
// here (a ref is a line's ordinal), so reading back through the index works as on disk.
import { checkDoc } from './check-doc.ts';
import { emptyLog } from './log-files.ts';
import { type Backend, QueuedStore } from './queued-store.ts';
import type { DocumentSpec, RecordRef, AnyLog } from './types.ts';

class MemoryBackend<D> implements Backend<D> {
  readonly #lines = new Map<string, string[]>();
  async commit(): Promise<void> {}
  async appendLines(log: string, lines: string[]): Promise<RecordRef[]> {
    let all = this.#lines.get(log);
    if (!all) this.#lines.set(log, (all = []));
    const first = all.length;
    all.push(...lines);
    return lines.map((_, i) => first + i);
  }
  async readLines(log: string, refs: readonly RecordRef[]): Promise<string[]> {
    const all = this.#lines.get(log) ?? [];
    return refs.map((ref) => {
      const line = all[ref];
      if (line === undefined) throw new Error(`memory store: no record ${ref} in log ${log}`);
      return line;
    });
  }
  async *scanLines(log: string): AsyncIterable<string> {
    yield* [...(this.#lines.get(log) ?? [])];
  }
  async idle(): Promise<void> {}
  async snapshot(): Promise<void> {
    throw new Error('the in-memory store has no files to snapshot');
  }
  async close(): Promise<void> {}
}

export class MemoryStore<D extends { schemaVersion: number; createdAt: string }> extends QueuedStore<D> {
  /**
   * `initial` is validated, not cloned: the store freezes what it holds, so pass a document of
   * your own (the static parts may be shared between stores: they are read-only anyway).
   */
  constructor(spec: DocumentSpec<D>, initial: D, logs: readonly AnyLog[]) {
    super(
      spec,
      checkDoc(spec.schema, initial, 'MemoryStore initial data'),
      logs.map((log) => [log, emptyLog(log)] as const),
      new MemoryBackend<D>(),
    );
  }
}
