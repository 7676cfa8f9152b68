// Timed jobs on croner (reminders, committee jobs, daily snapshots): runs never overlap —
// a tick while a run is going is skipped (croner's protect) and a manual run joins it —, a
// failing run is logged with its code and the next one goes ahead, and stop() waits for the
// run in progress. Every wait is for an event (a gate the test opens, a logged line).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { listSnapshots } from '../src/store/backup.ts';
import { startBackups } from '../src/backup-schedule.ts';
import { emptyDb, openStore } from '../src/db.ts';
import { startTimedJob } from '../src/timed-job.ts';

interface Line {
  level: number;
  code?: string;
  msg: string;
}

/** A logger whose lines the test reads, and a promise for the first line with a code. */
function capture() {
  const lines: Line[] = [];
  const waiting: Array<[string, () => void]> = [];
  const log = pino(
    { level: 'debug' },
    {
      write(text: string) {
        const line = JSON.parse(text) as Line;
        lines.push(line);
        for (const [code, done] of waiting) if (line.code === code) done();
      },
    },
  );
  const logged = (code: string) =>
    lines.some((l) => l.code === code) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push([code, resolve]));
  return { log, lines, logged };
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('a timed job', () => {
  it('runs at start when asked; a manual run joins the run in progress; stop waits for it', async () => {
    const { log } = capture();
    const held = gate();
    let runs = 0;
    const job = startTimedJob(
      '0 3 * * *',
      async () => {
        runs++;
        await held.opened;
        return runs;
      },
      { code: 'TEST', log, atStart: true },
    );
    expect(runs).toBe(1);
    const joined = job.runNow();
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false); // the run is still held
    held.open();
    await stopping;
    expect(await joined).toBe(1);
    expect(job.nextRun()).toBeNull();
  });

  it('skips a tick that comes while a run is still going, and says so', async () => {
    const { log, logged } = capture();
    const held = gate();
    let runs = 0;
    // Every second: the next tick is the event the test waits for.
    const job = startTimedJob(
      '* * * * * *',
      async () => {
        runs++;
        await held.opened;
      },
      { code: 'TEST', log },
    );
    void job.runNow();
    await logged('TEST_OVERRUN');
    expect(runs).toBe(1);
    const stopping = job.stop();
    held.open();
    await stopping;
    expect(runs).toBe(1);
  });

  it('logs a failing run with its code; the next run goes ahead', async () => {
    const { log, lines } = capture();
    let runs = 0;
    const job = startTimedJob(
      '0 3 * * *',
      async () => {
        if (++runs === 1) throw new Error('disk gone');
        return 'ok';
      },
      { code: 'TEST', log },
    );
    expect(runs).toBe(0); // not at start unless asked
    expect(job.nextRun()!.getUTCHours()).toBe(19); // 03:00 in Shanghai
    expect(await job.runNow()).toBeUndefined();
    expect(lines.filter((l) => l.code === 'TEST_FAILED')).toHaveLength(1);
    expect(await job.runNow()).toBe('ok');
    await job.stop();
  });
});

describe('the daily snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-timed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a snapshot when run, and stop waits for one being written', async () => {
    const file = join(dir, 'db.json');
    const store = await openStore({ file, seed: () => emptyDb() });
    const { log } = capture();
    const backups = startBackups(store, file, { dir: join(dir, 'backups') }, log);
    const writing = backups.runNow();
    await backups.stop(); // resolves only after the snapshot is complete
    const path = await writing;
    await store.close();
    expect(path).toBeDefined();
    expect(await listSnapshots(file, { dir: join(dir, 'backups') })).toHaveLength(1);
  });
});
