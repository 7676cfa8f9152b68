// The search index's cache file, beside the database (`<DB_FILE>.search.json`, git-ignored
// with it; not part of the store, not backed up: everything in it can be rebuilt). It holds
// the plan's search documents (folded texts, pinyin, word starts) keyed by the plan, and the
// pinyin of every run of Han characters used: a start on a plan seen before folds nothing
// and never loads pinyin-pro; after an import only new runs are converted. The file is
// checked when read (a bad one is ignored and rewritten) and written through a temporary
// file and a rename, so a crash never leaves half a cache.
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { docsToSave, useSavedDocs, type FieldClass, type SearchDoc } from './documents.ts';
import { fold } from './normalize.ts';
import { addRuns, usedRuns } from './pinyin.ts';

const VERSION = 2;
const CLASSES: readonly FieldClass[] = ['zh', 'py', 'ini', 'en', 'units'];
const KINDS = new Set(['item', 'indicator', 'department']);

/** A document with its texts as numbers into CacheFile.strings: unit names recur in every
 *  item of the unit, so each text is written once. [kind, id, exact, zh, py, ini, en, units] */
type SavedDoc = [SearchDoc['kind'], string, number[], number[], number[], number[], number[], number[]];

interface CacheFile {
  version: number;
  key: string;
  strings: string[];
  /** Where the words of strings[i] start, if known (field texts; not exact names). */
  starts: Array<number[] | null>;
  docs: SavedDoc[];
  runs: Record<string, string>;
}

export function searchCacheFile(dbFile: string): string {
  return `${dbFile}.search.json`;
}

/** Reads the cache; a missing or unreadable one is no error (it only saves time). */
export function loadSearchCache(file: string): { docs: number; runs: number } {
  if (!existsSync(file)) return { docs: 0, runs: 0 };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { docs: 0, runs: 0 };
  }
  if (!isCacheFile(data)) return { docs: 0, runs: 0 };
  const runs = addRuns(data.runs);
  useSavedDocs({ key: data.key, docs: fromSaved(data) });
  return { docs: data.docs.length, runs };
}

/** Writes the cache if this process built documents or converted pinyin it did not have. */
export async function saveSearchCache(file: string): Promise<boolean> {
  const docs = docsToSave(); // new pinyin runs come only with new documents
  if (!docs) return false;
  const out: CacheFile = { version: VERSION, key: docs.key, ...toSaved(docs.docs), runs: usedRuns() };
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(out));
  await rename(temp, file);
  useSavedDocs(docs);
  return true;
}

/** Builds the search index before the first message, from the cache when it holds this
 *  plan, and writes the cache back if it did not. A cache that cannot be written only costs
 *  time at the next start: the error is returned, not thrown. */
export async function prepareSearch(
  build: () => void,
  file: string,
): Promise<{ cachedDocs: number; cachedRuns: number; saved: boolean; error?: Error }> {
  const cached = loadSearchCache(file);
  build();
  fold('預備'); // readies what queries are folded with (the Traditional converter, the vocabulary)
  try {
    return { cachedDocs: cached.docs, cachedRuns: cached.runs, saved: await saveSearchCache(file) };
  } catch (error) {
    return { cachedDocs: cached.docs, cachedRuns: cached.runs, saved: false, error: error as Error };
  }
}

function toSaved(docs: SearchDoc[]): Pick<CacheFile, 'strings' | 'starts' | 'docs'> {
  const strings: string[] = [];
  const starts: Array<number[] | null> = [];
  const numberOf = new Map<string, number>();
  const num = (text: string, doc?: SearchDoc): number => {
    let n = numberOf.get(text);
    if (n === undefined) {
      numberOf.set(text, (n = strings.push(text) - 1));
      starts.push(null);
    }
    const s = doc?.starts.get(text);
    if (s) starts[n] = starts[n] ? [...new Set([...starts[n]!, ...s])].sort((a, b) => a - b) : s;
    return n;
  };
  const saved = docs.map(
    (d): SavedDoc => [
      d.kind,
      d.id,
      d.exact.map((t) => num(t)),
      ...(CLASSES.map((cls) => d.fields[cls].map((t) => num(t, d))) as [number[], number[], number[], number[], number[]]),
    ],
  );
  return { strings, starts, docs: saved };
}

function fromSaved(file: CacheFile): SearchDoc[] {
  const { strings } = file;
  // One map of word starts for all documents: a text starts its words at the same places
  // wherever it is used.
  const starts = new Map<string, number[]>();
  file.starts.forEach((s, n) => {
    if (s) starts.set(strings[n]!, s);
  });
  const texts = (numbers: number[]) => numbers.map((n) => strings[n]!);
  return file.docs.map(([kind, id, exact, zh, py, ini, en, units]) => ({
    kind,
    id,
    exact: texts(exact),
    fields: { zh: texts(zh), py: texts(py), ini: texts(ini), en: texts(en), units: texts(units) },
    starts,
  }));
}

function isNumbers(x: unknown, below: number): x is number[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i += 1) {
    const n = x[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= below) return false;
  }
  return true;
}

/** The whole structure checked, field by field (a hand check: a schema library would cost
 *  more than the cache saves at start). */
function isCacheFile(x: unknown): x is CacheFile {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  if (c.version !== VERSION || typeof c.key !== 'string' || !Array.isArray(c.strings) || !Array.isArray(c.starts)) return false;
  const n = c.strings.length;
  if (c.starts.length !== n) return false;
  for (let i = 0; i < n; i += 1) {
    if (typeof c.strings[i] !== 'string') return false;
    if (c.starts[i] !== null && !isNumbers(c.starts[i], 1 << 16)) return false;
  }
  if (typeof c.runs !== 'object' || c.runs === null) return false;
  for (const v of Object.values(c.runs)) if (typeof v !== 'string') return false;
  if (!Array.isArray(c.docs)) return false;
  for (const d of c.docs as unknown[]) {
    if (!Array.isArray(d) || d.length !== 8 || !KINDS.has(d[0]) || typeof d[1] !== 'string') return false;
    for (let f = 2; f < 8; f += 1) if (!isNumbers(d[f], n)) return false;
  }
  return true;
}
