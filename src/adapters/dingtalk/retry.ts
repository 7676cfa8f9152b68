// Runs one DingTalk call until it is through: throttling (QPS limit, 429) is waited out and
// never counts as a failure (a quarter of DingTalk's one-second window first, then longer, up to
// the whole window, which is DingTalk's own advice), and the caller is told, so the outbox can
// hold back; a network error or a server error is tried again with growing pauses; anything
// else is the answer.
import { isThrottled, isTransient } from './errors.ts';

export interface RetryOptions {
  /** Attempts for a network error or a 5xx before the call fails. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a throttled call waits before it is made again. */
  throttleWaitMs?: number;
  /** Throttled answers in a row after which the call fails after all. */
  maxThrottleWaits?: number;
}

export async function withRetries<T>(work: () => Promise<T>, opts: RetryOptions & { onThrottle?: (ms: number) => void } = {}): Promise<T> {
  const maxAttempts = opts.maxAttempts ?? 6;
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 30_000;
  const throttleWait = opts.throttleWaitMs ?? 1000;
  const maxThrottleWaits = opts.maxThrottleWaits ?? 120;
  let failures = 0;
  let waits = 0;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (isThrottled(error) && ++waits <= maxThrottleWaits) {
        // A quarter of the window first (one collision), growing to the whole window.
        const wait = Math.min(throttleWait, (throttleWait / 4) * 2 ** (waits - 1));
        opts.onThrottle?.(wait);
        await sleep(wait);
        continue;
      }
      if (isTransient(error) && ++failures < maxAttempts) {
        await sleep(backoff(failures, base, max));
        continue;
      }
      throw error;
    }
  }
}

export function backoff(failures: number, base: number, max: number): number {
  const exp = Math.min(max, base * 2 ** (failures - 1));
  return exp / 2 + Math.random() * (exp / 2); // jitter, so many callers do not retry in step
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
