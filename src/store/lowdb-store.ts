// The store on disk: lowdb documents for the hot parts (`<file>`, compact JSON) and the
// static parts (`<file>.plan.json`), the journal that commits every change between
// checkpoints, JSON Lines files for the append-only logs, and a lock against a second process.
// Opening never writes before everything is read and valid: errors first, repairs after.
import * as path from 'node:path';
import { Low } from 'lowdb';
import { checkDoc } from './check-doc.ts';
import { DiskBackend, planPath, type StoreLogger, splitDoc, writeOrFail } from './disk-backend.ts';
import { DurableJsonFile, type JsonObject } from './durable-json-file.ts';
import { type AppendState, isTempFileOf, truncateDurably, writeFileDurably } from './durable-write.ts';
import { type FileOps, nodeFileOps } from './file-ops.ts';
import { journalPath } from './journal.ts';
import { loadDocument } from './load-document.ts';
import { acquireLock } from './lock-file.ts';
import { emptyLog, type LoadedLog, loadLog, logNamesOnDisk, logPath } from './log-files.ts';
import { QueuedStore } from './queued-store.ts';
import type { DocumentSpec, Store, AnyLog } from './types.ts';
import { StoreError } from './types.ts';

export type { StoreLogger } from './disk-backend.ts';

export interface LowdbStoreOptions<D extends { schemaVersion: number; createdAt: string }> {
  file: string;
  document: DocumentSpec<D>;
  logs: readonly AnyLog[];
  /** The document to start with when the store does not exist yet. */
  seed: () => D;
  logger?: StoreLogger;
  fs?: FileOps;
  /** Journal bytes after which the documents are rewritten (tests set it low). */
  checkpointBytes?: number;
}

export async function openLowdbStore<D extends { schemaVersion: number; createdAt: string }>(
  opts: LowdbStoreOptions<D>,
): Promise<Store<D>> {
  const file = path.resolve(opts.file);
  const fs = opts.fs ?? nodeFileOps;
  const { logger, document: spec } = opts;
  await fs.mkdir(path.dirname(file));
  const lock = await acquireLock(file, fs, logger);
  try {
    const hot = new Low<JsonObject>(new DurableJsonFile(file, fs), {});
    const stat = new Low<JsonObject>(new DurableJsonFile(planPath(file), fs), {});
    const loaded = await loadDocument(fs, file, spec);
    const logNames = await logNamesOnDisk(fs, file);
    let doc: D;
    if (loaded.doc) doc = loaded.doc;
    else if (loaded.journal.entries > 0 || logNames.length > 0) {
      const rest = [loaded.journal.entries ? 'journal' : '', ...logNames].filter(Boolean).join(', ');
      throw new StoreError(
        'STORE_MISSING',
        `${file} is missing, but the rest of the store is there (${rest}): ` +
          'restore it from a snapshot (npm run restore -- --list) rather than starting over from the sample data',
        file,
      );
    } else doc = checkDoc(spec.schema, opts.seed(), `${file} (seed)`, file);
    const rewrite = !loaded.doc ? 'seed' : loaded.migratedFrom !== undefined ? 'migrated' : undefined;
    const migratedFrom = loaded.migratedFrom;
    const logs = await loadLogs(fs, file, opts.logs, logNames, logger);

    // Everything is read and valid: only now may files be written.
    const { seq, journal } = loaded;
    if (rewrite === 'migrated') {
      const backup = `${file}.v${migratedFrom}.bak`;
      await writeOrFail(async () => writeFileDurably(fs, backup, await fs.readFile(file)), backup, logger);
      logger?.info({ file, from: migratedFrom, to: spec.version, backup }, 'store: migrating');
    }
    const journalState: AppendState = { size: journal.size, exists: journal.exists, dirty: false };
    if (journal.tornBytes > 0) {
      logger?.warn({ file: journalPath(file), droppedBytes: journal.tornBytes }, 'store: dropped a torn last line of the journal');
      await writeOrFail(() => truncateDurably(fs, journalPath(file), journal.size), journalPath(file), logger);
    }
    if (rewrite) {
      // The plan file first: the main file's presence is what says the store exists.
      const parts = splitDoc(doc, spec.staticKeys, seq);
      stat.data = parts.static;
      await writeOrFail(() => stat.write(), planPath(file), logger);
      hot.data = parts.hot;
      await writeOrFail(() => hot.write(), file, logger);
      if (journalState.size > 0) {
        await writeOrFail(() => truncateDurably(fs, journalPath(file), 0), journalPath(file), logger);
        journalState.size = 0;
      }
      if (rewrite === 'seed') logger?.info({ file }, 'store: created from seed');
    }
    const appendStates = await repairLogs(fs, file, logs, logger);
    await removeTempFiles(fs, file, logger);
    const backend = new DiskBackend<D>({
      spec,
      file,
      fs,
      hot,
      static: stat,
      seq,
      journal: journalState,
      logs: appendStates,
      lock,
      logger,
      ...(opts.checkpointBytes !== undefined ? { checkpointBytes: opts.checkpointBytes } : {}),
    });
    return new QueuedStore<D>(
      spec,
      doc,
      opts.logs.map((s) => [s, logs.get(s.name)!] as const),
      backend,
    );
  } catch (err) {
    await lock.release().catch(() => undefined);
    throw err;
  }
}

/** Every registered log, read (or empty when it has no file yet). Files of logs no longer registered are left alone. */
async function loadLogs(
  fs: FileOps,
  file: string,
  specs: readonly AnyLog[],
  onDisk: string[],
  logger: StoreLogger | undefined,
): Promise<Map<string, LoadedLog>> {
  const loaded = new Map<string, LoadedLog>();
  for (const spec of specs) {
    const log = onDisk.includes(spec.name) ? await loadLog(fs, file, spec) : emptyLog(spec);
    if (log.skipped > 0)
      logger?.warn(
        { file: logPath(file, spec.name), skipped: log.skipped },
        'store: records that do not match the log schema were skipped',
      );
    if (log.duplicates > 0)
      logger?.warn({ file: logPath(file, spec.name), duplicates: log.duplicates }, 'store: log has duplicate ids, kept the first of each');
    loaded.set(spec.name, log);
  }
  for (const name of onDisk) {
    if (!loaded.has(name)) logger?.warn({ file: logPath(file, name) }, 'store: a log no feature reads was left untouched');
  }
  return loaded;
}

/** Cut torn last lines off. Returns where each log's next line goes. */
async function repairLogs(
  fs: FileOps,
  file: string,
  logs: Map<string, LoadedLog>,
  logger: StoreLogger | undefined,
): Promise<Map<string, AppendState>> {
  const states = new Map<string, AppendState>();
  for (const log of logs.values()) {
    const target = logPath(file, log.name);
    if (log.tornBytes > 0) {
      logger?.warn({ file: target, droppedBytes: log.tornBytes }, 'store: dropped a torn last line of a log');
      await writeOrFail(() => truncateDurably(fs, target, log.size), target, logger);
    }
    states.set(log.name, { size: log.size, exists: log.size > 0 || log.tornBytes > 0, dirty: false });
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
