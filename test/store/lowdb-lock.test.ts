// The store's lock: a second process is refused (naming the holder), a killed holder's lock is
// taken over, a pid that now belongs to another process does not block start-up, and when
// several processes start together on a stale lock exactly one of them wins, every time.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTimeOf } from '../../src/store/lock-file.ts';
import { StoreError } from '../../src/store/types.ts';
import { openTestStore } from './doc.ts';
import { tempDir, testLogger } from './helpers.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const holdScript = fileURLToPath(new URL('./hold-store.child.ts', import.meta.url));
const raceScript = fileURLToPath(new URL('./race-lock.child.ts', import.meta.url));
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

/** Start a child; resolves once it says ready. */
function startChild(script: string, ...args: string[]): Promise<ChildProcess & { lines: string[] }> {
  const child = Object.assign(
    spawn(process.execPath, ['--import', 'tsx', script, file, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] }),
    {
      lines: [] as string[],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        child.lines.push(line);
        if (line === 'ready') resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before ready: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Resolves with the next line the child prints from now on. */
function nextLine(child: ChildProcess & { lines: string[] }): Promise<string> {
  const seen = child.lines.length;
  return new Promise((resolve) => {
    const check = () => {
      if (child.lines.length > seen) resolve(child.lines[seen]!);
      else child.stdout!.once('data', () => setImmediate(check));
    };
    check();
  });
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  return child.pid!;
}

const locks = () => readdirSync(dir).filter((n) => /^db\.json\.lock/.test(n));

async function lockedError(): Promise<StoreError> {
  const error = await openTestStore({ file }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('STORE_LOCKED');
  return error as StoreError;
}

describe('lowdb store: lock', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('refuses a second process, naming the pid; takes the lock over once that process is killed', async () => {
    const child = await startChild(holdScript, 'hold');
    const error = await lockedError();
    expect(error.message).toContain(file);
    expect(error.message).toContain(`process ${child.pid}`);

    child.kill('SIGKILL'); // no chance to clean up: the lock file stays, stale
    await exited(child);
    expect(readFileSync(`${file}.lock.1`, 'utf8').split(' ')[0]).toBe(String(child.pid));
    const logger = testLogger();
    const store = await openTestStore({ file, logger });
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ pid: child.pid }) }));
    expect(locks()).toEqual(['db.json.lock.2']); // the next generation; the stale one is gone
    expect(readFileSync(`${file}.lock.2`, 'utf8').split(' ')[0]).toBe(String(process.pid));
    await store.close();
    expect(locks()).toEqual([]);
  });

  it('removes the lock when the process exits normally without close()', async () => {
    const child = await startChild(holdScript, 'exit');
    await exited(child);
    expect(child.exitCode).toBe(0);
    expect(locks()).toEqual([]);
  });

  it('lets exactly one of several processes starting together on a stale lock win, every time', async () => {
    const contenders = await Promise.all(Array.from({ length: 4 }, () => startChild(raceScript)));
    let generation = 1;
    for (let trial = 0; trial < 10; trial++) {
      writeFileSync(`${file}.lock.${(generation += 5)}`, `${await deadPid()}\n`); // a killed holder's lock
      const answers = Promise.all(contenders.map(nextLine));
      for (const c of contenders) c.stdin!.write('go\n');
      const got = await answers;
      expect(
        got.filter((a) => a === 'won'),
        `trial ${trial}: ${got.join(', ')}`,
      ).toHaveLength(1);
      expect(got.filter((a) => a === 'locked')).toHaveLength(3);
      const winner = contenders[got.indexOf('won')]!;
      expect(locks()).toEqual([`db.json.lock.${generation + 1}`]);
      expect(readFileSync(`${file}.lock.${generation + 1}`, 'utf8').split(' ')[0]).toBe(String(winner.pid));
      const released = nextLine(winner);
      winner.stdin!.write('release\n');
      expect(await released).toBe('released');
    }
  });

  it('refuses a second open in the same process until the first is closed', async () => {
    const first = await openTestStore({ file });
    const error = await lockedError();
    expect(error.message).toContain(`process ${process.pid}`);
    await first.close();
    const second = await openTestStore({ file });
    await second.close();
  });

  it('lets only one of two simultaneous opens in the same process win', async () => {
    const results = await Promise.allSettled([openTestStore({ file }), openTestStore({ file })]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as StoreError).code)).toEqual(['STORE_LOCKED']);
    await won[0]!.value.close();
  });

  it('takes over a lock left by a dead pid, and the single lock file of an earlier version', async () => {
    writeFileSync(`${file}.lock`, `${await deadPid()}\n`);
    writeFileSync(`${file}.lock.3`, `${await deadPid()}\n`);
    const logger = testLogger();
    const store = await openTestStore({ file, logger });
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(2);
    expect(locks()).toEqual(['db.json.lock.4']);
    await store.close();
  });

  it('is not blocked by a pid that now belongs to another process (told apart by its start time)', async () => {
    const pid1 = startTimeOf(1);
    if (pid1 === undefined) return; // no /proc here: pid reuse cannot be told, and pids are only checked for life
    writeFileSync(`${file}.lock.1`, `1 ${Number(pid1) + 12345}\n`); // pid 1 lives, but started at another time
    const store = await openTestStore({ file });
    await store.close();
    writeFileSync(`${file}.lock.1`, `1 ${pid1}\n`); // pid 1 itself: a live holder
    const error = await lockedError();
    expect(error.message).toContain('process 1');
  });

  it('takes over a lock holding its own pid that it does not hold (a restart that got the same pid)', async () => {
    writeFileSync(`${file}.lock.1`, `${process.pid}\n`);
    const store = await openTestStore({ file });
    await store.close();
    expect(existsSync(`${file}.lock.1`)).toBe(false);
    expect(locks()).toEqual([]);
  });
});
