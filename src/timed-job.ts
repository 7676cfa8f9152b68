// A job run at the times of a cron pattern, in Asia/Shanghai, on croner: never two runs at
// once (croner's `protect`: a tick that comes while a run is still going is skipped, and
// logged), optionally once at start. runNow() joins the run in progress instead of starting
// another; stop() cancels the timer and waits for the run in progress, so the store can be
// closed after it. A failing run is logged with a code; the next tick tries again.
import { Cron } from 'croner';
import { ZONE } from './core/clock.ts';
import type { Logger } from './log.ts';

export interface TimedJob<T> {
  /** Runs now, unless a run is going (then resolves with that one); undefined if it failed. */
  runNow(): Promise<T | undefined>;
  /** The next planned run; null once stopped. */
  nextRun(): Date | null;
  /** Stops the timer; resolves when a run in progress has finished. */
  stop(): Promise<void>;
}

export interface TimedJobOptions {
  /** Names the job in logs; a failed run is logged with the code `${code}_FAILED`. */
  code: string;
  log: Logger;
  /** Run once right away too (e.g. to catch up what fell due while the bot was down). */
  atStart?: boolean;
}

export function startTimedJob<T>(pattern: string, work: () => Promise<T>, opts: TimedJobOptions): TimedJob<T> {
  const { code, log } = opts;
  let current: Promise<T | undefined> = Promise.resolve(undefined);
  const run = async (): Promise<void> => {
    current = work().catch((err: unknown) => {
      log.error({ err, code: `${code}_FAILED` }, 'timed job failed');
      return undefined;
    });
    await current; // croner counts the job as busy until this resolves: that is what `protect` checks
  };
  const job = new Cron(
    pattern,
    {
      timezone: ZONE,
      unref: true, // the timer alone never keeps the process alive; the adapters do
      protect: () => log.warn({ code: `${code}_OVERRUN` }, 'timed job still running at its next time: that time is skipped'),
    },
    run,
  );
  const runNow = (): Promise<T | undefined> => {
    // trigger() itself ignores `protect`: this check keeps a manual run from overlapping. A
    // triggered run resolves once croner has marked the job idle again.
    if (job.isBusy()) return current;
    return job.trigger().then(() => current);
  };
  if (opts.atStart) void runNow();
  return {
    runNow,
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop();
      await current;
    },
  };
}
