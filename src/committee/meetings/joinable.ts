// Which committee meetings a member who joined later can still join, and who is missing
// from one: pure reads, shared by the tally (which names them) and late-members.ts (which
// adds them).
import type { Store } from '../../db.ts';
import { members } from '../members.ts';
import type { Meeting } from '../schema.ts';

/** Whether new members can still join: a committee meeting whose poll is open or whose date is ahead. */
export function takesNewMembers(meeting: Meeting, now: Date): boolean {
  if (meeting.audience !== 'members') return false;
  if (meeting.status === 'open') return Date.parse(meeting.deadline) > now.getTime();
  if (meeting.status !== 'scheduled') return false;
  const slot = meeting.slots.find((s) => s.id === meeting.finalSlot);
  return slot !== undefined && Date.parse(slot.end) > now.getTime();
}

/** Members who are not invited to a meeting that still takes them. */
export function missingMembers(store: Store, meeting: Meeting, now: Date): string[] {
  if (!takesNewMembers(meeting, now)) return [];
  return members(store)
    .map((e) => e.id)
    .filter((id) => !meeting.invitees.includes(id));
}
