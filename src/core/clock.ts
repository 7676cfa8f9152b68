// Time, injectable: the bot's "now" can be pinned (DUBAN_NOW, tests) and every date the
// bot shows or computes is in Asia/Shanghai, the programme's time zone.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    set: (next) => void (t = new Date(next).getTime()),
    advance: (ms) => void (t += ms),
  };
}

export const ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China keeps UTC+8 all year, no daylight saving.

/** The calendar date in Shanghai, as YYYY-MM-DD. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last calendar day a deadline allows: a month deadline (2016-10) ends on its last day. */
export function deadlineDay(deadline: string): string {
  if (deadline.length === 10) return deadline;
  const [y, m] = deadline.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${deadline}-${String(last).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
