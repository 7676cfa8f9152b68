// An open meeting poll as tests put it straight into the store: the fields a test cares about
// (id, title, who is invited, for whom), the rest an ordinary open poll of one slot.
import type { Meeting } from '../../src/committee/schema.ts';

export function openMeeting(fields: Pick<Meeting, 'id' | 'title' | 'invitees' | 'audience'> & Partial<Meeting>): Meeting {
  return {
    hiddenVotes: false,
    schedule: 0,
    slots: [{ id: 's1', start: '2016-10-20T09:00:00+08:00', end: '2016-10-20T12:00:00+08:00' }],
    deadline: '2016-09-20T18:00:00+08:00',
    quorum: { required: [] },
    status: 'open',
    createdBy: 'secretariat',
    createdAt: '2016-09-01T10:00:00+08:00',
    ...fields,
  };
}
