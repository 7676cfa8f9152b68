// The committee's timed work, every 15 minutes (Asia/Shanghai): close polls whose deadline
// passed (telling the secretariat), remind members who have not voted, invited experts who
// have not answered, and members who have not answered a consultation. Each job is safe to
// run again and respects the person's own waking hours; one failing job never stops the others.
// Runs never overlap (a timed job: croner's protect), and one runs at start.
import type { Services } from '../core/context.ts';
import { startTimedJob, type TimedJob } from '../timed-job.ts';
import { runConsultationReminders } from './consultations/remind.ts';
import { runInvitationReminders } from './invitations/reminders.ts';
import { runPollDeadlines } from './meetings/deadline.ts';
import { runPollReminders } from './meetings/reminders.ts';

const JOBS: Array<[string, (s: Services, now: Date) => Promise<unknown>]> = [
  ['POLL_DEADLINES', runPollDeadlines],
  ['POLL_REMINDERS', runPollReminders],
  ['INVITATION_REMINDERS', runInvitationReminders],
  ['CONSULTATION_REMINDERS', (s, now) => runConsultationReminders(s, now)],
];

export async function runCommitteeJobs(services: Services, now = services.clock.now()): Promise<void> {
  for (const [code, job] of JOBS) {
    try {
      await job(services, now);
    } catch (err) {
      services.log.error({ err, code: `${code}_FAILED` }, 'committee job failed');
    }
  }
}

export function startCommitteeJobs(services: Services): TimedJob<void> {
  return startTimedJob('*/15 * * * *', () => runCommitteeJobs(services), { code: 'COMMITTEE_JOBS', log: services.log, atStart: true });
}
