// Test helpers for the store: temp dirs, a FileOps that counts and injects failures, and a
// logger that records what was logged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nodeFileOps, type FileHandleOps, type FileOps } from '../../src/store/file-ops.ts';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function diskError(code: string): Error {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

/** A FileOps over the real disk that counts writes and can fail them on demand. */
export class TestFileOps implements FileOps {
  /** rename calls: one per whole-file write. */
  renames = 0;
  /** sync calls on files (not directories). */
  fileSyncs = 0;
  bytesWritten = 0;
  /** When set, every data write fails with it after writing half of its bytes. */
  failWrites: Error | undefined;
  /** When set, every fsync of a file fails with it (the bytes were written). */
  failSyncs: Error | undefined;
  /** Only writes to files whose name ends with this fail (default: any but the lock). */
  failOnly: string | undefined;
  /** When set, rename fails with it. */
  failRenames: Error | undefined;

  async open(file: string, flags: string | number, mode?: number): Promise<FileHandleOps> {
    const handle = await nodeFileOps.open(file, flags, mode);
    const isLock = /\.lock(\.\d+)?(\.[\w-]+\.tmp)?$/.test(file);
    const targeted = () => !isLock && (this.failOnly === undefined || file.endsWith(this.failOnly));
    return {
      write: async (buffer, offset, length, position) => {
        if (this.failWrites && targeted()) {
          const half = Math.floor(length / 2);
          if (half > 0) await handle.write(buffer, offset, half, position);
          throw this.failWrites;
        }
        this.bytesWritten += length;
        return handle.write(buffer, offset, length, position);
      },
      read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
      sync: async () => {
        if (flags !== 'r') this.fileSyncs++;
        if (this.failSyncs && flags !== 'r' && targeted()) throw this.failSyncs;
        return handle.sync();
      },
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  }
  readFile = nodeFileOps.readFile;
  link = nodeFileOps.link;
  unlink = nodeFileOps.unlink;
  readdir = nodeFileOps.readdir;
  stat = nodeFileOps.stat;
  mkdir = nodeFileOps.mkdir;
  async rename(from: string, to: string): Promise<void> {
    if (this.failRenames) throw this.failRenames;
    this.renames++;
    return nodeFileOps.rename(from, to);
  }
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

export function testLogger() {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (obj: object, msg?: string) => void entries.push({ level: 'info', obj, msg }),
    warn: (obj: object, msg?: string) => void entries.push({ level: 'warn', obj, msg }),
    error: (obj: object, msg?: string) => void entries.push({ level: 'error', obj, msg }),
  };
}
