// The time module: Shanghai's calendar days and wall clock, the hour in any zone (across
// daylight saving and the date line), and dates in the reader's language. No other file
// computes zones or builds date formatters (the architecture test checks that).
import { describe, expect, it } from 'vitest';
import {
  atShanghai,
  deadlineDay,
  formatAt,
  formatDay,
  formatDeadline,
  formatMoment,
  formatMonth,
  formatZoned,
  hourIn,
  offsetText,
  sameClockAsShanghai,
  shanghaiDate,
  shanghaiStamp,
  shanghaiTime,
  wallClock,
  weekdayOf,
} from '../src/core/clock.ts';

const zh = { lang: 'zh-Hans' } as const;
const en = { lang: 'en' } as const;

describe('Shanghai days', () => {
  it('turns moments into Shanghai calendar days and back', () => {
    expect(shanghaiDate(new Date('2016-08-31T16:00:00Z'))).toBe('2016-09-01');
    expect(shanghaiDate('2016-08-31T15:59:59Z')).toBe('2016-08-31');
    expect(shanghaiStamp('2016-12-01T02:20:00Z')).toBe('2016-12-01 10:20');
    expect(shanghaiTime(2016, 11, 15, 18, 0)).toEqual(new Date('2016-11-15T10:00:00Z'));
    expect(atShanghai('2016-09-01', 9)).toEqual(new Date('2016-09-01T01:00:00Z'));
    expect(atShanghai('2016-09-01', 0)).toEqual(new Date('2016-08-31T16:00:00Z'));
    expect(deadlineDay('2016-02')).toBe('2016-02-29');
    expect(weekdayOf('2016-09-04')).toBe(0); // a Sunday
  });
});

describe('the wall clock of a zone', () => {
  const at = new Date('2016-11-20T01:30:00Z');
  it('reads the hour in one argument order, whatever the zone', () => {
    expect(hourIn(at)).toBe(9);
    expect(hourIn(at, 'America/Los_Angeles')).toBe(17);
    expect(hourIn(new Date('2016-10-20T01:30:00Z'), 'America/Los_Angeles')).toBe(18); // summer time
    expect(hourIn(new Date('2016-11-19T16:00:00Z'), 'Asia/Shanghai')).toBe(0); // midnight is 0, never 24
  });
  it('gives the day, weekday, minutes and offset', () => {
    expect(wallClock(at, 'America/Los_Angeles')).toEqual({
      date: '2016-11-19',
      year: 2016,
      month: 11,
      day: 19,
      hour: 17,
      hhmm: '17:30',
      weekday: 6,
      offsetMin: -480,
    });
    expect(wallClock(at, 'Asia/Kolkata').offsetMin).toBe(330);
    expect(offsetText(330)).toBe('UTC+5:30');
    expect(offsetText(-480)).toBe('UTC−8');
    expect(sameClockAsShanghai(at, 'Asia/Hong_Kong')).toBe(true);
    expect(sameClockAsShanghai(at, 'Asia/Tokyo')).toBe(false);
  });
});

describe('dates in the reader’s language', () => {
  it('writes days, moments, months and deadlines in Chinese and English', () => {
    expect(formatDay(zh, '2016-08-31T16:30:00Z')).toBe('2016年9月1日');
    expect(formatDay(en, '2016-08-31T16:30:00Z')).toBe('1 Sept 2016');
    expect(formatMoment(zh, '2016-08-25T06:30:00Z')).toBe('2016年8月25日 14:30');
    expect(formatAt(en, '2016-09-01T02:00:00Z', 'Asia/Shanghai')).toBe('1 Sept 2016, 10:00');
    expect(formatMonth(en, '2016-09')).toBe('September 2016');
    expect(formatDeadline(zh, '2016-10')).toBe('2016年10月');
    expect(formatDeadline(en, '2016-10-31')).toBe('31 Oct 2016');
    expect(formatZoned(en, '2016-12-10T15:59:00Z', 'America/Los_Angeles')).toEqual({
      time: 'Sat, 10 Dec 2016, 07:59',
      zoneName: 'Pacific Standard Time',
    });
  });
});
