// Append-only logs on disk: each log is `<file>.<log>.jsonl`, one record per line, next to
// the main file, so appending never rewrites earlier records. This module names the files,
// reads them back in chunks (validating each record against its log's schema: a record that
// does not fit is skipped and counted, never misread), tolerates a torn last line (a write cut
// short by a kill), and keeps the saved index of a big log (`<file>.<log>.index.json`) so a
// start reads only what was appended since it was saved.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { FileOps } from './file-ops.ts';
import { parseJson } from './json-error.ts';
import { type LogRecord, type RecordRef, StoreError, type AnyLog } from './types.ts';

/** Log names become part of a file name: keep them plain. */
const LOG_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const CHUNK = 1 << 20;
/** Ids remembered per big log to refuse a retried append: far more than can be in flight. */
export const RECENT_IDS = 4096;

export function isLogName(log: string): boolean {
  return LOG_NAME.test(log) && log !== 'plan' && log !== 'journal';
}

export function logPath(file: string, log: string): string {
  return `${file}.${log}.jsonl`;
}

export function indexPath(file: string, log: string): string {
  return `${file}.${log}.index.json`;
}

/** The log names of the `.jsonl` files present beside `file`. */
export async function logNamesOnDisk(fs: FileOps, file: string): Promise<string[]> {
  const base = path.basename(file);
  const names: string[] = [];
  for (const entry of await fs.readdir(path.dirname(file))) {
    if (!entry.startsWith(`${base}.`) || !entry.endsWith('.jsonl')) continue;
    const name = entry.slice(base.length + 1, -'.jsonl'.length);
    if (isLogName(name)) names.push(name);
  }
  return names.sort();
}

/** A log record needs a non-empty string id and a string time. */
export function isLogRecord(value: unknown): value is LogRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, at } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof at === 'string';
}

/** The last ids of a log (all of them for a small log), to tell a retried append. */
export class IdWindow {
  readonly #ids = new Set<string>();
  readonly #order: string[] = [];
  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}
  has(id: string): boolean {
    return this.#ids.has(id);
  }
  add(id: string): void {
    if (this.#ids.has(id)) return;
    this.#ids.add(id);
    if (this.capacity === Number.POSITIVE_INFINITY) return;
    this.#order.push(id);
    if (this.#order.length > this.capacity) this.#ids.delete(this.#order.shift()!);
  }
  /** The remembered ids, oldest first (for a big log: what its saved index keeps). */
  list(): string[] {
    return this.capacity === Number.POSITIVE_INFINITY ? [...this.#ids] : [...this.#order];
  }
}

export interface Line {
  ref: RecordRef;
  text: string;
}

/** Reads the complete lines of a file from `from`; `end` tells where the last complete line ends. */
export class LineReader {
  end: number;
  size = 0;
  constructor(
    private readonly fs: FileOps,
    private readonly file: string,
    private readonly from = 0,
  ) {
    this.end = from;
  }

  async *lines(): AsyncGenerator<Line> {
    const fh = await this.fs.open(this.file, 'r');
    try {
      let position = this.from;
      let carry = Buffer.alloc(0);
      const buffer = Buffer.alloc(CHUNK);
      for (;;) {
        const { bytesRead } = await fh.read(buffer, 0, CHUNK, position);
        if (bytesRead === 0) break;
        const chunk = carry.length ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : Buffer.from(buffer.subarray(0, bytesRead));
        const chunkStart = position - carry.length;
        position += bytesRead;
        let start = 0;
        for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
          yield { ref: chunkStart + start, text: chunk.subarray(start, nl).toString('utf8') };
          start = nl + 1;
          this.end = chunkStart + start;
        }
        carry = chunk.subarray(start);
      }
      this.size = position;
    } finally {
      await fh.close();
    }
  }
}

/** Parse one line of a log; a line that is not JSON or not a record is STORE_CORRUPT (never skipped). */
export function parseLine(text: string, where: string, lineNo: number | string): LogRecord | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new StoreError(
      'STORE_CORRUPT',
      `${where}: line ${lineNo} is not valid JSON at column ${parsed.problem.column}: ${parsed.problem.reason}`,
      where,
    );
  }
  if (!isLogRecord(parsed.value))
    throw new StoreError('STORE_CORRUPT', `${where}: line ${lineNo} is not a log record (it needs a string id and at)`, where);
  return parsed.value;
}

export interface LoadedLog {
  name: string;
  /** Small logs: every record, oldest first. */
  records?: LogRecord[];
  /** Big logs: the feature's index. */
  index?: unknown;
  ids: IdWindow;
  count: number;
  /** Bytes of complete lines; anything after is a torn line to cut off. */
  size: number;
  tornBytes: number;
  duplicates: number;
  /** Records that did not match the log's schema (skipped, left on disk). */
  skipped: number;
  /** Bytes of the log the saved index covers (0: none was used; the log was read whole). */
  savedIndexSize: number;
}

/** A fresh, empty log (no file yet). */
export function emptyLog(spec: AnyLog): LoadedLog {
  const indexer = spec.indexer;
  return {
    name: spec.name,
    ...(indexer ? { index: indexer.create() } : { records: [] }),
    ids: new IdWindow(indexer ? RECENT_IDS : undefined),
    count: 0,
    size: 0,
    tornBytes: 0,
    duplicates: 0,
    skipped: 0,
    savedIndexSize: 0,
  };
}

/** Feeds one parsed record into a loaded log: validated, deduplicated, kept or indexed. */
export function addRecord(log: LoadedLog, spec: AnyLog, raw: LogRecord, ref: RecordRef): LogRecord | undefined {
  if (log.ids.has(raw.id)) {
    log.duplicates++;
    return undefined;
  }
  const checked = spec.schema.safeParse(raw);
  if (!checked.success) {
    log.skipped++;
    return undefined;
  }
  const record = checked.data;
  log.ids.add(record.id);
  log.count++;
  if (spec.indexer) spec.indexer.add(log.index, record, ref);
  else log.records!.push(record);
  return record;
}

interface SavedIndex {
  v: 1;
  indexer: number;
  size: number;
  head: string;
  count: number;
  ids: string[];
  data: unknown;
}

async function headHash(fs: FileOps, file: string, size: number): Promise<string> {
  const fh = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 4096));
    const { bytesRead } = await fh.read(buffer, 0, buffer.length, 0);
    return createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex');
  } finally {
    await fh.close();
  }
}

/** Read one log (which must exist). A big log starts from its saved index when that still fits the file. */
export async function loadLog(fs: FileOps, file: string, spec: AnyLog): Promise<LoadedLog> {
  const where = logPath(file, spec.name);
  const log = emptyLog(spec);
  let from = 0;
  if (spec.indexer) {
    const saved = await readSavedIndex(fs, file, spec);
    if (saved) {
      Object.assign(log, { index: saved.index, count: saved.count, savedIndexSize: saved.size });
      for (const id of saved.ids) log.ids.add(id);
      from = saved.size;
    }
  }
  const reader = new LineReader(fs, where, from);
  let lineNo = 0;
  for await (const line of reader.lines()) {
    lineNo++;
    const raw = parseLine(line.text, where, from === 0 ? lineNo : `at byte ${line.ref}`);
    if (raw) addRecord(log, spec, raw, line.ref);
  }
  log.size = reader.end;
  log.tornBytes = reader.size - reader.end;
  return log;
}

async function readSavedIndex(
  fs: FileOps,
  file: string,
  spec: AnyLog,
): Promise<{ index: unknown; size: number; count: number; ids: string[] } | undefined> {
  try {
    const parsed = parseJson((await fs.readFile(indexPath(file, spec.name))).toString('utf8'));
    if (!parsed.ok) return undefined;
    const saved = parsed.value as Partial<SavedIndex>;
    if (saved.v !== 1 || saved.indexer !== spec.indexer!.version || typeof saved.size !== 'number' || !Array.isArray(saved.ids))
      return undefined;
    const { size } = await fs.stat(logPath(file, spec.name));
    if (saved.size > size || saved.head !== (await headHash(fs, logPath(file, spec.name), saved.size))) return undefined;
    const index = spec.indexer!.load(saved.data);
    return index === undefined ? undefined : { index, size: saved.size, count: saved.count ?? 0, ids: saved.ids.map(String) };
  } catch {
    return undefined; // no saved index, or one that does not fit: the log is read whole
  }
}

/** The bytes of a big log's saved index, covering the first `size` bytes of the log. */
export async function encodeSavedIndex(
  fs: FileOps,
  file: string,
  spec: AnyLog,
  state: { index?: unknown; count: number; ids: IdWindow; size: number },
): Promise<Buffer> {
  const saved: SavedIndex = {
    v: 1,
    indexer: spec.indexer!.version,
    size: state.size,
    head: await headHash(fs, logPath(file, spec.name), state.size),
    count: state.count,
    ids: state.ids.list(),
    data: spec.indexer!.save(state.index),
  };
  return Buffer.from(JSON.stringify(saved));
}

/** The lines at these byte offsets of a log file. */
export async function readLinesAt(fs: FileOps, file: string, refs: readonly RecordRef[]): Promise<string[]> {
  if (refs.length === 0) return [];
  const fh = await fs.open(file, 'r');
  try {
    const out: string[] = [];
    for (const ref of refs) {
      let length = 2048;
      for (;;) {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await fh.read(buffer, 0, length, ref);
        const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
        if (nl !== -1) {
          out.push(buffer.subarray(0, nl).toString('utf8'));
          break;
        }
        if (bytesRead < length) throw new StoreError('STORE_CORRUPT', `${file}: no record at byte ${ref}`, file);
        length *= 4;
      }
    }
    return out;
  } finally {
    await fh.close();
  }
}

/** Parse the bytes of a whole log file (snapshot checks); `where` names it in errors. */
export function parseLog(bytes: Buffer, where: string): { records: LogRecord[]; size: number; tornBytes: number } {
  const size = bytes.lastIndexOf(0x0a) + 1; // everything after the last newline was never acknowledged
  const lines = bytes.subarray(0, size).toString('utf8').split('\n');
  lines.pop(); // the empty string after the final newline
  const records: LogRecord[] = [];
  for (const [index, line] of lines.entries()) {
    const record = parseLine(line, where, index + 1);
    if (record) records.push(record);
  }
  return { records, size, tornBytes: bytes.length - size };
}
