// Simulating a killed process in the tests' own process: the store is abandoned without close()
// and this process forgets it holds the lock, so a reopen finds a stale lock with its own pid.
import * as path from 'node:path';
import { forgetLockForTests } from '../../src/store/lock-file.ts';

export async function releaseForTest(file: string): Promise<void> {
  forgetLockForTests(path.resolve(file));
}
