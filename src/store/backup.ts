// Snapshots of the store: every file of it (the main file, the plan file, the journal when
// it is not empty, each log) copied into a folder of its own (data/backups/<time>-<reason>/),
// daily and before an import or a restore, keeping the last N. A snapshot of a running store
// is taken through it (writes wait meanwhile, so the files agree). A restore checks the
// snapshot completely before it replaces anything, holds the store's lock while it does (the
// bot must be stopped), and first snapshots what it replaces. Saved indexes are not copied:
// they are rebuilt from the logs. A directory of immutable files beside the store (the files
// Duban keeps: written once by temp file and rename, never changed) is copied with it, as
// `files/`, and put back by a restore (files kept since the snapshot stay: nothing names them).
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { planPath } from './disk-backend.ts';
import { writeFileDurably } from './durable-write.ts';
import { errorCode, type FileOps, nodeFileOps } from './file-ops.ts';
import { journalPath } from './journal.ts';
import { loadDocument } from './load-document.ts';
import { acquireLock } from './lock-file.ts';
import { parseLog } from './log-files.ts';
import { type DocumentSpec, type Store, StoreError } from './types.ts';

export interface BackupOptions {
  /** Default: a `backups` folder beside the database file. */
  dir?: string;
  keep?: number;
  fs?: FileOps;
  /** A directory of immutable files that belongs with the store (FILES_DIR). */
  files?: string;
}

const FILES_IN_SNAPSHOT = 'files';

/** Copy the immutable files of `from` into `to` (those not there yet); temp files are skipped. */
async function copyTree(from: string, to: string): Promise<void> {
  const { cp } = await import('node:fs/promises');
  await cp(from, to, {
    recursive: true,
    force: false,
    errorOnExist: false,
    filter: (src) => !src.endsWith('.tmp'),
  }).catch((err: unknown) => {
    if (errorCode(err) !== 'ENOENT') throw err; // no files kept yet: nothing to copy
  });
}

export const DEFAULT_KEEP = 14;

export function backupDir(dbFile: string, opts: BackupOptions = {}): string {
  return path.resolve(opts.dir ?? path.join(path.dirname(dbFile), 'backups'));
}

/** The store's files in its directory: the main file, plan file, journal and logs (not indexes, locks or temp files). */
export async function storeFiles(fs: FileOps, dbFile: string): Promise<string[]> {
  const base = path.basename(dbFile);
  const own = new Set([base, path.basename(planPath(dbFile)), path.basename(journalPath(dbFile))]);
  const entries = await fs.readdir(path.dirname(dbFile));
  return entries.filter((e) => own.has(e) || (e.startsWith(`${base}.`) && e.endsWith('.jsonl'))).sort();
}

function newSnapshotDir(dbFile: string, reason: string, opts: BackupOptions): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(backupDir(dbFile, opts), `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '')}-${randomBytes(2).toString('hex')}`);
}

/** Snapshot a store that is open (the bot, an import): through the store, so the files agree. Prunes old ones. */
export async function snapshotStore<D>(store: Store<D>, dbFile: string, reason: string, opts: BackupOptions = {}): Promise<string> {
  const target = newSnapshotDir(path.resolve(dbFile), reason, opts);
  await store.snapshot(target);
  if (opts.files) await copyTree(opts.files, path.join(target, FILES_IN_SNAPSHOT));
  await pruneSnapshots(dbFile, opts.keep ?? DEFAULT_KEEP, opts);
  return target;
}

/** Copy the files of a store nobody has open (the caller holds its lock). */
async function copyClosedStore(fs: FileOps, dbFile: string, target: string): Promise<void> {
  await fs.mkdir(target);
  for (const name of await storeFiles(fs, dbFile)) {
    await writeFileDurably(fs, path.join(target, name), await fs.readFile(path.join(path.dirname(dbFile), name)));
  }
}

export async function listSnapshots(dbFile: string, opts: BackupOptions = {}): Promise<string[]> {
  const fs = opts.fs ?? nodeFileOps;
  try {
    return (await fs.readdir(backupDir(dbFile, opts))).filter((n) => /^\d{4}-\d\d-\d\dT/.test(n)).sort();
  } catch {
    return [];
  }
}

export async function pruneSnapshots(dbFile: string, keep: number, opts: BackupOptions = {}): Promise<void> {
  const { rm } = await import('node:fs/promises');
  const all = await listSnapshots(dbFile, opts);
  for (const old of all.slice(0, Math.max(0, all.length - keep)))
    await rm(path.join(backupDir(dbFile, opts), old), { recursive: true, force: true });
}

/** Reads and validates every file of a snapshot; throws a StoreError naming the bad file. Returns the snapshot's files. */
export async function verifySnapshot<D extends { schemaVersion: number; createdAt: string }>(
  snapshot: string,
  dbName: string,
  spec: DocumentSpec<D>,
  fs: FileOps = nodeFileOps,
): Promise<string[]> {
  const names = await fs.readdir(snapshot).catch(() => {
    throw new StoreError('STORE_CORRUPT', `${snapshot}: no such snapshot folder`, snapshot);
  });
  if (!names.includes(dbName)) throw new StoreError('STORE_CORRUPT', `${snapshot}: the snapshot has no ${dbName}`, snapshot);
  const main = path.join(snapshot, dbName);
  const loaded = await loadDocument(fs, main, spec);
  if (loaded.journal.tornBytes) throw new StoreError('STORE_CORRUPT', `${journalPath(main)}: ends in the middle of an entry`, main);
  const files = await storeFiles(fs, main);
  for (const log of files.filter((n) => n.endsWith('.jsonl'))) {
    const p = path.join(snapshot, log);
    const { tornBytes } = parseLog(await fs.readFile(p), p);
    if (tornBytes) throw new StoreError('STORE_CORRUPT', `${p}: ends in the middle of a record`, p);
  }
  return files;
}

/** Replaces the store's files with the snapshot's, after checking it and snapshotting the current state. */
export async function restoreSnapshot<D extends { schemaVersion: number; createdAt: string }>(
  dbFile: string,
  snapshot: string,
  spec: DocumentSpec<D>,
  opts: BackupOptions = {},
): Promise<{ saved: string }> {
  const fs = opts.fs ?? nodeFileOps;
  const file = path.resolve(dbFile);
  const dir = path.dirname(file);
  const files = await verifySnapshot(path.resolve(snapshot), path.basename(file), spec, fs);
  const lock = await acquireLock(file, fs);
  try {
    const saved = newSnapshotDir(file, 'pre-restore', opts);
    await copyClosedStore(fs, file, saved);
    if (opts.files) {
      await copyTree(opts.files, path.join(saved, FILES_IN_SNAPSHOT));
      await copyTree(path.join(snapshot, FILES_IN_SNAPSHOT), opts.files);
    }
    const current = await storeFiles(fs, file);
    for (const name of files) await writeFileDurably(fs, path.join(dir, name), await fs.readFile(path.join(snapshot, name)));
    for (const name of current) if (!files.includes(name)) await fs.unlink(path.join(dir, name));
    // Saved indexes describe the replaced logs: they are rebuilt at the next start.
    for (const name of await fs.readdir(dir)) {
      if (name.startsWith(`${path.basename(file)}.`) && name.endsWith('.index.json')) await fs.unlink(path.join(dir, name));
    }
    return { saved };
  } finally {
    await lock.release();
  }
}
