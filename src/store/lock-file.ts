// The store's file lock: `<file>.lock`, created exclusively ('wx') and holding the owner's pid.
// A lock whose pid is dead is stale (the bot may be killed with SIGKILL) and is taken over.
// Locks still held when the process exits normally are removed.
import { readFileSync, unlinkSync } from 'node:fs';
import { errorCode, type FileOps } from './file-ops.ts';
import { StoreError } from './types.ts';

export interface LockLogger {
  warn(obj: object, msg?: string): void;
}

export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Lock files held by this process: a second open in the same process is refused too. */
const held = new Set<string>();
let exitHookInstalled = false;

/** A lock file just created by someone else may not hold its pid yet: wait this long before calling it stale. */
const UNREADABLE_GRACE_MS = 10_000;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lockPath of held) {
      try {
        if (readPid(readFileSync(lockPath, 'utf8')) === process.pid) unlinkSync(lockPath);
      } catch {
        // exiting: nothing more to do
      }
    }
  });
}

function readPid(text: string): number | undefined {
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) !== 'ESRCH'; // EPERM: alive, owned by someone else
  }
}

function locked(file: string, lockPath: string, pid: number | undefined): StoreError {
  const who = pid === undefined ? 'another process' : `process ${pid}`;
  return new StoreError('STORE_LOCKED', `${file} is in use by ${who} (lock file ${lockPath})`, file);
}

/** Take the lock of `file`, or throw STORE_LOCKED naming the holder's pid. */
export async function acquireLock(file: string, fs: FileOps, logger?: LockLogger): Promise<FileLock> {
  const lockPath = `${file}.lock`;
  if (held.has(lockPath)) throw locked(file, lockPath, process.pid);
  held.add(lockPath); // reserve first, so two opens racing in this process cannot both win
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await tryCreate(fs, lockPath)) {
        installExitHook();
        return { path: lockPath, release: () => release(fs, lockPath) };
      }
      const holder = await readHolder(fs, lockPath);
      if (holder === 'gone') continue;
      if (holder === 'unreadable') {
        const age =
          Date.now() -
          (await fs.stat(lockPath).then(
            (s) => s.mtimeMs,
            () => 0,
          ));
        if (age < UNREADABLE_GRACE_MS) throw locked(file, lockPath, undefined);
      } else if (holder !== process.pid && isAlive(holder)) {
        throw locked(file, lockPath, holder);
      }
      // Dead pid, or our own pid left by an earlier run (containers reuse pids), or unreadable and old.
      logger?.warn({ file: lockPath, pid: holder === 'unreadable' ? undefined : holder }, 'store: taking over a stale lock');
      await fs.unlink(lockPath).catch((err: unknown) => {
        if (errorCode(err) !== 'ENOENT') throw err;
      });
    }
    throw locked(file, lockPath, undefined);
  } catch (err) {
    held.delete(lockPath);
    throw err;
  }
}

async function tryCreate(fs: FileOps, lockPath: string): Promise<boolean> {
  let fh;
  try {
    fh = await fs.open(lockPath, 'wx', 0o644);
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    const bytes = Buffer.from(`${process.pid}\n`);
    await fh.write(bytes, 0, bytes.length, 0);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return true;
}

async function readHolder(fs: FileOps, lockPath: string): Promise<number | 'gone' | 'unreadable'> {
  try {
    return readPid((await fs.readFile(lockPath)).toString('utf8')) ?? 'unreadable';
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return 'gone';
    throw err;
  }
}

async function release(fs: FileOps, lockPath: string): Promise<void> {
  if (!held.delete(lockPath)) return;
  try {
    const holder = await readHolder(fs, lockPath);
    if (holder === process.pid) await fs.unlink(lockPath);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
}
