// What the secretariat sees of a meeting: per slot how many said yes, if need be, no, and
// who has not answered, with the names (as Doodle and Rallly show the organiser), whether
// the slot reaches quorum ("needs 3 more"), the notes, who could not be reached; once the
// date is fixed, the attendance answers with the names, and the roll call. Only the
// secretariat sees this view: members see their own poll (poll-view.ts), counts at most.
import type { Offer } from '../../core/actions.ts';
import { joinList, personName, type Voice } from '../../views/format.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { SENDS_LOG, unreached } from './deliver.ts';
import { meetingLines, slotLine } from './poll-view.ts';
import { missingMembers } from './joinable.ts';
import { currentAttendance } from './repo.ts';
import { rollCallState } from './roll-call.ts';
import { bestSlot, currentVotes, quorumMin, tallyMeeting, VOTES_LOG, type SlotTally } from './tally.ts';
import { formatWhen } from './time.ts';
import type { Store } from '../../db.ts';

export function names(voice: Voice, store: Store, ids: readonly string[]): string {
  return joinList(
    voice,
    ids.map((id) => personName(voice, store.data.people, id)),
  );
}

/** "reaches quorum" / "needs 3 more; 张伟 (required) is not able". */
export function quorumState(voice: Voice, store: Store, t: Pick<SlotTally, 'quorate' | 'needs' | 'requiredAway'>): string {
  if (t.quorate) return voice.t('meeting-quorate');
  const parts: string[] = [];
  if (t.needs > 0) parts.push(voice.t('meeting-needs', { needs: t.needs }));
  if (t.requiredAway.length) parts.push(voice.t('meeting-required-away', { names: names(voice, store, t.requiredAway) }));
  return parts.join(voice.lang === 'en' ? '; ' : '；');
}

/** Who is invited, the quorum, who is required, whether votes are hidden. */
export function quorumLine(voice: Voice, store: Store, meeting: Meeting): string {
  return voice.t('meeting-tally-quorum', {
    min: quorumMin(meeting),
    count: meeting.invitees.length,
    audience: meeting.audience,
    hidden: meeting.hiddenVotes ? 'yes' : 'no',
    required: meeting.quorum.required.length ? names(voice, store, meeting.quorum.required) : 'none',
  });
}

export function pollSent(store: Store, meeting: Meeting): boolean {
  return store.records(SENDS_LOG).some((r) => r.meeting === meeting.id && r.kind === 'poll');
}

/** `now` given (the secretariat looking at it): members who joined later and are not on it are named, with a button. */
export function tallyView(voice: Voice, store: Store, meeting: Meeting, zone: string, now?: Date): { text: string; offers: Offer[] } {
  const votes = currentVotes(store.records(VOTES_LOG), meeting.id);
  const tallies = tallyMeeting(meeting, votes);
  const final = meeting.finalSlot ? meeting.slots.find((s) => s.id === meeting.finalSlot) : undefined;
  const lines = [
    voice.t('meeting-tally-heading', {
      title: meetingTitle(voice, meeting),
      id: meeting.id,
      status: meeting.status,
      deadline: formatWhen(voice, zone, meeting.deadline),
      final: final ? formatWhen(voice, zone, final.start, final.end) : '',
    }),
    ...meetingLines(voice, meeting),
    quorumLine(voice, store, meeting),
  ];
  const sent = pollSent(store, meeting);
  if (!sent && meeting.status === 'open') lines.push(voice.t('meeting-not-sent'));
  lines.push('');
  for (const t of tallies) {
    lines.push(slotLine(voice, zone, meeting, t.slot.id));
    lines.push(
      voice.t('meeting-tally-counts', {
        yes: t.yes.length,
        ifneedbe: t.ifneedbe.length,
        no: t.no.length,
        missing: t.missing.length,
        state: quorumState(voice, store, t),
      }),
    );
    const groups = (['yes', 'ifneedbe', 'no', 'missing'] as const)
      .filter((k) => t[k].length)
      .map((k) => voice.t('meeting-tally-group', { answer: k, names: names(voice, store, t[k]) }));
    if (groups.length) lines.push(voice.t('meeting-tally-names', { groups: groups.join(' · ') }));
  }
  const notes = [...votes].flatMap(([person, bySlot]) =>
    [...bySlot.values()]
      .filter((v) => v.note)
      .map((v) => voice.t('meeting-note-line', { name: personName(voice, store.data.people, person), slot: v.slot, note: v.note! })),
  );
  if (notes.length) lines.push('', voice.t('meeting-notes'), ...notes);
  const missed = unreached({ store }, meeting.id, 'poll');
  if (missed.length) lines.push('', voice.t('meeting-unreached', { count: missed.length, names: names(voice, store, missed) }));
  if (meeting.status === 'scheduled') lines.push('', ...attendanceLines(voice, store, meeting));
  const late = now ? missingMembers(store, meeting, now) : [];
  if (late.length) lines.push('', voice.t('meeting-late-members', { count: late.length, names: names(voice, store, late) }));

  const offers: Offer[] = [];
  if (meeting.status === 'open' && !sent) offers.push({ label: voice.t('meeting-button-send'), command: `meeting send ${meeting.id}` });
  if (meeting.status === 'open' && sent) offers.push({ label: voice.t('meeting-button-remind'), command: `meeting remind ${meeting.id}` });
  if (late.length) offers.push({ label: voice.t('meeting-button-add', { count: late.length }), command: `meeting add ${meeting.id}` });
  const best = bestSlot(tallies);
  if ((meeting.status === 'open' || meeting.status === 'closed') && best) {
    offers.push({ label: voice.t('meeting-button-final', { slot: best.slot.id }), command: `meeting final ${meeting.id} ${best.slot.id}` });
  }
  return { text: lines.join('\n'), offers };
}

function attendanceLines(voice: Voice, store: Store, meeting: Meeting): string[] {
  const answers = currentAttendance(store, meeting);
  const who = { attend: [] as string[], online: [] as string[], absent: [] as string[], missing: [] as string[] };
  for (const p of meeting.invitees) who[answers.get(p)?.answer ?? 'missing'].push(p);
  const lines = [
    voice.t('meeting-attendance-counts', {
      attend: who.attend.length,
      online: who.online.length,
      absent: who.absent.length,
      missing: who.missing.length,
    }),
  ];
  for (const k of ['attend', 'online', 'absent', 'missing'] as const)
    if (who[k].length) lines.push(voice.t('meeting-attendance-group', { answer: k, names: names(voice, store, who[k]) }));
  for (const a of answers.values()) {
    if (a.note)
      lines.push(
        voice.t('meeting-attendance-note', { name: personName(voice, store.data.people, a.person), answer: a.answer, note: a.note }),
      );
  }
  const roll = rollCallState(store, meeting);
  if (roll.taken)
    lines.push(voice.t('meeting-roll-summary', { present: roll.present.size, state: quorumState(voice, store, roll.quorum) }));
  return lines;
}
