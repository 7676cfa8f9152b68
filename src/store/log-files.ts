// Append-only logs on disk: each log is `<file>.<log>.jsonl`, one record per line, next to
// the main file, so appending never rewrites earlier records. This module names the files and
// reads them back on open, tolerating a torn last line (a write cut short by a kill).
import * as path from 'node:path';
import type { FileOps } from './file-ops.ts';
import { parseJson } from './json-error.ts';
import { StoreError, type LogRecord } from './types.ts';

/** Log names become part of a file name: keep them plain. */
const LOG_NAME = /^[a-z][a-z0-9-]{0,63}$/;

export function isLogName(log: string): boolean {
  return LOG_NAME.test(log);
}

export function logPath(file: string, log: string): string {
  return `${file}.${log}.jsonl`;
}

/** A log record needs a non-empty string id and a string time. */
export function isLogRecord(value: unknown): value is LogRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, at } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof at === 'string';
}

export interface LoadedLog {
  name: string;
  path: string;
  /** Oldest first; a duplicate id keeps its first record. */
  records: LogRecord[];
  /** Bytes of complete lines; anything after is a torn line to cut off. */
  size: number;
  tornBytes: number;
  duplicates: number;
}

/** Read every log file of `file` present in its directory. Throws STORE_CORRUPT on a bad line. */
export async function loadLogs(fs: FileOps, file: string): Promise<LoadedLog[]> {
  const base = path.basename(file);
  const loaded: LoadedLog[] = [];
  for (const entry of (await fs.readdir(path.dirname(file))).sort()) {
    if (!entry.startsWith(`${base}.`) || !entry.endsWith('.jsonl')) continue;
    const name = entry.slice(base.length + 1, -'.jsonl'.length);
    if (!isLogName(name)) continue;
    const logFile = logPath(file, name);
    loaded.push({ name, path: logFile, ...parseLog(await fs.readFile(logFile), logFile) });
  }
  return loaded;
}

/** Parse the bytes of one log file; `where` names it in errors. */
export function parseLog(bytes: Buffer, where: string): Omit<LoadedLog, 'name' | 'path'> {
  const size = bytes.lastIndexOf(0x0a) + 1; // everything after the last newline was never acknowledged
  const lines = bytes.subarray(0, size).toString('utf8').split('\n');
  lines.pop(); // the empty string after the final newline
  const records: LogRecord[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      const { problem } = parsed;
      throw new StoreError(
        'STORE_CORRUPT',
        `${where}: line ${index + 1} is not valid JSON at column ${problem.column}: ${problem.reason}`,
        where,
      );
    }
    if (!isLogRecord(parsed.value)) {
      throw new StoreError('STORE_CORRUPT', `${where}: line ${index + 1} is not a log record (it needs a string id and at)`, where);
    }
    if (ids.has(parsed.value.id)) {
      duplicates++;
      return;
    }
    ids.add(parsed.value.id);
    records.push(parsed.value);
  });
  return { records, size, tornBytes: bytes.length - size, duplicates };
}
