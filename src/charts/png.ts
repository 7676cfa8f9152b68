// Chart option -> PNG bytes, for the chat adapters. Drawing happens in one worker thread
// (png-worker.ts), started on the first chart and stopped after a while without one, one
// chart at a time; the main thread only queues, so nobody's messages wait for a drawing.
// PNGs are cached by a hash of the option (data, labels and size), so a poll tally asked for
// again is not drawn again; the same chart asked for twice at once is drawn once.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { EChartsOption } from 'echarts';
import type { PngAnswer, PngJob } from './png-worker.ts';

/** Cached PNGs: at most this many, and this many bytes (a chart is 50–250 KB). */
const CACHE_ENTRIES = 48;
const CACHE_BYTES = 8 * 1024 * 1024;
/** A drawing that takes longer has gone wrong: the worker is stopped and the chart refused. */
const JOB_TIMEOUT_MS = 30_000;
/** The worker (and the memory of ECharts, Skia and the font) goes after this long without a chart. */
const IDLE_MS = 5 * 60_000;

interface Queued extends PngJob {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

const cache = new Map<string, Uint8Array>();
let cachedBytes = 0;
const drawing = new Map<string, Promise<Uint8Array>>();
const queue: Queued[] = [];
let worker: Worker | undefined;
let ready: Promise<void> | undefined;
let busy: Queued | undefined;
let jobTimer: NodeJS.Timeout | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;

/** The cache key of a chart: a hash of everything that is drawn. */
export function chartKey(option: EChartsOption, width: number, height: number): string {
  return createHash('sha256')
    .update(JSON.stringify([width, height, option]))
    .digest('hex')
    .slice(0, 16);
}

/** The PNG of an option, from the cache or drawn by the worker. */
export function renderPng(
  option: EChartsOption,
  width: number,
  height: number,
  key = chartKey(option, width, height),
): Promise<Uint8Array> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return Promise.resolve(hit);
  }
  let pending = drawing.get(key);
  if (!pending) {
    pending = new Promise<Uint8Array>((resolve, reject) => {
      queue.push({ id: ++nextId, option, width, height, resolve, reject });
      pump();
    }).then(
      (png) => {
        drawing.delete(key);
        remember(key, png);
        return png;
      },
      (error: unknown) => {
        drawing.delete(key);
        throw error;
      },
    );
    drawing.set(key, pending);
  }
  return pending;
}

/** Stops the worker (tests, shutdown); the next chart starts a new one. Queued charts are refused. */
export async function stopPngWorker(): Promise<void> {
  const w = worker;
  fail(new Error('chart renderer stopped'));
  if (w) await w.terminate();
}

function remember(key: string, png: Uint8Array): void {
  cache.set(key, png);
  cachedBytes += png.byteLength;
  for (const [k, v] of cache) {
    if (cache.size <= CACHE_ENTRIES && cachedBytes <= CACHE_BYTES) break;
    cache.delete(k);
    cachedBytes -= v.byteLength;
  }
}

function pump(): void {
  if (busy || !queue.length) return;
  const job = queue.shift()!;
  busy = job;
  clearTimeout(idleTimer);
  const w = start();
  w.ref(); // a chart being drawn keeps the process alive (a piped console waits for it)
  jobTimer = setTimeout(() => fail(new Error('chart rendering timed out')), JOB_TIMEOUT_MS);
  void ready!.then(
    () => busy === job && w.postMessage({ id: job.id, option: job.option, width: job.width, height: job.height } satisfies PngJob),
    () => undefined, // the worker's error has already failed the job
  );
}

function start(): Worker {
  if (worker) return worker;
  const w = spawn();
  worker = w;
  ready = new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
  });
  ready.catch(() => undefined);
  w.on('message', (answer: PngAnswer | 'ready') => {
    if (answer === 'ready' || !busy || answer.id !== busy.id) return;
    const job = busy;
    settle();
    if ('png' in answer) job.resolve(answer.png);
    else job.reject(new Error(`chart not drawn: ${answer.error}`));
    pump();
  });
  w.on('error', (error) => worker === w && fail(error));
  w.on('exit', (code) => worker === w && fail(new Error(`chart renderer exited (${code})`)));
  return w;
}

/** Between charts: nothing holds the process open, and a long quiet spell ends the worker. */
function settle(): void {
  busy = undefined;
  clearTimeout(jobTimer);
  if (queue.length) return;
  worker?.unref();
  idleTimer = setTimeout(() => void stopPngWorker(), IDLE_MS);
  idleTimer.unref();
}

/** The worker is gone or stuck: every chart waiting is refused, the next one starts afresh. */
function fail(error: Error): void {
  const w = worker;
  worker = undefined;
  ready = undefined;
  const waiting = [...(busy ? [busy] : []), ...queue.splice(0)];
  busy = undefined;
  clearTimeout(jobTimer);
  clearTimeout(idleTimer);
  for (const job of waiting) job.reject(error);
  if (w) void w.terminate();
}

/**
 * The worker runs the compiled png-worker.js next to this file; from TypeScript sources
 * (npm start, the tests) it is started through tsx (ts-worker.mjs).
 */
function spawn(): Worker {
  // Drawing a chart makes a few MB of short-lived objects: a small heap is collected sooner
  // (about 20 MB live; a limit of 48 MB keeps the heap near 30 MB instead of 55 after 50 charts).
  const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./png-worker.js', import.meta.url), { resourceLimits });
  return new Worker(new URL('./ts-worker.mjs', import.meta.url), {
    resourceLimits,
    workerData: { tsWorker: new URL('./png-worker.ts', import.meta.url).href },
  });
}
