// The store's contract, independent of what is stored: a document (parts registered by the
// features, validated by their schemas) changed through one serial write queue, plus
// append-only logs (history that only grows), each with the schema of its records. Two
// implementations: the lowdb store on disk (openLowdbStore) and its in-memory twin
// (MemoryStore). The store knows no feature: src/db.ts assembles Duban's document and logs.
import type { z } from 'zod';

/** What every log record has: an id unique within its log, and the time it was written. */
export interface LogRecord {
  id: string;
  at: string; // ISO time
}

/** Where a record of an indexed log is: the byte offset of its line (on disk) or its ordinal (in memory). */
export type RecordRef = number;

/**
 * What a feature keeps in memory of a log that grows without bound (the reports): the store
 * feeds it every record in log order, saves it beside the log and loads it back at start,
 * so neither memory nor start-up grows with the whole history.
 */
export interface LogIndexer<R, I> {
  /** Bump when the saved shape changes: a saved index of another version is rebuilt from the log. */
  version: number;
  create(): I;
  add(index: I, record: R, ref: RecordRef): void;
  /** Plain JSON of the index, saved beside the log at checkpoints. */
  save(index: I): unknown;
  /** The index from its saved JSON, or undefined when it does not fit (then it is rebuilt). */
  load(json: unknown): I | undefined;
}

/**
 * A log: its file name part, the schema of its records (R as read; In as written, before the
 * schema fills in defaults), and for big logs an index instead of the records.
 */
export interface LogSpec<R extends LogRecord = LogRecord, I = never, In = R> {
  name: string;
  schema: z.ZodType<R, In>;
  indexer?: LogIndexer<R, I>;
}

/** Any log, as the store holds them. */
export type AnyLog = LogSpec<LogRecord, unknown, unknown>;

/** A log whose records are all kept in memory (small logs: votes, invitations' events...). */
export type SmallLog<R extends LogRecord, In = R> = LogSpec<R, never, In> & { indexer?: undefined };
/** A log of which only an index is kept in memory; records are read back from the log on demand. */
export type IndexedLog<R extends LogRecord, I, In = R> = LogSpec<R, I, In> & { indexer: LogIndexer<R, I> };

export function defineLog<S extends z.ZodType<LogRecord>>(name: string, schema: S): SmallLog<z.output<S>, z.input<S>>;
export function defineLog<S extends z.ZodType<LogRecord>, I>(
  name: string,
  schema: S,
  indexer: LogIndexer<z.output<S>, I>,
): IndexedLog<z.output<S>, I, z.input<S>>;
export function defineLog(
  name: string,
  schema: z.ZodType<LogRecord, unknown>,
  indexer?: LogIndexer<LogRecord, unknown>,
): LogSpec<LogRecord, unknown, unknown> {
  return indexer ? { name, schema, indexer } : { name, schema };
}

/**
 * The document: one zod object whose top-level keys are the parts features register. The
 * `static` parts (the plan, people, experts) change only by import; they are kept in a file of
 * their own so that the hot parts, which change with every message, are small to save.
 */
export interface DocumentSpec<D extends { schemaVersion: number; createdAt: string }> {
  version: number;
  schema: z.ZodType<D> & { shape: Record<string, z.ZodType> };
  staticKeys: readonly (keyof D & string)[];
  /** A valid document with nothing in it. */
  empty(createdAt: string): D;
  /** Keyed by the version migrated from; each turns the raw JSON of version N into N+1. */
  migrations: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;
}

export type StoreErrorCode =
  | 'STORE_CORRUPT' // the file is not valid JSON
  | 'STORE_INVALID' // the JSON does not match the schema
  | 'STORE_VERSION' // written by a newer Duban, or no migration known
  | 'STORE_LOCKED' // another process holds the file
  | 'STORE_MISSING' // the main file is gone while the rest of the store is there
  | 'STORE_WRITE_FAILED'; // the disk refused (full, read-only, permissions)

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export interface Store<D> {
  /** The committed data. Read-only: change it only through update(). */
  readonly data: Readonly<D>;
  /**
   * Apply a change through the one serial write queue. Resolves with the change's result
   * once it is durable: its one commit point is one line appended to the journal. Changes that
   * arrive together share that line (group commit). If the write fails nothing of it is kept,
   * in memory or on disk, and the promise rejects with a StoreError (STORE_WRITE_FAILED). A
   * change that throws is undone and its error passed on. A change may run more than once (a
   * batch is replayed when one of its changes makes the data invalid), so it must depend only
   * on the draft: no side effects outside it.
   */
  update<T>(change: (draft: D) => T): Promise<T>;
  /**
   * Append records to a log; resolves once they are on disk (the line is the commit point).
   * Records are validated against the log's schema first; an id already in the log (a retried
   * append) is not written again. Never rewrites earlier records.
   */
  append<R extends LogRecord, In>(log: LogSpec<R, unknown, In>, records: In[]): Promise<void>;
  /** Every record of a small log, oldest first: a live read-only view (not copied). */
  records<R extends LogRecord, In>(log: SmallLog<R, In>): readonly R[];
  /** The in-memory index of an indexed log (live: it grows with appends). */
  index<R extends LogRecord, I, In>(log: IndexedLog<R, I, In>): I;
  /** The records at these refs (as the index gave them), in the order asked. */
  read<R extends LogRecord, In>(log: LogSpec<R, unknown, In>, refs: readonly RecordRef[]): Promise<R[]>;
  /** Every record of a log, oldest first, read as needed (for exports and charts over the whole history). */
  scan<R extends LogRecord, In>(log: LogSpec<R, unknown, In>): AsyncIterable<R>;
  /** Copy every file of the store into `dir` (which must not exist), consistently: writes wait meanwhile. */
  snapshot(dir: string): Promise<void>;
  /** Finish pending writes, save a checkpoint and release the file lock. */
  close(): Promise<void>;
}
