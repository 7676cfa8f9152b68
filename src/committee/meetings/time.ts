// Meeting times: reading what the secretariat types (always Qingdao wall-clock time,
// Asia/Shanghai, UTC+8 all year) and showing a moment to a reader in their own time zone,
// with the Qingdao time beside it when the two differ (an expert in San Francisco sees a
// Sunday-morning slot on Saturday evening, and knows it is the same slot).
import { daysInMonth, offsetText, sameClockAsShanghai, shanghaiTime, wallClock, ZONE, type WallClock } from '../../core/clock.ts';
import type { Voice } from '../../views/format.ts';

/** A slot typed without an end lasts this long. */
export const DEFAULT_SLOT_MINUTES = 120;

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const TIME = String.raw`(\d{1,2})\s*[:：]\s*(\d{2})`;
const MOMENT = new RegExp(String.raw`^${DATE}(?:\s*[T\s]\s*${TIME})?$`);
const SLOT = new RegExp(String.raw`^${DATE}\s*[T\s]?\s*${TIME}(?:\s*(?:-|–|—|~|～|至|到)\s*(?:${DATE}\s*[T\s]?\s*)?${TIME})?$`);

/** A Qingdao wall-clock time as a Date; undefined when the numbers are no real date or time. */
function shanghai(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return undefined;
  if (d > daysInMonth(y, mo)) return undefined;
  return shanghaiTime(y, mo, d, h, mi);
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

function sameDay(a: WallClock, b: WallClock): boolean {
  return a.date === b.date;
}

function dayAndTime(voice: Voice, w: WallClock, time: string): string {
  return voice.t('meeting-when', { month: w.month, day: w.day, weekday: w.weekday, time });
}

/** A moment or a span in one zone: "11月20日（周日）09:30–11:30"; the end carries its date when it differs. */
function inZone(voice: Voice, zone: string, start: Date, end?: Date): { text: string; offsetMin: number } {
  const s = wallClock(start, zone);
  if (!end) return { text: dayAndTime(voice, s, s.hhmm), offsetMin: s.offsetMin };
  const e = wallClock(end, zone);
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
  if (sameClockAsShanghai(s, zone)) return local.text;
  const qingdao = inZone(voice, ZONE, s).text;
  return voice.t('meeting-when-local', { when: local.text, offset: offsetText(local.offsetMin), qingdao });
}
