// The daily snapshot, at 03:00 Asia/Shanghai while the bot runs, as a timed job: never two at
// once, and stop() waits for a snapshot being written before the store is closed. A failed
// snapshot is logged with a code (the bot keeps running; the next night tries again).
import type { Logger } from './log.ts';
import { type BackupOptions, snapshotStore } from './store/backup.ts';
import type { Store } from './store/types.ts';
import { startTimedJob, type TimedJob } from './timed-job.ts';

export function startBackups<D>(store: Store<D>, dbFile: string, opts: BackupOptions, log: Logger): TimedJob<string> {
  return startTimedJob(
    '0 3 * * *',
    async () => {
      const path = await snapshotStore(store, dbFile, 'daily', opts);
      log.info({ path }, 'daily snapshot written');
      return path;
    },
    { code: 'BACKUP', log },
  );
}
