// The clock that drives the reminders: every hour at minute 0, Asia/Shanghai time, and once
// at start (catching up what fell due while the bot was down), as a timed job (no overlapping
// runs; a failing run is logged with a code and the next hour tries again).
import type { Services } from '../../core/context.ts';
import { startTimedJob, type TimedJob } from '../../timed-job.ts';
import { calendarFor } from './calendar.ts';
import type { ReminderConfig } from './config.ts';
import { runReminders, type RunDeps, type RunSummary } from './run.ts';

export const EVERY_HOUR = '0 * * * *';

export type Scheduler = TimedJob<RunSummary>;

export function startScheduler(services: Services, config: ReminderConfig, deps: RunDeps = {}): Scheduler {
  if (!config.enabled) return { runNow: async () => undefined, nextRun: () => null, stop: async () => undefined };
  // Loaded now, so a bad calendar-extra.json stops the start instead of the first run.
  const calendar = deps.calendar ?? calendarFor(config, services.log);
  return startTimedJob(EVERY_HOUR, () => runReminders(services, services.clock.now(), config, { ...deps, calendar }), {
    code: 'REMINDERS',
    log: services.log,
    atStart: true,
  });
}
