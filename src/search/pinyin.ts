// Pinyin of the plan's Chinese texts, for matching what people type in pinyin. pinyin-pro
// reads polyphones by the word (银行 is yinhang) but costs ~0.3 s to load and most of the
// search index's build, so: each run of Han characters is converted once and remembered,
// the remembered runs can be saved to a cache file beside the database and loaded at the
// next start, and pinyin-pro itself is loaded only when a run is missing from the cache.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];
let pinyinPro: PinyinFn | undefined;

/** Han run -> its syllables, tone-less, as pinyin-pro writes them (lü keeps its ü). */
const runs = new Map<string, string[]>();
let added = 0; // runs converted since the cache was loaded or saved

/** Stops a hostile or broken cache file from taking memory: the plan has a few thousand runs. */
const MAX_RUNS = 200_000;
const CacheFile = z.object({
  version: z.literal(1),
  runs: z.record(z.string().max(200), z.string().max(2000)),
});

/** The syllables of a run of Han characters. */
export function syllablesOf(run: string): string[] {
  let syllables = runs.get(run);
  if (!syllables) {
    pinyinPro ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
    syllables = pinyinPro(run, { toneType: 'none', type: 'array' });
    if (runs.size < MAX_RUNS) {
      runs.set(run, syllables);
      added += 1;
    }
  }
  return syllables;
}

/** Whether pinyin-pro has been loaded in this process (for tests of the cache). */
export function pinyinLibraryLoaded(): boolean {
  return pinyinPro !== undefined;
}

/** Loads runs saved by savePinyinCache; a missing or unreadable file is no error (the
 *  cache only saves time), and is rewritten at the next save. Returns the runs read. */
export function loadPinyinCache(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const parsed = CacheFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return 0;
    let read = 0;
    for (const [run, syllables] of Object.entries(parsed.data.runs)) {
      if (runs.size >= MAX_RUNS) break;
      const list = syllables.split(' ');
      if (!runs.has(run) && list.length === [...run].length) runs.set(run, list);
      read += 1;
    }
    return read;
  } catch {
    return 0;
  }
}

/** Writes the remembered runs (only if some were added since the last load or save),
 *  through a temporary file and a rename, so a crash never leaves half a cache. */
export async function savePinyinCache(file: string, keep?: (run: string) => boolean): Promise<boolean> {
  if (added === 0) return false;
  const out: Record<string, string> = {};
  for (const [run, syllables] of runs) if (!keep || keep(run)) out[run] = syllables.join(' ');
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify({ version: 1, runs: out }));
  await rename(temp, file);
  added = 0;
  return true;
}

/** Forgets every run (tests). */
export function clearPinyinRuns(): void {
  runs.clear();
  added = 0;
}
