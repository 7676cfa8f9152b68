// The clock that drives the reminders: croner calls runReminders every hour at minute 0,
// Asia/Shanghai time, and once at start (catching up what fell due while the bot was down).
// Runs never overlap; a failing run is logged with a code and the next hour tries again.
import { Cron } from 'croner';
import { ZONE } from '../../core/clock.ts';
import type { Services } from '../../core/context.ts';
import type { ReminderConfig } from './config.ts';
import { calendarFor } from './calendar.ts';
import { runReminders, type RunDeps, type RunSummary } from './run.ts';

export const EVERY_HOUR = '0 * * * *';

export interface Scheduler {
  /** Runs now, unless a run is already going (then waits for that one). */
  runNow(): Promise<RunSummary | undefined>;
  /** The next planned run. */
  nextRun(): Date | null;
  /** Stops the timer; resolves when a run in progress has finished (close the store after). */
  stop(): Promise<void>;
}

export function startScheduler(services: Services, config: ReminderConfig, deps: RunDeps = {}): Scheduler {
  // Loaded now, so a bad calendar-extra.json stops the start instead of the first run.
  const calendar = deps.calendar ?? calendarFor(config, services.log);
  let running: Promise<RunSummary | undefined> | undefined;

  const runNow = (): Promise<RunSummary | undefined> => {
    if (!config.enabled) return Promise.resolve(undefined);
    running ??= runReminders(services, services.clock.now(), config, { ...deps, calendar })
      .catch((error: unknown) => {
        services.log.error({ err: error, code: 'REMINDERS_FAILED' }, 'reminders run failed');
        return undefined;
      })
      .finally(() => (running = undefined));
    return running;
  };

  // unref: the timer alone never keeps the process alive; the adapters do.
  const job = new Cron(EVERY_HOUR, { timezone: ZONE, unref: true }, () => void runNow());
  void runNow();

  return {
    runNow,
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop();
      await running;
    },
  };
}
