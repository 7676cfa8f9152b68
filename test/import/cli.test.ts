// The import command end to end, as an admin runs it: a child process with DB_FILE in a
// temp dir. A valid file is imported (exit 0), a bad one changes no byte (exit 1), and a
// store held by another process (the running bot) is reported as such (exit 2).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbFile = join(dir, 'db.json');

function importCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/tools/import.ts', ...args],
      { env: { ...process.env, DB_FILE: dbFile } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function writeCsv(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
  return file;
}

describe('npm run import', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('imports a valid file, refuses a bad one without touching the store, and reports a locked store', async () => {
    const header = '序号,任务内容,完成时限,牵头单位,责任部门,所属部分';
    const good = writeCsv('good.csv', [
      header,
      '1,对标新加坡编制城市总体规划国际化专章,2016年底,市规划局,市发改委、高校课题组,1',
      '2,建设国际会展中心,2017.6,市会展办,,2',
    ]);
    const done = await importCommand(good);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('删除 / removed: 98');
    const saved = readFileSync(`${dbFile}.plan.json`, 'utf8');
    expect(JSON.parse(saved).plan.items).toEqual([
      {
        no: 1,
        part: 1,
        title: '对标新加坡编制城市总体规划国际化专章',
        lead: ['planning'],
        responsible: ['ndrc'],
        responsibleNote: '高校课题组',
        deadline: '2016-12',
        provenance: 'imported',
      },
      { no: 2, part: 2, title: '建设国际会展中心', lead: ['exhibitions'], responsible: [], deadline: '2017-06', provenance: 'imported' },
    ]);

    const bad = writeCsv('bad.csv', [header, '1,任务,明年,市规划局,,1', '2,任务,2016-12,,,1']);
    const refused = await importCommand(bad, '--kind', 'items');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('第 2 行 / row 2: 完成时限 "明年" 无法识别 / deadline "明年" not understood');
    expect(refused.stderr).toContain('第 3 行 / row 3: 缺少牵头单位 / missing lead unit');
    expect(readFileSync(`${dbFile}.plan.json`, 'utf8')).toBe(saved);

    const bot = await openStore({ file: dbFile, seed: () => createSeedDb() });
    try {
      const locked = await importCommand(good);
      expect(locked.code).toBe(2);
      expect(locked.stderr).toContain('STORE_LOCKED');
    } finally {
      await bot.close();
    }
    expect(readFileSync(`${dbFile}.plan.json`, 'utf8')).toBe(saved);
  });
});
