// Start-up time: from spawning `npm start`'s command (node + tsx + src/main.ts) on an
// existing database to the first reply on stdout, the moment a user would see the bot answer.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function once(db: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DB_FILE: db, TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let took: number | undefined;
    child.stdout.once('data', () => (took = performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && took !== undefined ? resolve(took) : reject(new Error(`start-up run failed (${code})`))));
    child.stdin.end('事项 92\n');
  });
}

/** Median of `runs` start-ups (the first creates the database and is not counted). */
export async function benchStartup(runs = 5): Promise<{ medianMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-start-'));
  try {
    const db = join(dir, 'db.json');
    await once(db);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(db));
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the day's traffic (day.ts) in a fresh process and reads its memory figures. */
export function benchDayMemory(): Promise<{ rssMB: number; heapMB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/bench/day.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as { rssMB: number; heapMB: number }) : reject(new Error(`day run failed (${code})`))));
  });
}
