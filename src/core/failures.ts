// Counting failed attempts at something guessable (a binding code, a personal link's code):
// an account that failed `perAccount.count` times within the window is refused until the
// oldest of those failures leaves it; when all accounts together failed `overall.count` times
// within the window, every account waits until the oldest leaves it (many accounts guessing
// together are as slow as one). In memory and bounded; a restart forgets the counts, which
// only helps whoever can restart the bot. Time is a monotonic clock of its own.

export interface FailureWindow {
  count: number;
  windowMs: number;
}

export interface FailureLimits {
  perAccount: FailureWindow;
  overall: FailureWindow;
}

/**
 * 5 wrong codes in 15 minutes per account, 200 in all: a binding code is one of 31^8, so even
 * at the overall pace a guess succeeds about once in 10^5 years per code outstanding.
 */
export const BIND_FAILURE_LIMITS: FailureLimits = {
  perAccount: { count: 5, windowMs: 15 * 60_000 },
  overall: { count: 200, windowMs: 15 * 60_000 },
};

const MAX_ACCOUNTS = 20_000;

/** Refused: whether by this account's failures or everyone's, and for how long. */
export type Refusal = { who: 'account' | 'everyone'; retryMs: number };

export class FailureThrottle {
  private readonly byAccount = new Map<string, number[]>();
  private readonly all: number[] = [];

  constructor(
    readonly limits: FailureLimits = BIND_FAILURE_LIMITS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Whether the account may try now. */
  refused(key: string): Refusal | undefined {
    const now = this.clock();
    const own = prune(this.byAccount.get(key), this.limits.perAccount, now);
    if (own && own.length >= this.limits.perAccount.count) {
      return { who: 'account', retryMs: own[0]! + this.limits.perAccount.windowMs - now };
    }
    prune(this.all, this.limits.overall, now);
    if (this.all.length >= this.limits.overall.count)
      return { who: 'everyone', retryMs: this.all[0]! + this.limits.overall.windowMs - now };
    return undefined;
  }

  /** Counts one failed attempt of the account. */
  failed(key: string): void {
    const now = this.clock();
    const own = prune(this.byAccount.get(key), this.limits.perAccount, now) ?? [];
    own.push(now);
    if (own.length > this.limits.perAccount.count) own.shift();
    this.byAccount.delete(key);
    this.byAccount.set(key, own);
    if (this.byAccount.size > MAX_ACCOUNTS) this.byAccount.delete(this.byAccount.keys().next().value!);
    this.all.push(now);
    if (this.all.length > this.limits.overall.count) this.all.shift();
  }
}

/** Drops the times that left the window (in place); the list, or undefined when there was none. */
function prune(times: number[] | undefined, window: FailureWindow, now: number): number[] | undefined {
  if (!times) return undefined;
  while (times.length && times[0]! <= now - window.windowMs) times.shift();
  return times;
}
