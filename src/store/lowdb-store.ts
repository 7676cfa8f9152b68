// The store on disk: lowdb with a durable adapter for the main document, JSON Lines files for
// the append-only logs, a lock file against a second process, and the shared serial queue.
// Opening never rewrites a file it could not read: errors come first, repairs after.
import * as path from 'node:path';
import { Low } from 'lowdb';
import { checkDb } from './check-db.ts';
import { appendDurably, isTempFileOf, truncateDurably, writeFileDurably, type AppendState } from './durable-write.ts';
import { DurableJsonFile } from './durable-json-file.ts';
import { errorCode, nodeFileOps, type FileOps } from './file-ops.ts';
import { acquireLock, type FileLock } from './lock-file.ts';
import { loadLogs, logPath, type LoadedLog } from './log-files.ts';
import { migrate, migrations as defaultMigrations, type Migrations } from './migrations.ts';
import { QueuedStore, type Backend } from './queued-store.ts';
import { emptyDb } from './sample-db.ts';
import { SCHEMA_VERSION, StoreError, type DbData, type Store } from './types.ts';

export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface LowdbStoreOptions {
  file: string;
  /** The document to start with when the file does not exist yet. */
  seed: () => DbData;
  logger?: StoreLogger;
  fs?: FileOps;
  /** Defaults to the real table in migrations.ts (tests pass their own). */
  migrations?: Migrations;
}

export async function openLowdbStore(opts: LowdbStoreOptions): Promise<Store> {
  const file = path.resolve(opts.file);
  const fs = opts.fs ?? nodeFileOps;
  const logger = opts.logger;
  await fs.mkdir(path.dirname(file));
  const lock = await acquireLock(file, fs, logger);
  try {
    let migratedFrom: number | undefined;
    const adapter = new DurableJsonFile<DbData>(file, fs, (json) => {
      const migrated = migrate(json, opts.migrations ?? defaultMigrations, { file });
      const data = checkDb(migrated.doc, file, file);
      migratedFrom = migrated.from;
      return data;
    });
    const blank = emptyDb();
    const low = new Low<DbData>(adapter, blank);
    await low.read();
    const logs = await loadLogs(fs, file);
    // Everything is read and valid: only now may files be written.
    if (low.data === blank) {
      low.data = checkDb(opts.seed(), `${file} (seed)`, file);
      await writeOrFail(() => low.write(), file, logger);
      logger?.info({ file }, 'store: created from seed');
    } else if (migratedFrom !== undefined) {
      const backup = `${file}.v${migratedFrom}.bak`;
      await writeOrFail(async () => writeFileDurably(fs, backup, await fs.readFile(file)), backup, logger);
      await writeOrFail(() => low.write(), file, logger);
      logger?.info({ file, from: migratedFrom, to: SCHEMA_VERSION, backup }, 'store: migrated');
    }
    const appendStates = await repairLogs(fs, logs, logger);
    await removeTempFiles(fs, file, logger);
    const backend = new DiskBackend(low, fs, file, appendStates, lock, logger);
    return new QueuedStore(
      low.data,
      logs.map((log) => [log.name, log.records] as const),
      backend,
    );
  } catch (err) {
    await lock.release().catch(() => undefined);
    throw err;
  }
}

class DiskBackend implements Backend {
  constructor(
    private readonly low: Low<DbData>,
    private readonly fs: FileOps,
    private readonly file: string,
    private readonly logs: Map<string, AppendState>,
    private readonly lock: FileLock,
    private readonly logger: StoreLogger | undefined,
  ) {}

  async writeData(next: DbData): Promise<void> {
    const previous = this.low.data;
    this.low.data = next;
    try {
      await writeOrFail(() => this.low.write(), this.file, this.logger);
    } catch (err) {
      this.low.data = previous; // lowdb keeps what is on disk
      throw err;
    }
  }

  async appendLines(log: string, text: string): Promise<void> {
    let state = this.logs.get(log);
    if (!state) this.logs.set(log, (state = { size: 0, exists: false, dirty: false }));
    const target = logPath(this.file, log);
    await writeOrFail(() => appendDurably(this.fs, target, Buffer.from(text), state), target, this.logger);
  }

  close(): Promise<void> {
    return this.lock.release();
  }
}

/** Run a write; a failure is logged and becomes STORE_WRITE_FAILED naming the file. */
async function writeOrFail(write: () => Promise<void>, target: string, logger: StoreLogger | undefined): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = errorCode(err);
    logger?.error({ file: target, code }, 'store: write failed');
    const why = code ?? (err instanceof Error ? err.message : String(err));
    throw new StoreError('STORE_WRITE_FAILED', `${target}: write failed (${why})`, target, { cause: err });
  }
}

/** Cut torn last lines off; report duplicates. Returns where each log's next line goes. */
async function repairLogs(fs: FileOps, logs: LoadedLog[], logger: StoreLogger | undefined): Promise<Map<string, AppendState>> {
  const states = new Map<string, AppendState>();
  for (const log of logs) {
    if (log.tornBytes > 0) {
      logger?.warn({ file: log.path, droppedBytes: log.tornBytes }, 'store: dropped a torn last line of a log');
      await writeOrFail(() => truncateDurably(fs, log.path, log.size), log.path, logger);
    }
    if (log.duplicates > 0)
      logger?.warn({ file: log.path, duplicates: log.duplicates }, 'store: log has duplicate ids, kept the first of each');
    states.set(log.name, { size: log.size, exists: true, dirty: false });
  }
  return states;
}

/** Temp files left by a write that was killed; we hold the lock, so no one is writing them. */
async function removeTempFiles(fs: FileOps, file: string, logger: StoreLogger | undefined): Promise<void> {
  const dir = path.dirname(file);
  for (const name of await fs.readdir(dir)) {
    if (!isTempFileOf(file, name)) continue;
    await fs.unlink(path.join(dir, name)).catch(() => undefined);
    logger?.info({ file: path.join(dir, name) }, 'store: removed a leftover temp file');
  }
}
