// The store's engine, shared by both implementations: one serial queue for every change.
// Whatever arrives while a write is in flight is applied together and shares the next write
// (group commit); each caller resolves once that write is done. A failed write undoes the
// whole batch in memory. The backend decides where the bytes go (disk, or nowhere).
import type { Patch } from 'immer';
import { applyChanges, type ChangeJob, deepFreeze, type Shape } from './apply-changes.ts';
import { describeIssues } from './check-doc.ts';
import { isLogName, type LoadedLog } from './log-files.ts';
import {
  type DocumentSpec,
  type IndexedLog,
  type LogRecord,
  type LogSpec,
  type RecordRef,
  type SmallLog,
  type Store,
  StoreError,
  type AnyLog,
} from './types.ts';

/** A log as the engine holds it: its spec and what is loaded of it. */
export interface LogState extends LoadedLog {
  spec: AnyLog;
  /** Bytes of the log its saved index covers. */
  savedIndexSize: number;
}

export interface Backend<D> {
  /** Make a batch of changes durable (its one commit point); throw STORE_WRITE_FAILED if refused. */
  commit(patches: Patch[], next: D): Promise<void>;
  /** Durably append complete lines to a log; returns where each line is. */
  appendLines(log: string, lines: string[]): Promise<RecordRef[]>;
  /** The lines of a big log at these refs. */
  readLines(log: string, refs: readonly RecordRef[]): Promise<string[]>;
  /** Every line of a big log, oldest first. */
  scanLines(log: string): AsyncIterable<string>;
  /** Runs in the queue after each batch (nothing else writes meanwhile): a chance to checkpoint. Never throws. */
  idle(data: D, logs: ReadonlyMap<string, LogState>): Promise<void>;
  snapshot(dir: string, data: D, logs: ReadonlyMap<string, LogState>): Promise<void>;
  /** Called by close(), after the last write. */
  close(data: D, logs: ReadonlyMap<string, LogState>): Promise<void>;
}

interface Settle {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}
type UpdateJob<D> = ChangeJob<D> & Settle & { kind: 'update' };
type AppendJob = Settle & { kind: 'append'; log: LogState; lines: { record: LogRecord; line: string }[]; error?: unknown };
type ExclusiveJob = Settle & { kind: 'exclusive'; run: () => Promise<unknown> };
type Job<D> = UpdateJob<D> | AppendJob | ExclusiveJob;

export class QueuedStore<D extends { schemaVersion: number; createdAt: string }> implements Store<D> {
  #data: D;
  readonly #logs = new Map<string, LogState>();
  readonly #shape: Shape;
  #pending: Job<D>[] = [];
  #running: Promise<void> | undefined;
  #closed = false;
  #closing: Promise<void> | undefined;

  /** `data` must be valid; `logs` are every registered log as loaded (duplicates removed). */
  constructor(
    spec: DocumentSpec<D>,
    data: D,
    logs: Iterable<readonly [AnyLog, LoadedLog]>,
    private readonly backend: Backend<D>,
  ) {
    this.#shape = spec.schema.shape;
    this.#data = deepFreeze(data);
    for (const [logSpec, loaded] of logs) {
      if (loaded.records) for (const r of loaded.records) deepFreeze(r);
      this.#logs.set(logSpec.name, { ...loaded, spec: logSpec });
    }
  }

  get data(): Readonly<D> {
    return this.#data;
  }

  update<T>(change: (draft: D) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#enqueue({ kind: 'update', change, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  append<R extends LogRecord, In>(log: LogSpec<R, unknown, In>, records: In[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const state = this.#log(log);
      const lines: AppendJob['lines'] = [];
      for (const [index, record] of records.entries()) {
        const checked = log.schema.safeParse(record);
        if (!checked.success) {
          return reject(
            new StoreError('STORE_INVALID', `log ${log.name}: record ${index} does not match: ${describeIssues(checked.error)}`),
          );
        }
        // Serialized now: later changes to the caller's objects do not leak in.
        lines.push({ record: checked.data, line: JSON.stringify(checked.data) });
      }
      this.#enqueue({ kind: 'append', log: state, lines, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  records<R extends LogRecord, In>(log: SmallLog<R, In>): readonly R[] {
    const state = this.#log(log);
    if (!state.records) throw new TypeError(`store.records(): log ${log.name} is indexed; use store.index() and store.read()`);
    return state.records as unknown as readonly R[];
  }

  index<R extends LogRecord, I, In>(log: IndexedLog<R, I, In>): I {
    const state = this.#log(log);
    if (!log.indexer) throw new TypeError(`store.index(): log ${log.name} has no index`);
    return state.index as I;
  }

  async read<R extends LogRecord, In>(log: LogSpec<R, unknown, In>, refs: readonly RecordRef[]): Promise<R[]> {
    const state = this.#log(log);
    if (state.records) return refs.map((ref) => state.records![ref] as unknown as R);
    const lines = await this.backend.readLines(log.name, refs);
    return lines.map((line) => this.#parse(log, line));
  }

  async *scan<R extends LogRecord, In>(log: LogSpec<R, unknown, In>): AsyncIterable<R> {
    const state = this.#log(log);
    if (state.records) {
      yield* state.records as unknown as R[];
      return;
    }
    for await (const line of this.backend.scanLines(log.name)) {
      if (line.trim() === '') continue;
      const checked = log.schema.safeParse(JSON.parse(line));
      if (checked.success) yield deepFreeze(checked.data);
    }
  }

  snapshot(dir: string): Promise<void> {
    return this.#exclusive(() => this.backend.snapshot(dir, this.#data, this.#logs));
  }

  close(): Promise<void> {
    this.#closed = true; // from now on update() and append() reject
    this.#closing ??= (async () => {
      while (this.#running) await this.#running;
      await this.backend.close(this.#data, this.#logs);
    })();
    return this.#closing;
  }

  #log(log: AnyLog): LogState {
    const state = this.#logs.get(log.name);
    if (!state || !isLogName(log.name)) throw new TypeError(`store: log ${JSON.stringify(log.name)} is not registered`);
    return state;
  }

  #parse<R extends LogRecord, In>(log: LogSpec<R, unknown, In>, line: string): R {
    const checked = log.schema.safeParse(JSON.parse(line));
    if (!checked.success)
      throw new StoreError('STORE_INVALID', `log ${log.name}: a record does not match: ${describeIssues(checked.error)}`);
    return deepFreeze(checked.data);
  }

  #exclusive<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#enqueue({ kind: 'exclusive', run, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  #enqueue(job: Job<D>): void {
    if (this.#closed) return job.reject(new Error('store is closed'));
    this.#pending.push(job);
    this.#kick();
  }

  #kick(): void {
    if (this.#running) return;
    this.#running = this.#drain().finally(() => {
      this.#running = undefined;
      if (this.#pending.length > 0) this.#kick(); // arrived after the loop's last look
    });
  }

  async #drain(): Promise<void> {
    await Promise.resolve(); // let callers of the same tick join the first batch
    while (this.#pending.length > 0) {
      const first = this.#pending[0]!;
      if (first.kind === 'exclusive') {
        this.#pending.shift();
        await first.run().then(first.resolve, first.reject);
        continue;
      }
      const end = this.#pending.findIndex((job) => job.kind === 'exclusive');
      const batch = this.#pending.splice(0, end === -1 ? this.#pending.length : end) as Array<UpdateJob<D> | AppendJob>;
      try {
        await this.#commit(batch);
      } catch (error) {
        for (const job of batch) job.reject(error); // a bug of ours: no caller is left hanging
      }
      await this.backend.idle(this.#data, this.#logs);
    }
  }

  async #commit(batch: Array<UpdateJob<D> | AppendJob>): Promise<void> {
    const updates = batch.filter((job): job is UpdateJob<D> => job.kind === 'update');
    const writes: Promise<void>[] = [];
    if (updates.length > 0) {
      const result = applyChanges(this.#data, updates, this.#shape);
      if (result) {
        writes.push(
          this.backend.commit(result.patches, result.doc).then(
            () => void (this.#data = result.doc),
            (error: unknown) => {
              for (const job of updates) if (job.outcome?.ok) job.outcome = { ok: false, error };
            },
          ),
        );
      }
    }
    const byLog = new Map<LogState, AppendJob[]>();
    for (const job of batch) {
      if (job.kind !== 'append') continue;
      const jobs = byLog.get(job.log);
      if (jobs) jobs.push(job);
      else byLog.set(job.log, [job]);
    }
    for (const [log, jobs] of byLog) writes.push(this.#appendAll(log, jobs));
    await Promise.all(writes);

    for (const job of batch) {
      if (job.kind === 'append') {
        if (job.error === undefined) job.resolve(undefined);
        else job.reject(job.error);
      } else if (job.outcome?.ok) job.resolve(job.outcome.value);
      else job.reject(job.outcome?.error);
    }
  }

  /** Append the batch's new records of one log in one write; ids already present are skipped. */
  async #appendAll(log: LogState, jobs: AppendJob[]): Promise<void> {
    const seen = new Set<string>();
    const fresh: AppendJob['lines'] = [];
    for (const { lines } of jobs) {
      for (const entry of lines) {
        if (log.ids.has(entry.record.id) || seen.has(entry.record.id)) continue;
        seen.add(entry.record.id);
        fresh.push(entry);
      }
    }
    if (fresh.length === 0) return;
    let refs: RecordRef[];
    try {
      refs = await this.backend.appendLines(
        log.spec.name,
        fresh.map((entry) => entry.line),
      );
    } catch (error) {
      for (const job of jobs) job.error = error;
      return;
    }
    for (const [i, { record }] of fresh.entries()) {
      const frozen = deepFreeze(record);
      log.ids.add(frozen.id);
      log.count++;
      if (log.records) log.records.push(frozen);
      else log.spec.indexer!.add(log.index, frozen, refs[i]!);
    }
  }
}
