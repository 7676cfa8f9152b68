// The bot under test for the crash test: the real core on a lowdb file (DB_FILE). Each
// stdin line "person<TAB>text" is one message; when a reply says a report was saved, it
// prints "ACK <token>" (the token is the note of that person's newest saved report) —
// only then is the write acknowledged, exactly as a user would be told.
import { createInterface } from 'node:readline';
import { createDuban } from '../../src/app.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { createSeedDb } from '../../src/store/seed.ts';

const clock = fixedClock('2016-09-01T10:00:00+08:00');
const store = await openLowdbStore({ file: process.env.DB_FILE!, seed: () => createSeedDb(clock.now()) });
const core = await createDuban({ store, clock });
process.stdout.write('READY\n');
/** The note of the newest report saved by this person: the token of what was just acknowledged. */
function lastToken(who: string): string {
  const all = store.records('reports');
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.by === who) return String(all[i]!.note);
  return '?';
}
const work: Promise<void>[] = [];
for await (const line of createInterface({ input: process.stdin })) {
  const [who, text] = line.split('\t') as [string, string];
  work.push(
    core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: who, text }).then((replies) => {
      if (replies.some((r) => r.text.startsWith('已保存'))) process.stdout.write(`ACK ${lastToken(who)}\n`);
    }),
  );
  if (work.length > 50) await Promise.all(work.splice(0));
}
await Promise.all(work);
await store.close();
