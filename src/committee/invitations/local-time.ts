// An expert's own clock: times shown in their time zone, and whether it is a decent time
// to write to them (daytime, not their weekend; for experts in mainland China, a working
// day of the PRC calendar, so no reminder lands on National Day).
import type { Lang } from '../../core/types.ts';
import { WorkCalendar } from '../../supervision/reminders/calendar.ts';

const INTL: Record<Lang, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-GB' };

/** A moment as the reader says it, in a zone: 2016年9月1日 10:00 / 1 Sept 2016, 10:00. */
export function formatAt(lang: Lang, at: string | Date, zone: string): string {
  return new Intl.DateTimeFormat(INTL[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone, hourCycle: 'h23' }).format(
    new Date(at),
  );
}

export interface LocalTime {
  /** The calendar day there, YYYY-MM-DD. */
  day: string;
  hour: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localTime(at: Date, zone: string): LocalTime {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24, weekday: WEEKDAYS.indexOf(parts.weekday!) };
}

export interface DaytimeRule {
  /** First hour a message may go out, local time (9 = from 09:00). */
  fromHour: number;
  /** First hour it may not any more (20 = until 19:59). */
  toHour: number;
}

/** Weekend days by country where they are not Saturday and Sunday. */
const WEEKENDS: Record<string, number[]> = { IL: [5, 6], SA: [5, 6], EG: [5, 6], IR: [5], AF: [4, 5] };

let prcCalendar: WorkCalendar | undefined;

/** Whether it is daytime on a working day where the expert is. */
export function isDecentTime(
  at: Date,
  zone: string,
  country: string,
  rule: DaytimeRule,
  calendar?: Pick<WorkCalendar, 'isWorkingDay'>,
): boolean {
  const local = localTime(at, zone);
  if (local.hour < rule.fromHour || local.hour >= rule.toHour) return false;
  if (country === 'CN') return (calendar ?? (prcCalendar ??= new WorkCalendar())).isWorkingDay(local.day);
  return !(WEEKENDS[country] ?? [0, 6]).includes(local.weekday);
}
