// Start-up time: from spawning the bot's command on an existing database to the first
// reply on stdout, the moment a user would see the bot answer — for `npm start` (tsx,
// compiling on the fly) and for `npm run serve` (the compiled dist/ of `npm run build`).
// Memory: a day's traffic (day.ts) in a fresh process, both ways too.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Mode = 'tsx' | 'compiled';
/** The node flags of `npm run serve` as package.json gives them, so the bench measures that very command. */
const SERVE_FLAGS = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { serve: string } }).scripts.serve
  .split(/\s+/)
  .filter((w) => w.startsWith('--'));
const MAIN: Record<Mode, string[]> = { tsx: ['--import', 'tsx', 'src/main.ts'], compiled: [...SERVE_FLAGS, 'dist/src/main.js'] };
const DAY: Record<Mode, string[]> = { tsx: ['--import', 'tsx', 'bench/day.ts'], compiled: [...SERVE_FLAGS, 'dist/bench/day.js'] };

/** Compiles src/ into dist/ (what `npm run build` does). */
export function build(): void {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function once(db: string, mode: Mode): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, MAIN[mode], {
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
export async function benchStartup(mode: Mode, runs = 5): Promise<{ medianMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-start-'));
  try {
    const db = join(dir, 'db.json');
    await once(db, mode);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(db, mode));
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the day's traffic (day.ts) in a fresh process, drawing `charts` charts at its end and,
 * with `dashboard`, serving the dashboard's pages too, and reads its memory figures.
 */
export function benchDayMemory(mode: Mode, charts = 0, dashboard = false): Promise<{ rssMB: number; heapMB: number }> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', ...DAY[mode], String(charts), ...(dashboard ? ['--dashboard'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as { rssMB: number; heapMB: number }) : reject(new Error(`day run failed (${code})`)),
    );
  });
}
