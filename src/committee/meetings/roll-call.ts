// The roll call on the day: the secretariat marks who is present (and may take a mark back
// with "-name"); each call is a record of the `roll-calls` log for the meeting's current
// schedule, and who is present is the fold of those records. The meeting is quorate when
// enough invitees, and every required one, are present.
import { shanghaiDate } from '../../core/clock.ts';
import { z } from 'zod';
import type { Store } from '../../db.ts';
import { defineLog } from '../../store/types.ts';
import type { Meeting } from '../schema.ts';
import { quorumOf } from './tally.ts';

export const RollCallRecord = z.object({
  id: z.string(),
  at: z.string(),
  meeting: z.string(),
  schedule: z.number(),
  by: z.string(),
  present: z.array(z.string()),
  absent: z.array(z.string()),
});
export type RollCallRecord = z.infer<typeof RollCallRecord>;

export const ROLL_LOG = defineLog('roll-calls', RollCallRecord);

export function rollCallState(store: Store, meeting: Meeting) {
  const present = new Set<string>();
  let taken = false;
  for (const r of store.records(ROLL_LOG)) {
    if (r.meeting !== meeting.id || r.schedule !== meeting.schedule) continue;
    taken = true;
    for (const p of r.present ?? []) present.add(p);
    for (const p of r.absent ?? []) present.delete(p);
  }
  return { taken, present, quorum: quorumOf(meeting, present) };
}

/** Why a roll call cannot be taken now, if it cannot: only on the meeting's day(s), Qingdao time. */
export function rollCallRefusal(meeting: Meeting, now: Date): 'not-scheduled' | 'not-today' | undefined {
  const slot = meeting.status === 'scheduled' ? meeting.slots.find((s) => s.id === meeting.finalSlot) : undefined;
  if (!slot) return 'not-scheduled';
  const today = shanghaiDate(now);
  if (today < shanghaiDate(new Date(slot.start)) || today > shanghaiDate(new Date(slot.end))) return 'not-today';
  return undefined;
}

export async function takeRollCall(
  store: Store,
  meeting: Meeting,
  by: string,
  present: string[],
  absent: string[],
  now: Date,
): Promise<void> {
  const n = store.records(ROLL_LOG).filter((r) => r.meeting === meeting.id).length;
  const rec: RollCallRecord = {
    id: `${meeting.id}/${meeting.schedule}/${n + 1}`,
    at: now.toISOString(),
    meeting: meeting.id,
    schedule: meeting.schedule,
    by,
    present,
    absent,
  };
  await store.append(ROLL_LOG, [rec]);
}
