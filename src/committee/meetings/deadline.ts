// A poll closes itself at its deadline: the scheduler's runPollDeadlines closes every poll
// past due, and anyone who looks at a meeting (a vote, a view, a finalise) closes it lazily
// the same way, so a late vote is refused even if the scheduler has not run. Whichever
// closes it tells the secretariat, once, with the tally and a button to fix the best slot.
import type { Services } from '../../core/context.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { deliver, deliveredIds } from './deliver.ts';
import { closePoll, pastDeadline, secretariat } from './repo.ts';
import { tallyView } from './tally-view.ts';

const NOTICE_TTL_MS = 14 * 24 * 3600_000;

/** The meeting as it stands now, closing it first if its deadline has passed. */
export async function closeIfDue(services: Services, meeting: Meeting, now: Date): Promise<Meeting> {
  if (!pastDeadline(meeting, now)) return meeting;
  if (await closePoll(services.store, meeting.id, now)) await tellClosed(services, meeting.id, now);
  return services.store.data.meetings[meeting.id]!;
}

async function tellClosed(services: Services, id: string, now: Date): Promise<void> {
  const done = deliveredIds(services);
  const to = secretariat(services.store)
    .map((p) => ({ id: `${id}/closed/${p.id}`, person: p.id }))
    .filter((d) => !done.has(d.id));
  await deliver(services, { meeting: id, kind: 'closed', now, ttlMs: NOTICE_TTL_MS, retryUnreachable: false }, to, (voice, zone) => {
    const meeting = services.store.data.meetings[id]!;
    const view = tallyView(voice, services.store, meeting, zone);
    return {
      text: `${voice.t('meeting-closed-notice', { title: meetingTitle(voice, meeting), id })}\n\n${view.text}`,
      offers: view.offers,
    };
  });
}

/** For the scheduler: closes every open poll whose deadline has passed. Returns their ids. */
export async function runPollDeadlines(services: Services, now: Date): Promise<string[]> {
  const closed: string[] = [];
  for (const meeting of Object.values(services.store.data.meetings)) {
    if (!pastDeadline(meeting, now)) continue;
    if ((await closeIfDue(services, meeting, now)).status === 'closed') closed.push(meeting.id);
  }
  return closed;
}
