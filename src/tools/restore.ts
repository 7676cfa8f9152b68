// `npm run restore -- SNAPSHOT` replaces the database with a snapshot, after checking the
// snapshot completely and saving the current state as a snapshot of its own. The bot must
// be stopped (the database lock is taken). `npm run restore -- --list` lists snapshots.
import { parseArgs } from 'node:util';
import { listSnapshots, restoreSnapshot, backupDir } from '../store/backup.ts';
import { StoreError } from '../store/types.ts';
import { DOCUMENT } from '../db.ts';
import { filesDirOf } from '../config.ts';
import { toolConfig } from './tool-config.ts';

const { values, positionals } = parseArgs({ options: { list: { type: 'boolean' } }, allowPositionals: true });
const config = toolConfig();
const db = config.DB_FILE;
const opts = { dir: config.BACKUP_DIR, files: filesDirOf(config) };

if (values.list || positionals.length === 0) {
  const all = await listSnapshots(db, opts);
  console.log(all.length ? all.map((s) => `${backupDir(db, opts)}/${s}`).join('\n') : `没有快照 / no snapshots in ${backupDir(db, opts)}`);
  process.exit(positionals.length === 0 && !values.list ? 1 : 0);
}
try {
  const { saved } = await restoreSnapshot(db, positionals[0]!, DOCUMENT, opts);
  console.log(`已恢复 / restored ${db} from ${positionals[0]}\n恢复前的数据已另存 / the replaced data was saved as ${saved}`);
} catch (error) {
  if (error instanceof StoreError) {
    console.error(`未恢复，数据未改动 / not restored, nothing changed: ${error.code}: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
