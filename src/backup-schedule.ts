// The daily snapshot, at 03:00 Asia/Shanghai while the bot runs. A failed snapshot is
// logged with a code (the bot keeps running; the next night tries again).
import { Cron } from 'croner';
import { ZONE } from './core/clock.ts';
import type { Logger } from './log.ts';
import { type BackupOptions, snapshotStore } from './store/backup.ts';
import type { Store } from './store/types.ts';

export function startBackups<D>(store: Store<D>, dbFile: string, opts: BackupOptions, log: Logger): { stop(): Promise<void> } {
  const job = new Cron('0 3 * * *', { timezone: ZONE, unref: true }, async () => {
    try {
      const path = await snapshotStore(store, dbFile, 'daily', opts);
      log.info({ path }, 'daily snapshot written');
    } catch (err) {
      log.error({ err, code: 'BACKUP_FAILED' }, 'daily snapshot failed');
    }
  });
  return { stop: async () => job.stop() };
}
