// The raw durable write rate of the disk (write, fsync, rename, fsync of the directory, one
// after another): the baseline of the store's write rate in `npm run bench`.
import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileDurably } from '../src/store/durable-write.ts';
import { nodeFileOps } from '../src/store/file-ops.ts';

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
