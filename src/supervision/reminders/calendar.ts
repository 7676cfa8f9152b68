// The PRC working calendar: which days are working days, counting the State Council's public
// holidays and make-up working days (调休). The announced years come from the chinese-days
// package (its JSON data: 2004-2026 in version 1.5.7); data/calendar-extra.json adds a year
// it does not know yet, or replaces one. A year known to neither is taken as Mon-Fri, and
// the caller is told once per year. All dates are Asia/Shanghai calendar days (YYYY-MM-DD).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { addDays, atShanghai, hourIn, shanghaiDate, weekdayOf } from '../../core/clock.ts';
import type { Logger } from '../../log.ts';
import { inQuiet, type QuietHours, type ReminderConfig } from './config.ts';

// The package's own isWorkday() reads weekdays in the process's time zone (a server on UTC-8
// gets Saturdays wrong), so only its data is used and weekdays are computed here, in UTC.
const packaged = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const Day = z.iso.date();

export const CalendarYear = z
  .object({
    year: z.number().int().min(1949).max(2200),
    /** Days off that would otherwise be working days (the holidays falling on weekdays may be all). */
    holidays: z.array(Day),
    /** Weekend days that are working days (调休上班). */
    workdays: z.array(Day),
    /** Where the dates come from, e.g. the State Council notice. */
    source: z.string().optional(),
  })
  .superRefine((y, ctx) => {
    for (const [list, days] of [
      ['holidays', y.holidays],
      ['workdays', y.workdays],
    ] as const) {
      days.forEach((d, i) => {
        if (!d.startsWith(`${y.year}-`)) ctx.addIssue({ code: 'custom', path: [list, i], message: `${d} is not in ${y.year}` });
      });
    }
    const both = y.holidays.filter((d) => y.workdays.includes(d));
    if (both.length) ctx.addIssue({ code: 'custom', path: ['workdays'], message: `both holiday and workday: ${both.join(', ')}` });
  });

export const CalendarExtra = z
  .object({ $comment: z.string().optional(), years: z.array(CalendarYear).default([]) })
  .refine((c) => new Set(c.years.map((y) => y.year)).size === c.years.length, 'a year is listed twice');
export type CalendarExtra = z.infer<typeof CalendarExtra>;

/** Reads and validates the extra calendar; a missing file is an empty one, a bad file an Error naming it. */
export function loadCalendarExtra(file: string): CalendarExtra {
  if (!existsSync(file)) return { years: [] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = CalendarExtra.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

interface YearDays {
  holidays: Set<string>;
  workdays: Set<string>;
}

export type Coverage = 'chinese-days' | 'calendar-extra' | 'weekdays-only';

export class WorkCalendar {
  private readonly years = new Map<number, YearDays>();
  private readonly extraYears = new Set<number>();
  private readonly warned = new Set<number>();

  /** `onUncovered` is called once per year that neither source knows. */
  constructor(
    extra: CalendarExtra = { years: [] },
    private readonly onUncovered?: (year: number) => void,
  ) {
    for (const [day] of Object.entries(packaged.holidays)) this.yearDays(Number(day.slice(0, 4))).holidays.add(day);
    for (const [day] of Object.entries(packaged.workdays)) this.yearDays(Number(day.slice(0, 4))).workdays.add(day);
    for (const y of extra.years) {
      this.years.set(y.year, { holidays: new Set(y.holidays), workdays: new Set(y.workdays) });
      this.extraYears.add(y.year);
    }
  }

  private yearDays(year: number): YearDays {
    let days = this.years.get(year);
    if (!days) this.years.set(year, (days = { holidays: new Set(), workdays: new Set() }));
    return days;
  }

  coverage(year: number): Coverage {
    if (this.extraYears.has(year)) return 'calendar-extra';
    return this.years.has(year) ? 'chinese-days' : 'weekdays-only';
  }

  isWorkingDay(day: string): boolean {
    const year = Number(day.slice(0, 4));
    const known = this.years.get(year);
    if (!known && !this.warned.has(year)) {
      this.warned.add(year);
      this.onUncovered?.(year);
    }
    if (known?.workdays.has(day)) return true;
    if (known?.holidays.has(day)) return false;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: string): string {
    let d = addDays(day, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** The n-th working day after `day` (n = 0: `day` itself if working, else the next one). */
  addWorkingDays(day: string, n: number): string {
    let d = this.isWorkingDay(day) ? day : this.nextWorkingDay(day);
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }

  /** The first `hour`:00 (Shanghai) of a working day at or after `at`. */
  nextWorkingMorning(at: Date, hour = 9): Date {
    const today = shanghaiDate(at);
    const morning = atShanghai(today, hour);
    if (this.isWorkingDay(today) && at.getTime() <= morning.getTime()) return morning;
    return atShanghai(this.nextWorkingDay(today), hour);
  }

  /** Whether a message may go out at `at`: a working day, outside the quiet hours. */
  sendable(at: Date, quiet: QuietHours): boolean {
    return this.isWorkingDay(shanghaiDate(at)) && !inQuiet(hourIn(at), quiet);
  }

  /** `at` itself when sendable, else the next working morning. */
  deferToSendable(at: Date, quiet: QuietHours, hour = 9): Date {
    return this.sendable(at, quiet) ? at : this.nextWorkingMorning(at, hour);
  }
}

/** Loads the calendar with its extra file; uncovered years are logged as a warning. */
export function loadWorkCalendar(file: string, warn: (msg: string, year: number) => void): WorkCalendar {
  return new WorkCalendar(loadCalendarExtra(file), (year) =>
    warn(`the working calendar does not know ${year}: Mon-Fri taken as working days; add the year to ${file}`, year),
  );
}

const calendars = new Map<string, WorkCalendar>();

/** The calendar of a config's extra file, loaded once per file; unknown years logged as warnings. */
export function calendarFor(config: Pick<ReminderConfig, 'calendarFile'>, log: Logger): WorkCalendar {
  let calendar = calendars.get(config.calendarFile);
  if (!calendar) {
    calendar = loadWorkCalendar(config.calendarFile, (msg, year) => log.warn({ code: 'CALENDAR_YEAR_UNKNOWN', year }, msg));
    calendars.set(config.calendarFile, calendar);
  }
  return calendar;
}
