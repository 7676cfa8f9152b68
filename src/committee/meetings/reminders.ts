// Reminding invitees who have not answered every slot of an open poll. The scheduler's
// automatic reminder goes once per person in the last day before the deadline, in the
// person's waking hours (an expert in San Francisco is not woken at 2 a.m.), unless the
// deadline is too close to wait. The secretariat can also remind by hand at any time.
// Each reminder names the slots the person's vote could make quorate and carries the poll
// with its buttons. What was sent is recorded in the `meeting-sends` log.
import { hourIn } from '../../core/clock.ts';
import type { Services } from '../../core/context.ts';
import type { Voice } from '../../views/format.ts';
import { timeZoneOf } from '../members.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { deliver, deliveredIds, SENDS_LOG, type SendSummary } from './deliver.ts';
import { pollView, slotLine } from './poll-view.ts';
import { isInvitee } from './repo.ts';
import { pollSent } from './tally-view.ts';
import { currentVotes, slotsYourVoteCouldMake, tallyMeeting, VOTES_LOG } from './tally.ts';
import { formatWhen } from './time.ts';
import type { Store } from '../../db.ts';

/** The automatic reminder is due this long before the deadline. */
export const REMIND_BEFORE_MS = 24 * 3600_000;
/** Local hours in which a reminder may be sent: from 08:00 to before 21:00. */
export const WAKING_HOURS = [8, 21] as const;
/** Closer to the deadline than this, the reminder goes whatever the local hour. */
const LAST_CALL_MS = 2 * 3600_000;

export interface PollReminder {
  /** The `meeting-sends` id that marks it done. */
  id: string;
  meeting: string;
  person: string;
  /** Slots the person has not answered that are not quorate yet but could still be. */
  slots: string[];
}

/** Who is missing votes in a meeting, with the slots their vote could make quorate. */
function missing(store: Store, meeting: Meeting): Array<{ person: string; slots: string[] }> {
  const tallies = tallyMeeting(meeting, currentVotes(store.records(VOTES_LOG), meeting.id));
  return meeting.invitees
    .filter((p) => isInvitee(store, meeting, p) && tallies.some((t) => t.missing.includes(p)))
    .map((person) => ({ person, slots: slotsYourVoteCouldMake(tallies, person).map((t) => t.slot.id) }));
}

/** The automatic reminders due now (pure: reads the store, changes nothing). */
export function duePollReminders(store: Store, now: Date): PollReminder[] {
  const done = new Set(store.records(SENDS_LOG).map((r) => r.id));
  const due: PollReminder[] = [];
  for (const meeting of Object.values(store.data.meetings)) {
    const left = Date.parse(meeting.deadline) - now.getTime();
    if (meeting.status !== 'open' || left <= 0 || left > REMIND_BEFORE_MS || !pollSent(store, meeting)) continue;
    for (const { person, slots } of missing(store, meeting)) {
      const id = `${meeting.id}/reminder/auto/${person}`;
      if (done.has(id)) continue;
      const hour = hourIn(now, timeZoneOf(store, person));
      if (left > LAST_CALL_MS && (hour < WAKING_HOURS[0] || hour >= WAKING_HOURS[1])) continue;
      due.push({ id, meeting: meeting.id, person, slots });
    }
  }
  return due;
}

function reminderText(
  store: Store,
  meeting: Meeting,
  r: Pick<PollReminder, 'person' | 'slots'>,
  voice: Voice,
  zone: string,
): { text: string; offers: NonNullable<ReturnType<typeof pollView>['offers']> } {
  const tallies = tallyMeeting(meeting, currentVotes(store.records(VOTES_LOG), meeting.id));
  const lines = [
    voice.t('meeting-reminder', {
      title: meetingTitle(voice, meeting),
      id: meeting.id,
      deadline: formatWhen(voice, zone, meeting.deadline),
    }),
  ];
  if (r.slots.length) {
    lines.push(voice.t('meeting-reminder-slots'));
    for (const id of r.slots)
      lines.push(
        `${slotLine(voice, zone, meeting, id)} — ${voice.t('meeting-needs', { needs: tallies.find((t) => t.slot.id === id)!.needs })}`,
      );
  }
  const poll = pollView(store, meeting, r.person, voice, zone);
  return { text: `${lines.join('\n')}\n\n${poll.text}`, offers: poll.offers ?? [] };
}

async function send(
  services: Services,
  meeting: Meeting,
  due: ReadonlyArray<Omit<PollReminder, 'meeting'>>,
  now: Date,
  byHand: boolean,
): Promise<SendSummary> {
  const ttlMs = Date.parse(meeting.deadline) - now.getTime();
  const slotsOf = new Map(due.map((r) => [r.person, r.slots]));
  const summary = await deliver(
    services,
    { meeting: meeting.id, kind: 'reminder', now, ttlMs, retryUnreachable: byHand },
    due,
    (voice, zone, person) =>
      // No editKey: a reminder is a new message, so the person is notified.
      reminderText(services.store, meeting, { person: person.id, slots: slotsOf.get(person.id) ?? [] }, voice, zone),
  );
  await services.store.update((db) => {
    const m = db.meetings[meeting.id];
    if (m) m.remindedAt = now.toISOString();
  });
  return summary;
}

/** For the scheduler: sends the automatic reminders that are due. */
export async function runPollReminders(services: Services, now: Date): Promise<{ sent: number; missed: number }> {
  const due = duePollReminders(services.store, now);
  const total = { sent: 0, missed: 0 };
  for (const id of new Set(due.map((r) => r.meeting))) {
    const s = await send(
      services,
      services.store.data.meetings[id]!,
      due.filter((r) => r.meeting === id),
      now,
      false,
    );
    total.sent += s.sent.length;
    total.missed += s.missed.length;
  }
  if (due.length) services.log.info({ code: 'POLL_REMINDERS_RUN', ...total }, 'poll reminders run');
  return total;
}

/** Who a reminder by hand would go to now. */
export function toRemind(store: Store, meeting: Meeting): string[] {
  return missing(store, meeting).map((m) => m.person);
}

/** The secretariat's reminder: everyone still missing a vote, now. */
export async function remindByHand(services: Services, meeting: Meeting, now: Date): Promise<SendSummary> {
  const done = deliveredIds(services);
  const due = missing(services.store, meeting)
    .map((m) => ({ id: `${meeting.id}/reminder/hand/${now.toISOString()}/${m.person}`, ...m }))
    .filter((r) => !done.has(r.id));
  return send(services, meeting, due, now, true);
}
