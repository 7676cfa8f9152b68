// The calendar invitation sent with a fixed date: one VEVENT in UTC (every calendar shows
// it in its owner's zone), with a stable UID per meeting and SEQUENCE = the schedule
// number, so a changed date updates the same event instead of adding a second one. The
// summary, location and description are in the reader's language: the English texts for a
// reader of English where the secretariat gave them, Traditional Chinese converted.
import { createRequire } from 'node:module';
import type { EventAttributes } from 'ics';

// ics costs ~6 MB and ~50 ms to load: only when a date is announced.
let createEvent: typeof import('ics').createEvent | undefined;
import type { Lang, OutgoingFile } from '../../core/types.ts';
import { toHant } from '../../i18n/script.ts';
import type { Meeting, Slot } from '../schema.ts';
import { meetingAgenda, meetingPlace, meetingTitle } from '../texts.ts';

export const ICS_NAME = 'meeting.ics';

export function meetingIcs(meeting: Meeting, slot: Slot, now: Date, lang: Lang = 'zh-Hans'): OutgoingFile {
  const reader = { lang };
  const script = (s: string) => (lang === 'zh-Hant' ? toHant(s) : s);
  const place = meetingPlace(reader, meeting);
  const agenda = meetingAgenda(reader, meeting);
  const description = [agenda && script(agenda), meeting.link].filter(Boolean).join('\n');
  const event: EventAttributes & { timestamp: number } = {
    uid: `${meeting.id}@duban`,
    productId: 'duban',
    sequence: meeting.schedule,
    timestamp: now.getTime(), // DTSTAMP: when this version was made, not when the file was built
    title: script(meetingTitle(reader, meeting)),
    start: Date.parse(slot.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(slot.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    ...(description ? { description } : {}),
    ...(place || meeting.link ? { location: place ? script(place) : meeting.link! } : {}),
    ...(meeting.link ? { url: meeting.link } : {}),
  };
  createEvent ??= (createRequire(import.meta.url)('ics') as typeof import('ics')).createEvent;
  const { error, value } = createEvent(event);
  if (error || !value) throw Object.assign(new Error(`calendar file: ${error?.message ?? 'empty'}`), { code: 'MEETING_ICS' });
  return { name: ICS_NAME, mime: 'text/calendar', data: new TextEncoder().encode(value) };
}
