// The pure parts of meeting polls: reading Qingdao times, showing a moment in a reader's own
// zone (across the date line and daylight saving), and the quorum arithmetic.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/committee/schema.ts';
import { bestSlot, tallyMeeting, type CurrentVotes, type VoteRecord } from '../../src/committee/meetings/tally.ts';
import { formatWhen, parseMoment, parseSlot } from '../../src/committee/meetings/time.ts';
import { I18n } from '../../src/i18n/i18n.ts';
import { voiceFor } from '../../src/views/format.ts';

const i18n = new I18n();
const en = voiceFor(i18n, 'en');
const zh = voiceFor(i18n, 'zh-Hans');

describe('reading times (Qingdao time)', () => {
  it('reads slots and moments in the usual spellings', () => {
    expect(parseSlot('2016-11-20 09:30-11:30')).toEqual({
      ok: true,
      start: new Date('2016-11-20T01:30:00Z'),
      end: new Date('2016-11-20T03:30:00Z'),
    });
    expect(parseSlot('2016年11月20日 9:30至11:30')).toMatchObject({ ok: true, start: new Date('2016-11-20T01:30:00Z') });
    expect(parseSlot('２０１６/11/22 09：30')).toMatchObject({ ok: true, end: new Date('2016-11-22T03:30:00Z') }); // full-width, two hours
    expect(parseSlot('2016-11-20 22:00 - 2016-11-21 01:00')).toMatchObject({ ok: true, end: new Date('2016-11-20T17:00:00Z') });
    expect(parseSlot('2016-11-20 11:30-09:30')).toEqual({ ok: false, why: 'order' });
    expect(parseSlot('2016-02-30 09:30')).toEqual({ ok: false, why: 'format' });
    expect(parseSlot('2016-11-20 25:00')).toEqual({ ok: false, why: 'format' });
    expect(parseSlot('next monday')).toEqual({ ok: false, why: 'format' });
    expect(parseMoment('2016-11-15 18:00')).toEqual(new Date('2016-11-15T10:00:00Z'));
    expect(parseMoment('2016-11-15')).toEqual(new Date('2016-11-15T15:59:00Z')); // a date alone: its end
  });
});

describe('showing a moment in the reader’s zone', () => {
  const start = '2016-11-20T01:30:00Z';
  const end = '2016-11-20T03:30:00Z';
  it('is plain in Qingdao and in any zone with the same clock', () => {
    expect(formatWhen(zh, 'Asia/Shanghai', start, end)).toBe('11月20日（周日）09:30–11:30');
    expect(formatWhen(en, 'Asia/Hong_Kong', start, end)).toBe('Sun 20 Nov, 09:30–11:30');
  });
  it('crosses the date line and follows daylight saving', () => {
    expect(formatWhen(en, 'America/Los_Angeles', start, end)).toBe('Sat 19 Nov, 17:30–19:30 your time (UTC−8); Qingdao: Sun 20 Nov, 09:30');
    // In October San Francisco was still on summer time.
    expect(formatWhen(en, 'America/Los_Angeles', '2016-10-20T01:30:00Z')).toBe(
      'Wed 19 Oct, 18:30 your time (UTC−7); Qingdao: Thu 20 Oct, 09:30',
    );
    expect(formatWhen(zh, 'Europe/Berlin', start, end)).toBe(
      '11月20日（周日）02:30–04:30（您当地时间，UTC+1；青岛时间 11月20日（周日）09:30）',
    );
    expect(formatWhen(en, 'Asia/Kolkata', start)).toContain('(UTC+5:30)');
  });
});

describe('quorum arithmetic', () => {
  const meeting = {
    id: 'm1',
    invitees: ['a', 'b', 'c', 'd', 'e'],
    quorum: { required: ['e'] },
    slots: [
      { id: '1', start: '', end: '' },
      { id: '2', start: '', end: '' },
    ],
  } as unknown as Meeting;
  const votes = (rows: Array<[string, string, VoteRecord['answer']]>): CurrentVotes => {
    const out: CurrentVotes = new Map();
    for (const [person, slot, answer] of rows) {
      if (!out.has(person)) out.set(person, new Map());
      out.get(person)!.set(slot, { id: '', at: '', meeting: 'm1', person, slot, answer });
    }
    return out;
  };
  it('counts yes and if need be as able, needs floor(n/2)+1 and every required member', () => {
    const t = tallyMeeting(
      meeting,
      votes([
        ['a', '1', 'yes'],
        ['b', '1', 'ifneedbe'],
        ['c', '1', 'yes'],
        ['a', '2', 'yes'],
        ['e', '2', 'no'],
      ]),
    );
    expect(t[0]).toMatchObject({ able: 3, min: 3, needs: 0, quorate: false, requiredAway: ['e'], missing: ['d', 'e'], reachable: true });
    expect(t[1]).toMatchObject({ able: 1, needs: 2, quorate: false, reachable: false }); // the required member said no
    const q = tallyMeeting(
      meeting,
      votes([
        ['a', '1', 'yes'],
        ['b', '1', 'ifneedbe'],
        ['e', '1', 'yes'],
      ]),
    );
    expect(q[0]).toMatchObject({ able: 3, quorate: true });
    expect(bestSlot(q)!.slot.id).toBe('1');
  });
});
