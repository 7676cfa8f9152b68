// Bench helpers for `npm run bench`: the raw durable write rate of the disk (write, fsync,
// rename, fsync of the directory, one after another) and the rate of small concurrent
// updates through the lowdb store, whose group commit should beat the raw rate by far.
import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileDurably } from '../src/store/durable-write.ts';
import { nodeFileOps, type FileOps } from '../src/store/file-ops.ts';
import { openStore } from '../src/db.ts';
import { realisticDb } from '../test/helpers/sample-db.ts';

/** `n` sequential durable replacements of a file of `bytes` bytes in `dir`. */
export async function rawDurableWrites(dir: string, n: number, bytes: number): Promise<{ perSecond: number }> {
  const file = path.join(dir, `raw-durable-${process.pid}.bin`);
  const payload = Buffer.alloc(bytes, 0x61);
  const started = performance.now();
  for (let i = 0; i < n; i++) await writeFileDurably(nodeFileOps, file, payload);
  const seconds = (performance.now() - started) / 1000;
  await rm(file, { force: true });
  return { perSecond: n / seconds };
}

/**
 * `total` small updates through openLowdbStore on a realistic document, `concurrency` of them
 * in flight at any time. `writes` is how many times the document was written.
 */
export async function storeUpdateRate(
  dir: string,
  concurrency: number,
  total: number,
): Promise<{ perSecond: number; writes: number; bytes: number }> {
  const file = path.join(dir, `store-bench-${process.pid}.json`);
  let writes = 0;
  const fs: FileOps = { ...nodeFileOps, rename: (from, to) => (writes++, nodeFileOps.rename(from, to)) };
  const store = await openStore({ file, seed: () => realisticDb(), fs });
  const bytes = Buffer.byteLength(JSON.stringify(store.data, null, 2));
  writes = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await store.update((d) => void (d.prefs[`bench:${i % 500}`] = { lang: i % 2 ? 'en' : 'zh-Hans' }));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  await rm(file, { force: true });
  return { perSecond: total / seconds, writes, bytes };
}
