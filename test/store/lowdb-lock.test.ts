import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { emptyDb } from '../../src/store/sample-db.ts';
import { StoreError } from '../../src/store/types.ts';
import { tempDir, testLogger } from './helpers.ts';

const childScript = fileURLToPath(new URL('./hold-store.child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let cleanup: () => void;
let file: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  cleanup();
});

/** Start the child holding (or opening then leaving) the store; resolves once it says ready. */
function startChild(mode: 'hold' | 'exit'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, file, mode], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => String(chunk).includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before ready: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  return child.pid!;
}

async function lockedError(): Promise<StoreError> {
  const error = await openLowdbStore({ file, seed: () => emptyDb() }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('STORE_LOCKED');
  return error as StoreError;
}

describe('lowdb store: lock', () => {
  it('refuses a second process, naming the pid; takes the lock over once that process is killed', async () => {
    const child = await startChild('hold');
    const error = await lockedError();
    expect(error.message).toContain(file);
    expect(error.message).toContain(`process ${child.pid}`);

    child.kill('SIGKILL'); // no chance to clean up: the lock file stays, stale
    await exited(child);
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(child.pid));
    const logger = testLogger();
    const store = await openLowdbStore({ file, seed: () => emptyDb(), logger });
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ pid: child.pid }) }));
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(process.pid));
    await store.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('removes the lock when the process exits normally without close()', async () => {
    const child = await startChild('exit');
    await exited(child);
    expect(child.exitCode).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses a second open in the same process until the first is closed', async () => {
    const first = await openLowdbStore({ file, seed: () => emptyDb() });
    const error = await lockedError();
    expect(error.message).toContain(`process ${process.pid}`);
    await first.close();
    const second = await openLowdbStore({ file, seed: () => emptyDb() });
    await second.close();
  });

  it('lets only one of two simultaneous opens in the same process win', async () => {
    const results = await Promise.allSettled([
      openLowdbStore({ file, seed: () => emptyDb() }),
      openLowdbStore({ file, seed: () => emptyDb() }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as StoreError).code)).toEqual(['STORE_LOCKED']);
    await won[0]!.value.close();
  });

  it('takes over a lock left by a dead pid', async () => {
    const pid = await deadPid();
    writeFileSync(`${file}.lock`, `${pid}\n`);
    const logger = testLogger();
    const store = await openLowdbStore({ file, seed: () => emptyDb(), logger });
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  });

  it('takes over a lock holding its own pid that it does not hold (a restart that got the same pid)', async () => {
    writeFileSync(`${file}.lock`, `${process.pid}\n`);
    const store = await openLowdbStore({ file, seed: () => emptyDb() });
    await store.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('treats a fresh lock without a pid as held (its owner may be writing it)', async () => {
    writeFileSync(`${file}.lock`, '');
    const error = await lockedError();
    expect(error.message).toContain('another process');
  });
});
