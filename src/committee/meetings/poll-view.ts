// What an invitee sees of a poll: the meeting, each slot in their own time zone with their
// answer (and, unless the votes are hidden, how many said what), and one row of buttons per
// slot. It is one message, edited in place as they vote (editKey poll-<id>).
import type { Offer } from '../../core/actions.ts';
import type { Voice } from '../../views/format.ts';
import type { Meeting } from '../schema.ts';
import { meetingAgenda, meetingPlace, meetingTitle } from '../texts.ts';
import type { Outgoing } from './deliver.ts';
import { ANSWERS, currentVotes, tallyMeeting, VOTES_LOG } from './tally.ts';
import { formatWhen } from './time.ts';
import type { Store } from '../../db.ts';

export const pollKey = (meeting: Meeting) => `poll-${meeting.id}`;

/** Title, place or link, agenda: the lines every message about the meeting starts with. */
export function meetingLines(voice: Voice, meeting: Meeting): string[] {
  const lines: string[] = [];
  const place = meetingPlace(voice, meeting);
  const agenda = meetingAgenda(voice, meeting);
  if (place) lines.push(voice.t('meeting-place', { place }));
  if (meeting.link) lines.push(voice.t('meeting-link', { link: meeting.link }));
  if (agenda) lines.push(voice.t('meeting-agenda', { agenda }));
  return lines;
}

export function slotLine(voice: Voice, zone: string, meeting: Meeting, slotId: string): string {
  const slot = meeting.slots.find((s) => s.id === slotId)!;
  return voice.t('meeting-slot-line', { no: slot.id, when: formatWhen(voice, zone, slot.start, slot.end) });
}

/** The buttons: one yes / if need be / no per slot, each a command run as the presser. */
export function voteOffers(voice: Voice, meeting: Meeting): Offer[] {
  return meeting.slots.flatMap((s) =>
    ANSWERS.map((a) => ({ label: voice.t('meeting-vote-button', { slot: s.id, answer: a }), command: `vote ${meeting.id} ${s.id} ${a}` })),
  );
}

/**
 * The poll as one invitee sees it. `status` is a line on top (what their last press did);
 * buttons only while the poll is open.
 */
export function pollView(store: Store, meeting: Meeting, personId: string, voice: Voice, zone: string, status?: string): Outgoing {
  const votes = currentVotes(store.records(VOTES_LOG), meeting.id);
  const mine = votes.get(personId);
  const tallies = tallyMeeting(meeting, votes);
  const lines: string[] = [];
  if (status) lines.push(status, '');
  lines.push(voice.t('meeting-poll-heading', { title: meetingTitle(voice, meeting), id: meeting.id }), ...meetingLines(voice, meeting));
  const open = meeting.status === 'open';
  const deadline = formatWhen(voice, zone, meeting.deadline);
  lines.push('', open ? voice.t('meeting-poll-ask', { deadline }) : voice.t('meeting-poll-over', { status: meeting.status, deadline }));
  for (const t of tallies) {
    lines.push(slotLine(voice, zone, meeting, t.slot.id));
    const v = mine?.get(t.slot.id);
    lines.push(
      voice.t('meeting-slot-yours', { answer: v?.answer ?? 'none' }) + (v?.note ? voice.t('meeting-note-suffix', { note: v.note }) : ''),
    );
    if (!meeting.hiddenVotes)
      lines.push(voice.t('meeting-slot-counts', { yes: t.yes.length, ifneedbe: t.ifneedbe.length, no: t.no.length }));
  }
  lines.push('');
  if (meeting.hiddenVotes) lines.push(voice.t('meeting-poll-hidden'));
  if (open) lines.push(voice.t('meeting-poll-note-hint', { id: meeting.id }));
  const out: Outgoing = { text: lines.join('\n').trimEnd(), editKey: pollKey(meeting) };
  if (open) out.offers = voteOffers(voice, meeting);
  return out;
}
