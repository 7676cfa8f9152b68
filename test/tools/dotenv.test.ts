// The admin tools read the configuration the way the bot does: the environment, plus the
// `.env` file of the working directory. With DB_FILE and BACKUP_DIR set only in `.env`, a
// restore replaces that database (not data/db.json of the working directory) and an export
// reads it. Each tool runs as a child process, as `npm run restore` / `export` run it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDb, openStore } from '../../src/db.ts';
import { snapshotStore } from '../../src/store/backup.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'duban-dotenv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbFile = join(dir, 'kept', 'db.json');
const backups = join(dir, 'snapshots');

/** Runs a tool in `dir` (where the .env is), with neither variable in the environment. */
function tool(name: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DB_FILE;
  delete env.BACKUP_DIR;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsx, join(repo, 'src/tools', `${name}.ts`), ...args],
      { cwd: dir, env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('the admin tools and .env', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('restore and export use the DB_FILE and BACKUP_DIR that only .env sets', async () => {
    mkdirSync(join(dir, 'kept'));
    const store = await openStore({ file: dbFile, seed: () => emptyDb('2016-01-01T00:00:00.000Z') });
    const snapshot = await snapshotStore(store, dbFile, 'test', { dir: backups });
    await store.close();
    const plan = `${dbFile}.plan.json`; // where the people are kept
    const before = readFileSync(plan, 'utf8');
    const changed = await openStore({ file: dbFile, seed: () => emptyDb() });
    await changed.update((db) => void db.people.push({ id: 'added-later', name: '后来添加', roles: ['reporter'], provenance: 'sample' }));
    await changed.close();
    expect(readFileSync(plan, 'utf8')).not.toBe(before);
    writeFileSync(join(dir, '.env'), `# as an admin would write it\nDB_FILE=${dbFile}\nBACKUP_DIR=${backups}\n`);

    const restored = await tool('restore', snapshot);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(JSON.parse(readFileSync(plan, 'utf8')).people).toEqual([]); // the snapshot's content is back
    expect(existsSync(join(dir, 'data'))).toBe(false); // and no other database was made

    const exported = await tool('export', join(dir, 'table.csv'));
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('exported 0 项 / 0 items'); // the empty plan of .env's database, not the 100 items of the sample
  });
});
