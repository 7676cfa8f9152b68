// Rate limits per account, checked before any work (and before anything is written): each
// account has a token bucket refilled continuously; an account bound to nobody has a small
// one, and all of them together share one more, so many throwaway accounts cannot do what one
// may not. Bound people are not slowed in normal use: their bucket holds a long burst. A
// throttled person is told so once per minute at most, in their language; what they sent is
// dropped, not queued. Time is a monotonic clock of its own (the bot's clock may be pinned).

/** `burst` messages at once, refilled at `perMinute`. */
export interface Rate {
  burst: number;
  perMinute: number;
}

export interface RateLimits {
  /** Each bound account. */
  bound: Rate;
  /** Each account bound to nobody. */
  unbound: Rate;
  /** All accounts bound to nobody, together. */
  unboundAll: Rate;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  bound: { burst: 30, perMinute: 60 },
  unbound: { burst: 8, perMinute: 12 },
  unboundAll: { burst: 60, perMinute: 300 },
};

/** A throttled person is told at most this often. */
export const TELL_EVERY_MS = 60_000;
/** Buckets kept at most; idle (full) ones are forgotten first. */
export const MAX_BUCKETS = 50_000;

/** "30/60": 30 at once, 60 a minute. */
export function parseRate(text: string): Rate | undefined {
  const m = /^\s*(\d{1,5})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return undefined;
  const [burst, perMinute] = [Number(m[1]), Number(m[2])];
  return burst >= 1 && perMinute >= 1 ? { burst, perMinute } : undefined;
}

interface Bucket {
  tokens: number;
  at: number;
  toldAt: number;
}

/** Not allowed now: try again in `retryMs`; `tell` is true once per TELL_EVERY_MS. */
export type Throttled = { retryMs: number; tell: boolean };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly shared: Bucket;

  constructor(
    readonly limits: RateLimits = DEFAULT_RATE_LIMITS,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.shared = { tokens: limits.unboundAll.burst, at: clock(), toldAt: -Infinity };
  }

  /** Accounts with a bucket now (at most MAX_BUCKETS). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes one message's token for the account; undefined when it may go on. */
  take(key: string, bound: boolean): Throttled | undefined {
    const now = this.clock();
    const rate = bound ? this.limits.bound : this.limits.unbound;
    const bucket = this.bucketOf(key, rate, now);
    refill(bucket, rate, now);
    if (!bound) refill(this.shared, this.limits.unboundAll, now);
    const short =
      bucket.tokens < 1
        ? { bucket, rate }
        : !bound && this.shared.tokens < 1
          ? { bucket: this.shared, rate: this.limits.unboundAll }
          : undefined;
    if (!short) {
      bucket.tokens -= 1;
      if (!bound) this.shared.tokens -= 1;
      return undefined;
    }
    const retryMs = Math.ceil(((1 - short.bucket.tokens) * 60_000) / short.rate.perMinute);
    const tell = now - bucket.toldAt >= TELL_EVERY_MS;
    if (tell) bucket.toldAt = now;
    return { retryMs, tell };
  }

  private bucketOf(key: string, rate: Rate, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key); // most recently used last
    } else {
      bucket = { tokens: rate.burst, at: now, toldAt: -Infinity };
      if (this.buckets.size >= MAX_BUCKETS) this.forget(now);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }

  /**
   * Forgets the least recently used buckets, down to 90% of the cap: first those full again
   * by now and not told lately (forgetting them changes nothing), then any.
   */
  private forget(now: number): void {
    const { bound, unbound } = this.limits;
    const slowest = Math.min(bound.perMinute, unbound.perMinute);
    const fullAgain = (b: Bucket) => b.tokens + ((now - b.at) * slowest) / 60_000 >= Math.max(bound.burst, unbound.burst);
    for (const [key, b] of this.buckets) {
      if (this.buckets.size < MAX_BUCKETS * 0.9) return;
      if (fullAgain(b) && now - b.toldAt >= TELL_EVERY_MS) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < MAX_BUCKETS * 0.9) return;
      this.buckets.delete(key);
    }
  }
}

function refill(bucket: Bucket, rate: Rate, now: number): void {
  bucket.tokens = Math.min(rate.burst, bucket.tokens + ((now - bucket.at) * rate.perMinute) / 60_000);
  bucket.at = now;
}
