// The journal: the one commit point of every change to the document. Each committed batch of
// changes is one line, `{"seq":N,"p":[immer patches]}`, appended and fsynced; the documents
// on disk (the hot parts in the main file, the static parts in the plan file) are checkpoints
// that say up to which seq they hold, and are rewritten only when the journal has grown (or at
// close), so a report costs one short line, not a rewrite of the database.
import { applyPatches, type Patch } from 'immer';
import { parseJson } from './json-error.ts';
import { StoreError } from './types.ts';

export interface JournalEntry {
  seq: number;
  patches: Patch[];
}

export function journalPath(file: string): string {
  return `${file}.journal`;
}

export function encodeEntry(entry: JournalEntry): string {
  return `${JSON.stringify({ seq: entry.seq, p: entry.patches })}\n`;
}

/** Parse the journal's complete lines. A line that is not an entry is STORE_CORRUPT (never skipped: it was acknowledged). */
export function parseJournal(bytes: Buffer, where: string): { entries: JournalEntry[]; size: number; tornBytes: number } {
  const size = bytes.lastIndexOf(0x0a) + 1; // a last line without its newline was never acknowledged
  const entries: JournalEntry[] = [];
  let lineNo = 0;
  let previous = -Infinity;
  for (const line of bytes.subarray(0, size).toString('utf8').split('\n')) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    const value = parsed.ok ? (parsed.value as { seq?: unknown; p?: unknown }) : undefined;
    if (!value || typeof value.seq !== 'number' || !Number.isInteger(value.seq) || !Array.isArray(value.p)) {
      throw new StoreError('STORE_CORRUPT', `${where}: line ${lineNo} is not a journal entry`, where);
    }
    if (value.seq <= previous) throw new StoreError('STORE_CORRUPT', `${where}: line ${lineNo} is out of order`, where);
    previous = value.seq;
    entries.push({ seq: value.seq, patches: value.p as Patch[] });
  }
  return { entries, size, tornBytes: bytes.length - size };
}

/**
 * Replays entries onto a checkpoint: patches of the static parts only after the static
 * file's seq, the others only after the main file's seq (the two are checkpointed in turn).
 */
export function replay<D extends object>(
  doc: D,
  entries: readonly JournalEntry[],
  seqs: { hot: number; static: number },
  isStatic: (key: string) => boolean,
  where: string,
): D {
  let current = doc;
  for (const entry of entries) {
    const patches = entry.patches.filter((p) => {
      const top = String(p.path[0]);
      return entry.seq > (isStatic(top) ? seqs.static : seqs.hot);
    });
    if (patches.length === 0) continue;
    try {
      current = applyPatches(current, patches);
    } catch (err) {
      throw new StoreError('STORE_CORRUPT', `${where}: entry ${entry.seq} does not apply to the data (${(err as Error).message})`, where, {
        cause: err,
      });
    }
  }
  return current;
}

/** Does a batch's patches touch a static part? */
export function touchesStatic(patches: readonly Patch[], isStatic: (key: string) => boolean): boolean {
  return patches.some((p) => p.path.length === 0 || isStatic(String(p.path[0])));
}
