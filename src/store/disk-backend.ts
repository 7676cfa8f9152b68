// Where the lowdb store's bytes go. A batch of changes is one journal line (the commit
// point); a record is one line of its log. Checkpoints rewrite the documents (the hot parts
// in the main file; the static parts in the plan file only when they changed) once the
// journal has grown past a threshold, at close and before a snapshot, then empty the journal.
// A failed checkpoint loses nothing: the journal still holds every change, and is kept.
import * as path from 'node:path';
import type { Patch } from 'immer';
import type { Low } from 'lowdb';
import type { JsonObject } from './durable-json-file.ts';
import { appendDurably, type AppendState, truncateDurably, writeFileDurably } from './durable-write.ts';
import { errorCode, type FileOps } from './file-ops.ts';
import { encodeEntry, journalPath, touchesStatic } from './journal.ts';
import type { FileLock } from './lock-file.ts';
import { encodeSavedIndex, indexPath, LineReader, logPath, readLinesAt } from './log-files.ts';
import type { Backend, LogState } from './queued-store.ts';
import { type DocumentSpec, type RecordRef, StoreError } from './types.ts';

export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The file of the static parts (the plan, people, experts): written only when they change. */
export function planPath(file: string): string {
  return `${file}.plan.json`;
}

/** Journal bytes after which the documents are rewritten (amortised over many small writes). */
export const CHECKPOINT_BYTES = 1 << 20;

export interface DiskParts<D extends { schemaVersion: number; createdAt: string }> {
  spec: DocumentSpec<D>;
  file: string;
  fs: FileOps;
  hot: Low<JsonObject>;
  static: Low<JsonObject>;
  /** The seq of the last committed journal entry. */
  seq: number;
  journal: AppendState;
  logs: Map<string, AppendState>;
  lock: FileLock;
  logger: StoreLogger | undefined;
  checkpointBytes?: number;
}

/** Split a document into what goes to the main file and what goes to the plan file. */
export function splitDoc<D extends object>(doc: D, staticKeys: readonly string[], seq: number): { hot: JsonObject; static: JsonObject } {
  const hot: JsonObject = {};
  const stat: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (staticKeys.includes(key)) stat[key] = value;
    else hot[key] = value;
  }
  hot.journalSeq = seq;
  stat.schemaVersion = hot.schemaVersion;
  stat.journalSeq = seq;
  return { hot, static: stat };
}

export class DiskBackend<D extends { schemaVersion: number; createdAt: string }> implements Backend<D> {
  #staticDirty = false;
  /** Changes committed since the documents were last written. */
  #hotDirty = false;
  readonly #isStatic: (key: string) => boolean;

  constructor(private readonly p: DiskParts<D>) {
    const keys = new Set<string>(p.spec.staticKeys);
    this.#isStatic = (key) => keys.has(key);
  }

  async commit(patches: Patch[], _next: D): Promise<void> {
    if (patches.length === 0) return; // nothing changed: nothing to write
    const seq = this.p.seq + 1;
    const target = journalPath(this.p.file);
    await writeOrFail(
      () => appendDurably(this.p.fs, target, Buffer.from(encodeEntry({ seq, patches })), this.p.journal),
      target,
      this.p.logger,
    );
    this.p.seq = seq;
    this.#hotDirty = true;
    if (touchesStatic(patches, this.#isStatic)) this.#staticDirty = true;
  }

  async appendLines(log: string, lines: string[]): Promise<RecordRef[]> {
    let state = this.p.logs.get(log);
    if (!state) this.p.logs.set(log, (state = { size: 0, exists: false, dirty: false }));
    const target = logPath(this.p.file, log);
    const refs: RecordRef[] = [];
    let offset = state.size;
    const bytes = Buffer.from(
      lines
        .map((line) => {
          refs.push(offset);
          const text = `${line}\n`;
          offset += Buffer.byteLength(text);
          return text;
        })
        .join(''),
    );
    await writeOrFail(() => appendDurably(this.p.fs, target, bytes, state), target, this.p.logger);
    return refs;
  }

  readLines(log: string, refs: readonly RecordRef[]): Promise<string[]> {
    return readLinesAt(this.p.fs, logPath(this.p.file, log), refs);
  }

  async *scanLines(log: string): AsyncIterable<string> {
    const state = this.p.logs.get(log);
    if (!state?.exists) return;
    const end = state.size; // only what was acknowledged when the scan began
    for await (const line of new LineReader(this.p.fs, logPath(this.p.file, log)).lines()) {
      if (line.ref >= end) break;
      yield line.text;
    }
  }

  async idle(data: D, logs: ReadonlyMap<string, LogState>): Promise<void> {
    if (this.p.journal.size < (this.p.checkpointBytes ?? CHECKPOINT_BYTES)) return;
    await this.checkpoint(data, logs, false).catch(() => undefined); // logged inside; the journal keeps everything
  }

  /**
   * Rewrite the documents, save the indexes of big logs, then empty the journal. An index is
   * saved at close, and between only once its log has grown by a quarter (at least 1 MiB)
   * since: so saving it costs a fixed share of what is appended, however long the history.
   */
  async checkpoint(data: D, logs: ReadonlyMap<string, LogState>, final: boolean): Promise<void> {
    const { hot, static: stat } = splitDoc(data, this.p.spec.staticKeys, this.p.seq);
    if (this.#staticDirty) {
      this.p.static.data = stat;
      await writeOrFail(() => this.p.static.write(), planPath(this.p.file), this.p.logger);
      this.#staticDirty = false;
    }
    if (this.#hotDirty || this.p.journal.size > 0) {
      this.p.hot.data = hot;
      await writeOrFail(() => this.p.hot.write(), this.p.file, this.p.logger);
      this.#hotDirty = false;
    }
    for (const log of logs.values()) {
      const size = this.p.logs.get(log.name)?.size ?? 0;
      if (!log.spec.indexer || size <= log.savedIndexSize) continue;
      if (!final && size - log.savedIndexSize < Math.max(1 << 20, log.savedIndexSize / 4)) continue;
      const target = indexPath(this.p.file, log.name);
      // An index that cannot be saved is rebuilt from the log at the next start: not fatal.
      await encodeSavedIndex(this.p.fs, this.p.file, log.spec, { ...log, size })
        .then((bytes) => writeFileDurably(this.p.fs, target, bytes))
        .then(
          () => void (log.savedIndexSize = size),
          (err: unknown) => this.p.logger?.warn({ file: target, code: errorCode(err) }, 'store: could not save an index'),
        );
    }
    if (this.p.journal.size > 0) {
      const target = journalPath(this.p.file);
      await writeOrFail(() => truncateDurably(this.p.fs, target, 0), target, this.p.logger);
      this.p.journal.size = 0;
    }
  }

  async snapshot(dir: string, data: D, logs: ReadonlyMap<string, LogState>): Promise<void> {
    await this.checkpoint(data, logs, false).catch(() => undefined); // a snapshot with the journal in it is as good
    const { fs, file } = this.p;
    await fs.mkdir(dir);
    const copy = async (from: string, bytes?: number) => {
      const all = await fs.readFile(from);
      await writeFileDurably(fs, path.join(dir, path.basename(from)), bytes === undefined ? all : all.subarray(0, bytes));
    };
    await copy(file);
    await copy(planPath(file));
    if (this.p.journal.size > 0) await copy(journalPath(file), this.p.journal.size);
    for (const [name, state] of this.p.logs) if (state.exists) await copy(logPath(file, name), state.size);
  }

  async close(data: D, logs: ReadonlyMap<string, LogState>): Promise<void> {
    try {
      await this.checkpoint(data, logs, true);
    } catch {
      // logged inside; the journal holds every change for the next start
    } finally {
      await this.p.lock.release();
    }
  }
}

/** Run a write; a failure is logged and becomes STORE_WRITE_FAILED naming the file. */
export async function writeOrFail(write: () => Promise<void>, target: string, logger: StoreLogger | undefined): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = errorCode(err);
    logger?.error({ file: target, code }, 'store: write failed');
    const why = code ?? (err instanceof Error ? err.message : String(err));
    throw new StoreError('STORE_WRITE_FAILED', `${target}: write failed (${why})`, target, { cause: err });
  }
}
