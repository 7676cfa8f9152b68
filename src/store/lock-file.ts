// The store's file lock, safe against a killed holder and against two processes starting at
// once. The lock is the newest of `<file>.lock.<generation>`; each is created complete and
// exclusively (written to a private temp file, then hard-linked into place, which fails if
// the name exists) and holds its owner's pid and process start time. Taking over a dead
// holder's lock means creating the *next* generation, which exactly one contender can do:
// the losers find a live holder and are refused. A pid that now belongs to another process
// (a restart reused it) is told apart by its start time, so it never blocks start-up.
import { readFileSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { errorCode, type FileOps } from './file-ops.ts';
import { StoreError } from './types.ts';

export interface LockLogger {
  warn(obj: object, msg?: string): void;
}

export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  /** The holder's start time as the system counts it (Linux: /proc/<pid>/stat field 22); undefined elsewhere. */
  started?: string;
}

/** Locks held (or being taken) by this process, by `<file>.lock`, with the generation file once taken. */
const held = new Map<string, string | undefined>();
let exitHookInstalled = false;
const MAX_ROUNDS = 20;

/** This process's own identity, as written into its lock. */
const self: Holder = { pid: process.pid, ...(startTimeOf(process.pid) ? { started: startTimeOf(process.pid) } : {}) };

/** A process's start time (in clock ticks since boot), where the system tells it. */
export function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Is the process that wrote `holder` still running (and not a new process with its pid)? */
export function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if (errorCode(err) === 'ESRCH') return false; // EPERM: alive, owned by someone else
  }
  if (holder.started === undefined) return true;
  const now = startTimeOf(holder.pid);
  return now === undefined || now === holder.started;
}

function encode(holder: Holder): string {
  return `${holder.pid}${holder.started ? ` ${holder.started}` : ''}\n`;
}

function decode(text: string): Holder | undefined {
  const [pid, started] = text.trim().split(/\s+/);
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return started ? { pid: n, started } : { pid: n };
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lockPath of held.values()) {
      if (!lockPath) continue;
      try {
        if (decode(readFileSync(lockPath, 'utf8'))?.pid === process.pid) unlinkSync(lockPath);
      } catch {
        // exiting: nothing more to do
      }
    }
  });
}

function locked(file: string, lockPath: string, pid: number | undefined): StoreError {
  const who = pid === undefined ? 'another process' : `process ${pid}`;
  return new StoreError('STORE_LOCKED', `${file} is in use by ${who} (lock file ${lockPath})`, file);
}

/** The generations of `<file>.lock.<n>` present, newest first. */
async function generations(fs: FileOps, file: string): Promise<number[]> {
  const prefix = `${path.basename(file)}.lock.`;
  const found: number[] = [];
  for (const name of await fs.readdir(path.dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const n = Number(name.slice(prefix.length));
    if (Number.isSafeInteger(n) && n > 0) found.push(n);
  }
  return found.sort((a, b) => b - a);
}

/** Take the lock of `file`, or throw STORE_LOCKED naming the holder's pid. */
export async function acquireLock(file: string, fs: FileOps, logger?: LockLogger): Promise<FileLock> {
  const base = `${file}.lock`;
  if (held.has(base)) throw locked(file, base, process.pid);
  held.set(base, undefined); // reserve first, so two opens racing in this process cannot both win
  try {
    await removeLegacyLock(fs, file, base, logger);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const [newest] = await generations(fs, file);
      if (newest !== undefined) {
        const lockPath = `${base}.${newest}`;
        const holder = await readHolder(fs, lockPath);
        if (holder === 'gone') continue; // released meanwhile: look again
        // Our own pid is never a live holder: this process does not hold the lock (checked above),
        // so it is an earlier run whose pid came back (containers restart with the same pids).
        if (holder !== 'unreadable' && holder.pid !== process.pid && isAlive(holder)) throw locked(file, lockPath, holder.pid);
        // Dead (or unreadable: lock files are written complete, so only damage makes one so).
        logger?.warn({ file: lockPath, pid: holder === 'unreadable' ? undefined : holder.pid }, 'store: taking over a stale lock');
      }
      const next = `${base}.${(newest ?? 0) + 1}`;
      if (await createExclusively(fs, next)) {
        installExitHook();
        const mine = next;
        held.set(base, mine);
        await removeOlder(fs, file, newest ?? 0);
        return { path: mine, release: () => release(fs, base, mine) };
      }
      // Someone else created that generation first: look at it in the next round.
    }
    throw locked(file, base, undefined);
  } catch (err) {
    held.delete(base);
    throw err;
  }
}

/** Write our identity to a private temp file and hard-link it to `lockPath`: atomic, and fails if the name exists. */
async function createExclusively(fs: FileOps, lockPath: string): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const fh = await fs.open(temp, 'wx', 0o644);
  try {
    const bytes = Buffer.from(encode(self));
    await fh.write(bytes, 0, bytes.length, 0);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.link(temp, lockPath);
    return true;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** The single `<file>.lock` of earlier versions: a live holder refuses us, a dead one is removed. */
async function removeLegacyLock(fs: FileOps, file: string, base: string, logger?: LockLogger): Promise<void> {
  const holder = await readHolder(fs, base);
  if (holder === 'gone') return;
  if (holder !== 'unreadable' && holder.pid !== process.pid && isAlive(holder)) throw locked(file, base, holder.pid);
  logger?.warn({ file: base }, 'store: removing the stale lock of an earlier version');
  await fs.unlink(base).catch(() => undefined);
}

async function removeOlder(fs: FileOps, file: string, upTo: number): Promise<void> {
  for (const n of await generations(fs, file)) {
    if (n <= upTo) await fs.unlink(`${file}.lock.${n}`).catch(() => undefined);
  }
}

async function readHolder(fs: FileOps, lockPath: string): Promise<Holder | 'gone' | 'unreadable'> {
  try {
    return decode((await fs.readFile(lockPath)).toString('utf8')) ?? 'unreadable';
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return 'gone';
    throw err;
  }
}

async function release(fs: FileOps, base: string, lockPath: string): Promise<void> {
  if (!held.delete(base)) return;
  try {
    const holder = await readHolder(fs, lockPath);
    if (holder !== 'gone' && holder !== 'unreadable' && holder.pid === process.pid) await fs.unlink(lockPath);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
}

/** Is `name` (a directory entry) one of the lock files of `file`? (Backups skip them.) */
export function isLockFileOf(file: string, name: string): boolean {
  const base = `${path.basename(file)}.lock`;
  return name === base || name.startsWith(`${base}.`);
}

/**
 * Forget that this process holds the lock of `file`, leaving the lock file as a killed process
 * would. Only for tests that simulate a crash and reopen the store in the same process.
 */
export function forgetLockForTests(file: string): void {
  held.delete(`${file}.lock`);
}
