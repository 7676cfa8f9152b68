// Fixing the date: the secretariat picks a slot of the poll (or, to move the meeting, any
// new time), sees what will be sent and, when the slot does not reach quorum, why; on
// confirmation the meeting is scheduled under a new schedule number and every invitee is
// told in their language and time zone, with a calendar file and buttons to say whether
// they will attend. A changed date says so, and the earlier attendance answers no longer
// count (they belong to the previous schedule).
import type { Offer } from '../../core/actions.ts';
import type { Services } from '../../core/context.ts';
import type { Lang, OutgoingFile } from '../../core/types.ts';
import type { Voice } from '../../views/format.ts';
import type { Meeting, Slot } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { deliver, deliveredIds, type SendSummary } from './deliver.ts';
import { meetingIcs } from './ics.ts';
import { meetingLines } from './poll-view.ts';
import { ATTENDANCE, isInvitee } from './repo.ts';
import { currentVotes, tallySlot, VOTES_LOG, type SlotTally } from './tally.ts';
import { formatWhen, parseSlot } from './time.ts';
import type { Store } from '../../db.ts';

const DAY_MS = 24 * 3600_000;

export type SlotPick = { ok: true; slot: Slot; fresh: boolean } | { ok: false; error: string; args?: Record<string, string | number> };

/** A slot of the poll by number, or a new time typed in Qingdao time (to move the meeting). */
export function pickSlot(meeting: Meeting, text: string, now: Date): SlotPick {
  const t = text.normalize('NFKC').trim().replace(/^#/, '');
  const existing = meeting.slots.find((s) => s.id === t);
  if (existing) {
    if (Date.parse(existing.start) <= now.getTime()) return { ok: false, error: 'meeting-error-slot-past', args: { text: t } };
    return { ok: true, slot: existing, fresh: false };
  }
  if (/^\d{1,2}$/.test(t)) return { ok: false, error: 'meeting-slot-unknown', args: { slot: t, count: meeting.slots.length } };
  const parsed = parseSlot(t);
  if (!parsed.ok)
    return { ok: false, error: parsed.why === 'order' ? 'meeting-error-slot-order' : 'meeting-error-slot-format', args: { text: t } };
  if (parsed.start.getTime() <= now.getTime()) return { ok: false, error: 'meeting-error-slot-past', args: { text: t } };
  const same = meeting.slots.find((s) => Date.parse(s.start) === parsed.start.getTime() && Date.parse(s.end) === parsed.end.getTime());
  if (same) return { ok: true, slot: same, fresh: false };
  const id = String(Math.max(0, ...meeting.slots.map((s) => Number(s.id) || 0)) + 1);
  return { ok: true, slot: { id, start: parsed.start.toISOString(), end: parsed.end.toISOString() }, fresh: true };
}

export function slotTally(store: Store, meeting: Meeting, slot: Slot): SlotTally {
  return tallySlot(meeting, currentVotes(store.records(VOTES_LOG), meeting.id), slot);
}

/** Saves the new date; resolves the scheduled meeting, or undefined when `expected` is stale (a second press). */
export async function schedule(store: Store, id: string, slot: Slot, expected: number, now: Date): Promise<Meeting | undefined> {
  const done = await store.update((db) => {
    const m = db.meetings[id];
    if (!m || m.schedule !== expected || m.status === 'cancelled') return false;
    if (!m.slots.some((s) => s.id === slot.id)) m.slots.push({ ...slot });
    m.status = 'scheduled';
    m.finalSlot = slot.id;
    m.schedule = expected + 1;
    m.scheduledAt = now.toISOString();
    m.closedAt ??= now.toISOString();
    return true;
  });
  return done ? store.data.meetings[id] : undefined;
}

export function attendOffers(voice: Voice, meeting: Meeting): Offer[] {
  return ATTENDANCE.map((a) => ({ label: voice.t('meeting-attend-button', { answer: a }), command: `attend ${meeting.id} ${a}` }));
}

/**
 * Tells every invitee (or only these) the (new) date, with the calendar file. `previous` is
 * the slot it replaces. Whoever already had this schedule's announcement does not get it twice.
 */
export async function announce(
  services: Services,
  meeting: Meeting,
  previous: Slot | undefined,
  now: Date,
  only?: readonly string[],
): Promise<SendSummary> {
  const slot = meeting.slots.find((s) => s.id === meeting.finalSlot)!;
  // Built once per language, inside the send, so a failure is recorded like any other.
  const files = new Map<Lang, OutgoingFile>();
  const fileIn = (lang: Lang) => files.get(lang) ?? files.set(lang, meetingIcs(meeting, slot, now, lang)).get(lang)!;
  const done = deliveredIds(services);
  const to = meeting.invitees
    .filter((p) => isInvitee(services.store, meeting, p) && (!only || only.includes(p)))
    .map((person) => ({ id: `${meeting.id}/announce/${meeting.schedule}/${person}`, person }))
    .filter((d) => !done.has(d.id));
  const ttlMs = Date.parse(slot.end) - now.getTime() + DAY_MS;
  return deliver(services, { meeting: meeting.id, kind: 'announce', now, ttlMs, retryUnreachable: false }, to, (voice, zone) => {
    const when = formatWhen(voice, zone, slot.start, slot.end);
    const head = previous
      ? voice.t('meeting-rescheduled', {
          title: meetingTitle(voice, meeting),
          id: meeting.id,
          when,
          from: formatWhen(voice, zone, previous.start, previous.end),
        })
      : voice.t('meeting-announce', { title: meetingTitle(voice, meeting), id: meeting.id, when });
    const lines = [head, ...meetingLines(voice, meeting), '', voice.t('meeting-attend-ask', { id: meeting.id })];
    return { text: lines.join('\n'), file: fileIn(voice.lang), offers: attendOffers(voice, meeting) };
  });
}
