// Child process for the lock race. Commands on stdin, one per line: "go" tries to take the
// lock of argv[2] once and prints "won" or "locked"; "release" lets it go and prints
// "released". All contenders get "go" at the same moment, trial after trial.
import { createInterface } from 'node:readline';
import { nodeFileOps } from '../../src/store/file-ops.ts';
import { acquireLock, type FileLock } from '../../src/store/lock-file.ts';

const file = process.argv[2]!;
let lock: FileLock | undefined;
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'go') {
    try {
      lock = await acquireLock(file, nodeFileOps);
      process.stdout.write('won\n');
    } catch (error) {
      process.stdout.write(`${(error as { code?: string }).code === 'STORE_LOCKED' ? 'locked' : `error ${String(error)}`}\n`);
    }
  } else if (line === 'release') {
    await lock?.release();
    lock = undefined;
    process.stdout.write('released\n');
  }
}
