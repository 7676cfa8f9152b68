// Retries Bot API calls, as a grammY API transformer (bot.api.config.use): on 429 it waits
// the `retry_after` Telegram asks for (and tells the outbox to hold every other start for
// as long), on network errors and 5xx it backs off exponentially. getUpdates is left to
// grammY's polling loop, which has its own recovery and must stop promptly.
import { HttpError, type Transformer } from 'grammy';

export interface RetryOptions {
  /** A longer retry_after fails the call instead of holding the queue (seconds). */
  maxRetryAfterSec?: number;
  /** Attempts for a network error or a 5xx before the call fails. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Told about every 429 (milliseconds to wait), so the outbox can pause. */
  onRetryAfter?: (ms: number) => void;
}

const SKIP = new Set(['getUpdates']);

export function retryTransformer(opts: RetryOptions = {}): Transformer {
  const maxRetryAfterSec = opts.maxRetryAfterSec ?? 3600;
  const maxAttempts = opts.maxAttempts ?? 6;
  const baseDelayMs = opts.baseDelayMs ?? 500;
  const maxDelayMs = opts.maxDelayMs ?? 30_000;
  return async (prev, method, payload, signal) => {
    if (SKIP.has(method)) return prev(method, payload, signal);
    let failures = 0;
    for (;;) {
      let response;
      try {
        response = await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted || ++failures >= maxAttempts) throw error;
        await sleep(backoff(failures, baseDelayMs, maxDelayMs), signal);
        continue;
      }
      if (response.ok) return response;
      const retryAfter = response.parameters?.retry_after;
      if (response.error_code === 429 && retryAfter !== undefined && retryAfter <= maxRetryAfterSec) {
        // A 429 is Telegram pacing us, not a failure: it never counts against the attempts.
        opts.onRetryAfter?.(retryAfter * 1000);
        await sleep(retryAfter * 1000, signal);
        continue;
      }
      if (response.error_code >= 500 && ++failures < maxAttempts) {
        await sleep(backoff(failures, baseDelayMs, maxDelayMs), signal);
        continue;
      }
      return response;
    }
  };
}

function backoff(failures: number, base: number, max: number): number {
  const exp = Math.min(max, base * 2 ** (failures - 1));
  return exp / 2 + Math.random() * (exp / 2); // jitter, so many callers do not retry in step
}

/** grammY hands transformers the abort-controller package's signal, not the DOM type. */
interface Signal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

function sleep(ms: number, signal?: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(new Error('aborted'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
