// Snapshots of the store: the main file and its logs copied into a folder of their own
// (data/backups/<time>-<reason>/), daily and before an import or a restore, keeping the
// last N. A restore checks the snapshot completely before it replaces anything, holds the
// store's lock while it does (the bot must be stopped), and first snapshots what it replaces.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { checkDb } from './check-db.ts';
import { writeFileDurably } from './durable-write.ts';
import { nodeFileOps, type FileOps } from './file-ops.ts';
import { acquireLock } from './lock-file.ts';
import { parseLog } from './log-files.ts';
import { migrate, migrations } from './migrations.ts';
import { describePosition, parseJson } from './json-error.ts';
import { StoreError } from './types.ts';

export interface BackupOptions {
  /** Default: a `backups` folder beside the database file. */
  dir?: string;
  keep?: number;
  fs?: FileOps;
}

export const DEFAULT_KEEP = 14;

export function backupDir(dbFile: string, opts: BackupOptions = {}): string {
  return path.resolve(opts.dir ?? path.join(path.dirname(dbFile), 'backups'));
}

/** The store's files: the main document and each `<file>.<log>.jsonl`. */
async function storeFiles(fs: FileOps, dbFile: string): Promise<string[]> {
  const base = path.basename(dbFile);
  const entries = await fs.readdir(path.dirname(dbFile));
  return entries.filter((e) => e === base || (e.startsWith(`${base}.`) && e.endsWith('.jsonl'))).sort();
}

/** Copies the store's files into a new snapshot folder; prunes old ones. Returns its path. */
export async function createSnapshot(dbFile: string, reason: string, opts: BackupOptions = {}): Promise<string> {
  const fs = opts.fs ?? nodeFileOps;
  const file = path.resolve(dbFile);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(backupDir(file, opts), `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '')}-${randomBytes(2).toString('hex')}`);
  await fs.mkdir(target);
  for (const name of await storeFiles(fs, file)) {
    await writeFileDurably(fs, path.join(target, name), await fs.readFile(path.join(path.dirname(file), name)));
  }
  await pruneSnapshots(file, opts.keep ?? DEFAULT_KEEP, opts);
  return target;
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

/** Reads and validates every file of a snapshot; throws a StoreError naming the bad file. */
export async function verifySnapshot(snapshot: string, dbName: string, fs: FileOps = nodeFileOps): Promise<{ logs: string[] }> {
  const names = await fs.readdir(snapshot).catch(() => {
    throw new StoreError('STORE_CORRUPT', `${snapshot}: no such snapshot folder`, snapshot);
  });
  if (!names.includes(dbName)) throw new StoreError('STORE_CORRUPT', `${snapshot}: the snapshot has no ${dbName}`, snapshot);
  const main = path.join(snapshot, dbName);
  const parsed = parseJson((await fs.readFile(main)).toString('utf8'));
  if (!parsed.ok) throw new StoreError('STORE_CORRUPT', `${main}: not valid JSON ${describePosition(parsed.problem)}`, main);
  checkDb(migrate(parsed.value, migrations, { file: main }).doc, main, main);
  const logs = names.filter((n) => n.startsWith(`${dbName}.`) && n.endsWith('.jsonl'));
  for (const log of logs) {
    const p = path.join(snapshot, log);
    const { tornBytes } = parseLog(await fs.readFile(p), p);
    if (tornBytes) throw new StoreError('STORE_CORRUPT', `${p}: ends in the middle of a record`, p);
  }
  return { logs };
}

/** Replaces the store's files with the snapshot's, after checking it and snapshotting the current state. */
export async function restoreSnapshot(dbFile: string, snapshot: string, opts: BackupOptions = {}): Promise<{ saved: string }> {
  const fs = opts.fs ?? nodeFileOps;
  const file = path.resolve(dbFile);
  const base = path.basename(file);
  const { logs } = await verifySnapshot(path.resolve(snapshot), base, fs);
  const lock = await acquireLock(file, fs);
  try {
    const saved = await createSnapshot(file, 'pre-restore', { ...opts, keep: Number.MAX_SAFE_INTEGER });
    const current = await storeFiles(fs, file);
    for (const name of [base, ...logs])
      await writeFileDurably(fs, path.join(path.dirname(file), name), await fs.readFile(path.join(snapshot, name)));
    for (const name of current) if (name !== base && !logs.includes(name)) await fs.unlink(path.join(path.dirname(file), name));
    return { saved };
  } finally {
    await lock.release();
  }
}
