// The bot under test for the crash test: the real core on a lowdb file (DB_FILE). Each
// stdin line "person<TAB>text" is one message; when a reply says a report was saved, it
// prints "ACK <token>" (the token is the note of that person's newest saved report), and
// after a vote's reply "ACKV <vote record id>" — only then is a write acknowledged,
// exactly as a user would be told.
import { createInterface } from 'node:readline';
import { createDuban } from '../../src/app.ts';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { openStore } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';

const clock = fixedClock('2016-09-01T10:00:00+08:00');
const store = await openStore({ file: process.env.DB_FILE!, seed: () => createSeedDb(clock.now()) });
const core = await createDuban({ store, clock });
// Members and an open poll for the votes of the burst (made once; kept across restarts).
const VOTERS = store.data.experts.slice(0, 4).map((e) => e.id);
if (!store.data.meetings.m1) {
  const at = clock.now().toISOString();
  await store.update((db) => {
    for (const id of VOTERS) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: at, reminders: 0 };
    db.meetings.m1 = {
      id: 'm1',
      title: '第一次工作会议',
      audience: 'members',
      invitees: VOTERS,
      hiddenVotes: false,
      status: 'open',
      schedule: 0,
      slots: [1, 2, 3].map((n) => ({ id: String(n), start: `2016-11-2${n}T01:30:00.000Z`, end: `2016-11-2${n}T03:30:00.000Z` })),
      deadline: '2016-11-15T10:00:00.000Z',
      quorum: { required: [] },
      createdBy: 'secretariat',
      createdAt: at,
    };
  });
}
/** The id of this person's newest vote record: what a vote reply acknowledges. */
function lastVote(who: string): string {
  const all = store.records(VOTES_LOG);
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.person === who) return all[i]!.id;
  return '?';
}
process.stdout.write(`READY ${VOTERS.join(',')}\n`);
/** The note of the newest report saved by this person: the token of what was just acknowledged. */
function lastToken(who: string): string {
  return String(core.services.plan.reports.lastItemReportBy.get(who)?.note ?? '?');
}
const work: Promise<void>[] = [];
for await (const line of createInterface({ input: process.stdin })) {
  const [who, text] = line.split('\t') as [string, string];
  work.push(
    core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: who, text }).then((replies) => {
      if (replies.some((r) => r.text.startsWith('已保存'))) process.stdout.write(`ACK ${lastToken(who)}\n`);
      else if (text.startsWith('投票') && replies.length && store.records(VOTES_LOG).some((v) => v.person === who))
        process.stdout.write(`ACKV ${lastVote(who)}\n`);
    }),
  );
  if (work.length > 50) await Promise.all(work.splice(0));
}
await Promise.all(work);
await store.close();
