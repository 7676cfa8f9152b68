// Durable writes: a whole file replaced atomically (temp file in the same directory, fsync,
// rename, fsync of the directory) and complete lines appended to a log file. Each resolves
// only once the bytes would survive a power cut.
import { constants } from 'node:fs';
import * as path from 'node:path';
import type { FileHandleOps, FileOps } from './file-ops.ts';

let tempCounter = 0;

/** Temp files are `<file>.<pid>-<n>.tmp`; a crash can leave one behind (see isTempFileOf). */
function tempPathFor(file: string): string {
  return `${file}.${process.pid}-${++tempCounter}.tmp`;
}

/** Is `name` (a directory entry) a temp file left by a write of `file` or of a file beside it (`<file>.plan.json`, a lock)? */
export function isTempFileOf(file: string, name: string): boolean {
  const base = path.basename(file);
  return name.startsWith(`${base}.`) && /(^|\.)\d+-[0-9a-z]+\.tmp$/.test(name.slice(base.length + 1));
}

async function writeAll(fh: FileHandleOps, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, position + done);
    if (bytesWritten <= 0) throw new Error('write made no progress');
    done += bytesWritten;
  }
}

/** fsync a directory so a rename or a new entry in it is durable. */
export async function syncDir(fs: FileOps, dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const fh = await fs.open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Replace `file` with `bytes` atomically and durably; on failure the old file is untouched. */
export async function writeFileDurably(fs: FileOps, file: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    const fh = await fs.open(temp, 'wx', 0o600);
    try {
      await writeAll(fh, bytes, 0);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(temp, file);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDir(fs, path.dirname(file));
}

/** What the appender knows about one log file. */
export interface AppendState {
  /** Bytes of complete, acknowledged lines: the next line goes here. */
  size: number;
  /** The file's directory entry is known durable. */
  exists: boolean;
  /** A failed write may have left bytes after `size`: cut them off on the next write. */
  dirty: boolean;
}

/**
 * Write `bytes` (complete lines) at `state.size` of `file` and fsync. Writing at a known
 * position (not O_APPEND) means a half-done failed append is simply overwritten next time.
 * A failed append is also cut off at once: lines that reached the disk before it failed were
 * reported as not saved, and must not come back at the next start.
 */
export async function appendDurably(fs: FileOps, file: string, bytes: Uint8Array, state: AppendState): Promise<void> {
  let fh: FileHandleOps | undefined;
  try {
    fh = await fs.open(file, constants.O_RDWR | constants.O_CREAT, 0o600);
    await writeAll(fh, bytes, state.size);
    if (state.dirty) await fh.truncate(state.size + bytes.length);
    await fh.sync();
    await fh.close();
    fh = undefined;
    if (!state.exists) await syncDir(fs, path.dirname(file));
  } catch (err) {
    state.dirty = true;
    if (fh) {
      try {
        await fh.truncate(state.size); // shrinking needs no free space
        await fh.sync();
        state.dirty = false;
      } catch {
        // left dirty: the next append cuts it off before anything else
      }
      await fh.close().catch(() => undefined);
    }
    throw err;
  }
  state.size += bytes.length;
  state.exists = true;
  state.dirty = false;
}

/** Cut `file` to `length` bytes and fsync (repairing a torn last line). */
export async function truncateDurably(fs: FileOps, file: string, length: number): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    await fh.truncate(length);
    await fh.sync();
  } finally {
    await fh.close();
  }
}
