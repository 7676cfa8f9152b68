// Meeting times: reading what the secretariat types (always Qingdao wall-clock time,
// Asia/Shanghai, UTC+8 all year) and showing a moment to a reader in their own time zone,
// with the Qingdao time beside it when the two differ (an expert in San Francisco sees a
// Sunday-morning slot on Saturday evening, and knows it is the same slot).
import { ZONE } from '../../core/clock.ts';
import type { Voice } from '../../supervision/voice.ts';

const SHANGHAI_OFFSET_MIN = 8 * 60;
/** A slot typed without an end lasts this long. */
export const DEFAULT_SLOT_MINUTES = 120;

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const TIME = String.raw`(\d{1,2})\s*[:：]\s*(\d{2})`;
const MOMENT = new RegExp(String.raw`^${DATE}(?:\s*[T\s]\s*${TIME})?$`);
const SLOT = new RegExp(String.raw`^${DATE}\s*[T\s]?\s*${TIME}(?:\s*(?:-|–|—|~|～|至|到)\s*(?:${DATE}\s*[T\s]?\s*)?${TIME})?$`);

/** A Qingdao wall-clock time as a Date; undefined when the numbers are no real date or time. */
function shanghai(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return undefined;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - SHANGHAI_OFFSET_MIN * 60_000);
}

/** "2016-11-15 18:00" (or 2016/11/15, 2016年11月15日 18:00). A date alone means its end, 23:59. */
export function parseMoment(text: string): Date | undefined {
  const m = MOMENT.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return m[4] === undefined ? shanghai(y, mo, d, 23, 59) : shanghai(y, mo, d, Number(m[4]), Number(m[5]));
}

export type SlotParse = { ok: true; start: Date; end: Date } | { ok: false; why: 'format' | 'order' };

/** "2016-11-20 09:30-11:30", "2016-11-22 09:30" (two hours), "2016-11-20 22:00 - 2016-11-21 01:00". */
export function parseSlot(text: string): SlotParse {
  const m = SLOT.exec(text.normalize('NFKC').trim());
  if (!m) return { ok: false, why: 'format' };
  const n = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  const start = shanghai(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!);
  if (!start) return { ok: false, why: 'format' };
  let end: Date | undefined;
  if (n[8] === undefined) end = new Date(start.getTime() + DEFAULT_SLOT_MINUTES * 60_000);
  else if (n[5] === undefined) end = shanghai(n[0]!, n[1]!, n[2]!, n[8]!, n[9]!);
  else end = shanghai(n[5]!, n[6]!, n[7]!, n[8]!, n[9]!);
  if (!end) return { ok: false, why: 'format' };
  if (end.getTime() <= start.getTime()) return { ok: false, why: 'order' };
  return { ok: true, start, end };
}

interface Wall {
  year: number;
  month: number;
  day: number;
  weekday: number; // 0 = Sunday
  hhmm: string;
  offsetMin: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of a zone at a moment (numbers, so the catalog decides the words). */
function wall(at: Date, zone: string): Wall {
  let f = formatters.get(zone);
  if (!f) {
    const opts = {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    } as const;
    formatters.set(zone, (f = new Intl.DateTimeFormat('en-US', opts)));
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const [year, month, day, hour, minute] = [p.year, p.month, p.day, p.hour, p.minute].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetMin = Math.round((Date.UTC(year, month - 1, day, hour, minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  return { year, month, day, weekday: WEEKDAYS.indexOf(p.weekday!), hhmm: `${p.hour}:${p.minute}`, offsetMin };
}

function sameDay(a: Wall, b: Wall): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayAndTime(voice: Voice, w: Wall, time: string): string {
  return voice.t('meeting-when', { month: w.month, day: w.day, weekday: w.weekday, time });
}

/** "UTC−8", "UTC+5:30". */
function offsetText(min: number): string {
  const sign = min < 0 ? '−' : '+';
  const abs = Math.abs(min);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/** A moment or a span in one zone: "11月20日（周日）09:30–11:30"; the end carries its date when it differs. */
function inZone(voice: Voice, zone: string, start: Date, end?: Date): { text: string; offsetMin: number } {
  const s = wall(start, zone);
  if (!end) return { text: dayAndTime(voice, s, s.hhmm), offsetMin: s.offsetMin };
  const e = wall(end, zone);
  const endText = sameDay(s, e) ? e.hhmm : dayAndTime(voice, e, e.hhmm);
  return { text: dayAndTime(voice, s, `${s.hhmm}–${endText}`), offsetMin: s.offsetMin };
}

/**
 * A moment (or span) as the reader should see it: in their zone, and, when that zone's
 * clock differs from Qingdao's at that moment, followed by the Qingdao time.
 */
export function formatWhen(voice: Voice, zone: string, start: Date | string, end?: Date | string): string {
  const s = new Date(start);
  const e = end === undefined ? undefined : new Date(end);
  const local = inZone(voice, zone, s, e);
  if (local.offsetMin === SHANGHAI_OFFSET_MIN) return local.text;
  const qingdao = inZone(voice, ZONE, s).text;
  return voice.t('meeting-when-local', { when: local.text, offset: offsetText(local.offsetMin), qingdao });
}
