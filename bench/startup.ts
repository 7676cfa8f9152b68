// Start-up time: from typing the command (`npm run serve`, the compiled dist/ of
// `npm run build`; `npm start`, tsx compiling on the fly) on an existing database to the
// first reply on stdout, the moment a user would see the bot answer. Measured as typed:
// npm itself is part of it. The search index is built before the first message, so it is
// part of it too. Also the first lookup after a start, timed inside the process, and memory
// after a day's traffic (day.ts) in a fresh process.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlanData } from '../src/domain/plan-data.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { realisticMix, typedInTraditional } from './query-mix.ts';
import { scalePlan } from './scale.ts';
import { openStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

export type Mode = 'tsx' | 'compiled';
/** The node flags of `npm run serve` as package.json gives them, so the bench measures that very command. */
const SERVE_FLAGS = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { serve: string } }).scripts.serve
  .split(/\s+/)
  .filter((w) => w.startsWith('--'));
/** What a person types. */
const TYPED: Record<Mode, string[]> = { tsx: ['start'], compiled: ['run', 'serve'] };
const DAY: Record<Mode, string[]> = { tsx: ['--import', 'tsx', 'bench/day.ts'], compiled: [...SERVE_FLAGS, 'dist/bench/day.js'] };
/** Words of item 92's title: the reply to `事项 92` has arrived (npm prints its own lines first). */
const REPLY_MARK = '专家咨询委员会';

/** Compiles src/ into dist/ (what `npm run build` does). */
export function build(): void {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function once(db: string, mode: Mode): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', TYPED[mode], {
      env: { ...process.env, DB_FILE: db, TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let took: number | undefined;
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (took === undefined && out.includes(REPLY_MARK)) took = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && took !== undefined ? resolve(took) : reject(new Error(`start-up run failed (${code})`))));
    child.stdin.end('事项 92\n');
  });
}

/** A database file holding `plan` (default: the shipped data), in a fresh folder. */
async function databaseWith(plan?: PlanData): Promise<{ db: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-start-'));
  const db = join(dir, 'db.json');
  if (plan) {
    const store = await openStore({ file: db, seed: () => ({ ...createSeedDb(new Date('2016-09-01T02:00:00Z')), plan }) });
    await store.close();
  }
  return { db, dir };
}

/** Median of `runs` start-ups as typed (the first creates the database and the search
 *  cache, and is not counted). */
export async function benchStartup(mode: Mode, runs = 5, plan?: PlanData): Promise<{ medianMs: number; firstMs: number }> {
  const { db, dir } = await databaseWith(plan);
  try {
    const firstMs = await once(db, mode);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(db, mode));
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]!, firstMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** In a fresh process on a database holding `plan`: the start (store, core, search index)
 *  and the first lookups after it, a Simplified and a Traditional reader's. */
export async function benchFirstLookup(
  plan: PlanData,
): Promise<{ startMs: number; firstMs: number; firstHantMs: number; readiedHantMs: number }> {
  const { db, dir } = await databaseWith(plan);
  try {
    await firstLookupRun(db); // creates the search cache, as the first start of a deployment does
    const first = await firstLookupRun(db);
    const readied = await firstLookupRun(db, '--readied');
    return { ...first, readiedHantMs: readied.firstHantMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function firstLookupRun(db: string, ...flags: string[]): Promise<{ startMs: number; firstMs: number; firstHantMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/first-lookup.ts', db, ...flags], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`first-lookup run failed (${code})`))));
  });
}

/** Resident memory after 1,000 lookups by three readers at `scale` times the plan, in a
 *  fresh compiled process started on a database whose search cache exists (a first run
 *  makes it, as any earlier start would). */
export async function benchLookupMemory(scale: number): Promise<{ rssMB: number; heapMB: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-lookup-memory-'));
  const queries = join(dir, 'queries.json');
  writeFileSync(
    queries,
    JSON.stringify(realisticMix(scalePlan(loadPlanData(), scale)).map((q) => ({ hans: q, hant: typedInTraditional(q) }))),
  );
  const run = () =>
    new Promise<{ rssMB: number; heapMB: number }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', ...SERVE_FLAGS, 'dist/bench/lookup-memory.js', join(dir, 'db.json'), queries], {
        env: { ...process.env, BENCH_SCALE: String(scale) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`lookup-memory run failed (${code})`))));
    });
  try {
    await run();
    return await run();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the day's traffic (day.ts) in a fresh process, drawing `charts` charts at its end and,
 * with `dashboard`, serving the dashboard's pages too, and reads its memory figures.
 */
export function benchDayMemory(
  mode: Mode,
  charts = 0,
  dashboard = false,
  data: { scale?: number; history?: number } = {},
): Promise<{ rssMB: number; heapMB: number }> {
  const scale = data.scale ? ['--scale', String(data.scale)] : [];
  if (data.history) {
    // The history is written by a process of its own; the day then runs in a fresh one on it.
    return mkdtemp(join(tmpdir(), 'duban-day-')).then(async (dir) => {
      try {
        const made = spawnSync(process.execPath, [...DAY[mode], '--prepare', dir, ...scale, '--history', String(data.history)], {
          stdio: 'inherit',
        });
        if (made.status !== 0) throw new Error('preparing the history failed');
        return await runDay(mode, charts, dashboard, [...scale, '--dir', dir, '--had', String(data.history)]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
  return runDay(mode, charts, dashboard, scale);
}

function runDay(mode: Mode, charts: number, dashboard: boolean, extra: string[]): Promise<{ rssMB: number; heapMB: number }> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', ...DAY[mode], String(charts), ...(dashboard ? ['--dashboard'] : []), ...extra];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as { rssMB: number; heapMB: number }) : reject(new Error(`day run failed (${code})`)),
    );
  });
}
