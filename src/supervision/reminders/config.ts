// The reminders' settings: defaults, and the same read from the environment with zod, so a
// typo in a variable stops the start with a message naming it (never a silent default).
import { join } from 'node:path';
import { z } from 'zod';
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

const count = (max: number) => z.coerce.number().int().min(0).max(max);

const Env = z.object({
  REMINDERS: z.enum(['on', 'off']).optional(),
  REMINDER_DAYS: z
    .string()
    .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, 'a list of day counts, e.g. 14,7,1')
    .transform((s) => [...new Set(s.split(',').map((d) => Number(d.trim())))].sort((a, b) => b - a))
    .optional(),
  REMINDER_SKIP_RECENT_DAYS: count(365).optional(),
  QUIET_HOURS: z
    .string()
    .regex(/^\s*\d{1,2}\s*-\s*\d{1,2}\s*$/, 'hours from-to, e.g. 22-8')
    .transform((s) => s.split('-').map((h) => Number(h.trim())) as [number, number])
    .refine(([from, to]) => from < 24 && to < 24, 'hours are 0-23')
    .transform(([from, to]) => ({ from, to }))
    .optional(),
  REMINDER_HOUR: count(23).optional(),
  REPORT_CALL_DAY: count(28).optional(),
  ESCALATE_HEAD_AFTER: count(60).optional(),
  ESCALATE_ADMINS_AFTER: count(60).optional(),
  REMINDER_CATCH_UP_DAYS: count(60).optional(),
  CALENDAR_EXTRA_FILE: z.string().trim().min(1).optional(),
});

/** Reads the reminder variables; unset ones keep their default. Throws naming every bad variable. */
export function reminderConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReminderConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = Env.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`reminder configuration error: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const d = DEFAULT_REMINDER_CONFIG;
  const config: ReminderConfig = {
    enabled: e.REMINDERS ? e.REMINDERS === 'on' : d.enabled,
    deadlineDays: e.REMINDER_DAYS ?? d.deadlineDays,
    recentDays: e.REMINDER_SKIP_RECENT_DAYS ?? d.recentDays,
    quiet: e.QUIET_HOURS ?? d.quiet,
    morningHour: e.REMINDER_HOUR ?? d.morningHour,
    reportCallDay: e.REPORT_CALL_DAY ?? d.reportCallDay,
    escalateHeadAfter: e.ESCALATE_HEAD_AFTER ?? d.escalateHeadAfter,
    escalateAdminsAfter: e.ESCALATE_ADMINS_AFTER ?? d.escalateAdminsAfter,
    catchUpDays: e.REMINDER_CATCH_UP_DAYS ?? d.catchUpDays,
    maxAttempts: d.maxAttempts,
    calendarFile: e.CALENDAR_EXTRA_FILE ?? d.calendarFile,
  };
  if (inQuiet(config.morningHour, config.quiet)) {
    throw new Error(`reminder configuration error: REMINDER_HOUR ${config.morningHour} falls in QUIET_HOURS`);
  }
  return config;
}

/** Whether an hour of the day (0-23) is inside the quiet hours, which may span midnight. */
export function inQuiet(hour: number, quiet: QuietHours): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}
