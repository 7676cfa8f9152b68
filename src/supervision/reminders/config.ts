// The reminders' settings and their defaults. They are read from the environment with the
// rest of the configuration, by one schema (src/config.ts: the REMINDER… variables), so a
// typo stops the start with a message naming the variable (never a silent default).
import { join } from 'node:path';
import { DATA_DIR } from '../../domain/plan-data.ts';

export interface QuietHours {
  /** Hour (0-23, Asia/Shanghai) at which the quiet time begins, e.g. 22. */
  from: number;
  /** Hour at which it ends, e.g. 8. `from === to` means no quiet hours. */
  to: number;
}

export interface ReminderConfig {
  /** Off: the scheduler does nothing (REMINDERS=off). */
  enabled: boolean;
  /** Days before a deadline on which the lead unit's reporters are reminded. */
  deadlineDays: number[];
  /** A deadline reminder is skipped when the item's latest report is at most this many days old. */
  recentDays: number;
  quiet: QuietHours;
  /** Hour of day (Asia/Shanghai) at which planned and postponed reminders go out. */
  morningHour: number;
  /** Day of the month of the call for reports (1-28); 0 turns the call off. */
  reportCallDay: number;
  /** Working days the reporter has before a lagging item goes to the unit's head. */
  escalateHeadAfter: number;
  /** Further working days before it goes to the secretariat (admins). */
  escalateAdminsAfter: number;
  /** Deadline reminders, calls and digests missed by more than this many days are dropped. */
  catchUpDays: number;
  /** Sends that fail for a passing reason (platform down) are tried this many runs at most. */
  maxAttempts: number;
  /** Default data/calendar-extra.json of the repository (an env path is read from the working directory): holidays and make-up workdays of years chinese-days lacks. */
  calendarFile: string;
}

export const DEFAULT_REMINDER_CONFIG: ReminderConfig = {
  enabled: true,
  deadlineDays: [14, 7, 1],
  recentDays: 7,
  quiet: { from: 22, to: 8 },
  morningHour: 9,
  reportCallDay: 25,
  escalateHeadAfter: 5,
  escalateAdminsAfter: 5,
  catchUpDays: 3,
  maxAttempts: 3,
  calendarFile: join(DATA_DIR, 'calendar-extra.json'),
};

/** Whether an hour of the day (0-23) is inside the quiet hours, which may span midnight. */
export function inQuiet(hour: number, quiet: QuietHours): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}
