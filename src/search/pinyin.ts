// Pinyin of the plan's Chinese texts, for matching what people type in pinyin. pinyin-pro
// reads polyphones by the word (银行 is yinhang) but costs ~0.3 s to load and most of the
// search index's build, so: each run of Han characters is converted once and remembered,
// the remembered runs are saved with the search cache (search-cache.ts) and read back at
// the next start, and pinyin-pro itself is loaded only when a run is missing.
import { createRequire } from 'node:module';

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];
let pinyinPro: PinyinFn | undefined;

/** Han run -> its syllables, tone-less, as pinyin-pro writes them (lü keeps its ü). */
const runs = new Map<string, string[]>();
const used = new Set<string>(); // runs asked for in this process: what a save keeps
let converted = 0; // runs converted by pinyin-pro in this process

/** Stops a broken cache file from taking memory: the plan has a few thousand runs. */
const MAX_RUNS = 200_000;

/** The syllables of a run of Han characters. */
export function syllablesOf(run: string): string[] {
  if (used.size < MAX_RUNS) used.add(run);
  let syllables = runs.get(run);
  if (!syllables) {
    pinyinPro ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
    syllables = pinyinPro(run, { toneType: 'none', type: 'array' });
    converted += 1;
    if (runs.size < MAX_RUNS) runs.set(run, syllables);
  }
  return syllables;
}

/** Runs pinyin-pro converted in this process (for tests of the cache). */
export function runsConverted(): number {
  return converted;
}

/** Runs used in this process, with their syllables: what a saved cache keeps (runs of a
 *  plan replaced since are dropped). */
export function usedRuns(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const run of used) {
    const syllables = runs.get(run);
    if (syllables) out[run] = syllables.join(' ');
  }
  return out;
}

/** Runs read back from a saved cache; an entry whose syllables do not fit its run is skipped. */
export function addRuns(saved: Record<string, string>): number {
  let read = 0;
  for (const [run, syllables] of Object.entries(saved)) {
    if (runs.size >= MAX_RUNS) break;
    const list = syllables.split(' ');
    // One syllable per character (a run of rare characters beyond the BMP is converted again).
    if (runs.has(run) || list.length !== run.length) continue;
    runs.set(run, list);
    read += 1;
  }
  return read;
}

/** Forgets every run (tests). */
export function clearPinyinRuns(): void {
  runs.clear();
  used.clear();
}
