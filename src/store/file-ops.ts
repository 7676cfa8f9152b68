// The few file-system calls the store makes, behind one small interface so tests can
// inject failures (disk full, read-only) without relying on permissions (root ignores them).
import * as fsp from 'node:fs/promises';

/** The part of an open file the store uses. */
export interface FileHandleOps {
  /** Write `length` bytes of `buffer` from `offset`, at `position` in the file. */
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  /** Read up to `length` bytes at `position` into `buffer` from `offset`. */
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface FileOps {
  /** `flags` as in fs.open: 'w', 'wx', 'r', or numeric O_* flags. */
  open(path: string, flags: string | number, mode?: number): Promise<FileHandleOps>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  /** A hard link; fails with EEXIST when `to` exists (the lock relies on it). */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  mkdir(dir: string): Promise<void>;
}

/** The real thing: node:fs/promises. */
export const nodeFileOps: FileOps = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  link: (from, to) => fsp.link(from, to),
  unlink: (path) => fsp.unlink(path),
  readdir: (dir) => fsp.readdir(dir),
  stat: (path) => fsp.stat(path),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
};

/** The error code of a Node system error ('ENOENT', 'EEXIST'...), if it has one. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
