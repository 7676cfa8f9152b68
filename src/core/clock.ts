// Time has one home. The bot's "now" (injectable: DUBAN_NOW, tests); the programme's zone,
// Asia/Shanghai (UTC+8 all year, no daylight saving), and its calendar days; the wall clock
// and "the hour" of any IANA zone; and dates and times written in the reader's language.
// Nothing else computes zones or offsets. Intl formatters are costly to build (a large part of
// a lookup's time), so each language, zone and style gets one, kept.
import type { Lang } from './types.ts';

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
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

// --- Calendar days in Shanghai (YYYY-MM-DD) ---

/** The calendar date in Shanghai of a moment, as YYYY-MM-DD. */
export function shanghaiDate(at: Date | string): string {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2016-12-01 10:20": a moment on Shanghai's clock, for tables. */
export function shanghaiStamp(at: Date | string): string {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The moment a Shanghai wall clock shows these numbers (not checked: 2016-02-30 rolls over). */
export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - SHANGHAI_OFFSET_MS);
}

/** The instant `hour`:00 on a Shanghai calendar day. */
export function atShanghai(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return shanghaiTime(y, m, d, hour);
}

/** The last calendar day a deadline allows: a month deadline (2016-10) ends on its last day. */
export function deadlineDay(deadline: string): string {
  if (deadline.length === 10) return deadline;
  const [y, m] = deadline.split('-').map(Number) as [number, number];
  return `${deadline}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to` (YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The weekday of a calendar day: 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

// --- The wall clock of any zone ---

export interface WallClock {
  /** The calendar day there, YYYY-MM-DD. */
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  /** "09:30" */
  hhmm: string;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  /** Minutes the zone's clock is ahead of UTC at that moment (−480 in San Francisco in winter). */
  offsetMin: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** What a clock in `zone` shows at `at` (numbers, so the catalogs decide the words). */
export function wallClock(at: Date, zone: string = ZONE): WallClock {
  let f = wallFormats.get(zone);
  if (!f) {
    const opts = {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    } as const;
    wallFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', opts)));
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const [year, month, day, minute] = [p.year, p.month, p.day, p.minute].map(Number) as [number, number, number, number];
  const hour = Number(p.hour) % 24;
  const offsetMin = Math.round((Date.UTC(year, month - 1, day, hour, minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const hhmm = `${String(hour).padStart(2, '0')}:${p.minute}`;
  return { date: `${p.year}-${p.month}-${p.day}`, year, month, day, hour, hhmm, weekday: WEEKDAYS.indexOf(p.weekday!), offsetMin };
}

/** The hour (0-23) a clock in `zone` shows at `at`. */
export function hourIn(at: Date, zone: string = ZONE): number {
  return wallClock(at, zone).hour;
}

/** Whether `zone`'s clock shows Shanghai's time at `at`. */
export function sameClockAsShanghai(at: Date, zone: string): boolean {
  return wallClock(at, zone).offsetMin === SHANGHAI_OFFSET_MS / 60_000;
}

/** "UTC−8", "UTC+5:30". */
export function offsetText(offsetMin: number): string {
  const sign = offsetMin < 0 ? '−' : '+';
  const abs = Math.abs(offsetMin);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

// --- Dates in the reader's language ---

const INTL: Record<Lang, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-GB' };

/** The Intl locale a language is written with. */
export function intlLocale(lang: Lang): string {
  return INTL[lang];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(opts);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

type Reader = { readonly lang: Lang };

/** A day as people write it (2016年9月1日 / 1 Sept 2016), in Shanghai unless another zone is named. */
export function formatDay(reader: Reader, at: Date | string, zone: string = ZONE): string {
  return dateFormat(INTL[reader.lang], { dateStyle: 'medium', timeZone: zone }).format(new Date(at));
}

/** The day and time of a record (2016年8月25日 14:30), in Shanghai. */
export function formatMoment(reader: Reader, at: Date | string): string {
  return `${formatDay(reader, at)} ${dateFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(at))}`;
}

/** A moment as the reader says it, in a zone: 2016年9月1日 10:00 / 1 Sept 2016, 10:00. */
export function formatAt(reader: Reader, at: Date | string, zone: string): string {
  return dateFormat(INTL[reader.lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone, hourCycle: 'h23' }).format(new Date(at));
}

/** A moment with its weekday in a zone, and the zone's long name: "2016年12月10日周六 23:59", "中国标准时间". */
export function formatZoned(reader: Reader, at: Date | string, zone: string): { time: string; zoneName: string } {
  const when = new Date(at);
  const time = dateFormat(INTL[reader.lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(when);
  const zoneName = dateFormat(INTL[reader.lang], { timeZoneName: 'long', timeZone: zone })
    .formatToParts(when)
    .find((p) => p.type === 'timeZoneName')?.value;
  return { time, zoneName: zoneName ?? zone };
}

/** The calendar month (2016年9月 / September 2016) a reporting period (YYYY-MM) names. */
export function formatMonth(reader: Reader, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateFormat(INTL[reader.lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A day (YYYY-MM-DD) as a short label: 7月1日 / 1 Jul (a chart's axis). */
export function formatShortDay(reader: Reader, day: string): string {
  return dateFormat(INTL[reader.lang], { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The end of a day in Shanghai (23:59:59.999 there). */
export function endOfShanghaiDay(day: string): Date {
  return new Date(atShanghai(day, 0).getTime() + 86_400_000 - 1);
}

/** A deadline as people say it: 2016年10月 / Oct 2016, or a full date. */
export function formatDeadline(reader: Reader, deadline: string): string {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number?];
  const opts: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return dateFormat(INTL[reader.lang], opts).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}
