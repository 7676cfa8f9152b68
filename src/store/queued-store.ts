// The store's engine, shared by both implementations: one serial queue for every change.
// Whatever arrives while a write is in flight is applied together and shares the next write
// (group commit); each caller resolves once that write is done. A failed write undoes the
// whole batch in memory. The backend decides where the bytes go (disk, or nowhere).
import { applyChanges, deepFreeze, type ChangeJob } from './apply-changes.ts';
import { isLogName, isLogRecord } from './log-files.ts';
import { StoreError, type DbData, type LogRecord, type Store } from './types.ts';

export interface Backend {
  /** Durably write the whole document; throw a StoreError (STORE_WRITE_FAILED) if refused. */
  writeData(next: DbData): Promise<void>;
  /** Durably append complete lines (each ending in "\n") to a log. */
  appendLines(log: string, text: string): Promise<void>;
  /** Called by close(), after the last write. */
  close(): Promise<void>;
}

interface Settle {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}
type UpdateJob = ChangeJob & Settle & { kind: 'update' };
type AppendJob = Settle & { kind: 'append'; log: string; lines: { id: string; line: string }[]; error?: unknown };
type Job = UpdateJob | AppendJob;

interface LogState {
  records: LogRecord[];
  ids: Set<string>;
}

const NO_RECORDS: readonly LogRecord[] = Object.freeze([]);

export class QueuedStore implements Store {
  #data: DbData;
  readonly #logs = new Map<string, LogState>();
  #pending: Job[] = [];
  #running: Promise<void> | undefined;
  #closed = false;
  #closing: Promise<void> | undefined;

  /** `data` must be valid; `logs` are the records already on disk, duplicates removed. */
  constructor(
    data: DbData,
    logs: Iterable<readonly [string, LogRecord[]]>,
    private readonly backend: Backend,
  ) {
    this.#data = deepFreeze(data);
    for (const [log, records] of logs) {
      this.#logs.set(log, { records: records.map(deepFreeze), ids: new Set(records.map((r) => r.id)) });
    }
  }

  get data(): Readonly<DbData> {
    return this.#data;
  }

  update<T>(change: (draft: DbData) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#enqueue({ kind: 'update', change, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  append(log: string, records: LogRecord[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (!isLogName(log)) return reject(new TypeError(`store.append(): bad log name ${JSON.stringify(log)}`));
      const lines: AppendJob['lines'] = [];
      for (const [index, record] of records.entries()) {
        if (!isLogRecord(record)) {
          return reject(new StoreError('STORE_INVALID', `log ${log}: record ${index} needs a string id and at`));
        }
        // Serialized now: later changes to the caller's objects do not leak in.
        lines.push({ id: record.id, line: JSON.stringify(record) });
      }
      this.#enqueue({ kind: 'append', log, lines, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  /** The log itself, typed read-only (not copied: history may hold 100,000 records). */
  records(log: string): readonly LogRecord[] {
    return this.#logs.get(log)?.records ?? NO_RECORDS;
  }

  close(): Promise<void> {
    this.#closed = true; // from now on update() and append() reject
    this.#closing ??= (async () => {
      while (this.#running) await this.#running;
      await this.backend.close();
    })();
    return this.#closing;
  }

  #enqueue(job: Job): void {
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
      const batch = this.#pending.splice(0);
      try {
        await this.#commit(batch);
      } catch (error) {
        for (const job of batch) job.reject(error); // a bug of ours: no caller is left hanging
      }
    }
  }

  async #commit(batch: Job[]): Promise<void> {
    const updates = batch.filter((job): job is UpdateJob => job.kind === 'update');
    const writes: Promise<void>[] = [];
    if (updates.length > 0) {
      const next = applyChanges(this.#data, updates);
      if (next) {
        writes.push(
          this.backend.writeData(next).then(
            () => void (this.#data = next),
            (error: unknown) => {
              for (const job of updates) if (job.outcome?.ok) job.outcome = { ok: false, error };
            },
          ),
        );
      }
    }
    const byLog = new Map<string, AppendJob[]>();
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
  async #appendAll(log: string, jobs: AppendJob[]): Promise<void> {
    let state = this.#logs.get(log);
    if (!state) this.#logs.set(log, (state = { records: [], ids: new Set() }));
    const seen = new Set<string>();
    const fresh: string[] = [];
    for (const { lines } of jobs) {
      for (const { id, line } of lines) {
        if (state.ids.has(id) || seen.has(id)) continue;
        seen.add(id);
        fresh.push(line);
      }
    }
    if (fresh.length === 0) return;
    try {
      await this.backend.appendLines(log, fresh.map((line) => `${line}\n`).join(''));
    } catch (error) {
      for (const job of jobs) job.error = error;
      return;
    }
    for (const line of fresh) {
      const record = deepFreeze(JSON.parse(line) as LogRecord); // what the disk holds, not the caller's object
      state.records.push(record);
      state.ids.add(record.id);
    }
  }
}
