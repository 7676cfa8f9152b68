// Whether it is a decent time to write to an expert where they are: daytime on their own
// clock, not their weekend; for experts in mainland China, a working day of the PRC calendar,
// so no reminder lands on National Day. (Their clock itself is read in core/clock.ts.)
import { wallClock } from '../../core/clock.ts';
import { WorkCalendar } from '../../supervision/reminders/calendar.ts';

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
  const local = wallClock(at, zone);
  if (local.hour < rule.fromHour || local.hour >= rule.toHour) return false;
  if (country === 'CN') return (calendar ?? (prcCalendar ??= new WorkCalendar())).isWorkingDay(local.date);
  return !(WEEKENDS[country] ?? [0, 6]).includes(local.weekday);
}
