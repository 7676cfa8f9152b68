// A full disk: every write fails with ENOSPC. The person is told nothing was saved, the
// data on disk and in memory stay as they were, lookups keep working, and once the disk
// has room the same confirmation saves the report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDuban } from '../../src/app.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { nodeFileOps, type FileOps } from '../../src/store/file-ops.ts';
import { FakeChat, PLAN_YEAR_NOW } from '../helpers/fake-chat.ts';
import { openStore } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';
import { allReports } from '../helpers/logs.ts';
import { diskError, TestFileOps } from '../store/helpers.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('full disk', () => {
  it('says nothing was saved, keeps the data, keeps answering, and saves once there is room', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-full-'));
    const file = join(dir, 'db.json');
    let full = false;
    const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const fs: FileOps = {
      ...nodeFileOps,
      open: async (p, flags, mode) => {
        const handle = await nodeFileOps.open(p, flags, mode);
        return {
          read: (...a) => handle.read(...a),
          write: (...a) => (full ? Promise.reject(enospc()) : handle.write(...a)),
          sync: () => handle.sync(),
          truncate: (l) => handle.truncate(l),
          close: () => handle.close(),
        };
      },
    };
    const clock = fixedClock(PLAN_YEAR_NOW);
    const store = await openStore({ file, seed: () => createSeedDb(clock.now()), fs });
    const core = await createDuban({ store, clock });
    const chat = new FakeChat(core, 'zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    const before = readFileSync(file);
    full = true;
    expect(await chat.say('确认')).toContain('保存失败（STORE_WRITE_FAILED）');
    expect(await allReports(store)).toHaveLength(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await new FakeChat(core, 'liang-shuhua').say('事项 92')).toContain('尚无汇报'); // lookups still answer
    full = false;
    expect(await chat.say('确认')).toContain('已保存：第 92 项，进度 60%');
    await store.close();
    const reopened = await openStore({ file, seed: () => createSeedDb() });
    expect(await allReports(reopened)).toHaveLength(1);
    await reopened.close();
  });

  it('says "saved" when the report was saved though closing the conversation failed, and never saves it twice', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-full-'));
    const file = join(dir, 'db.json');
    const fs = new TestFileOps();
    const clock = fixedClock(PLAN_YEAR_NOW);
    const store = await openStore({ file, seed: () => createSeedDb(clock.now()), fs });
    const core = await createDuban({ store, clock });
    const chat = new FakeChat(core, 'zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    fs.failOnly = '.journal'; // the report's own line can be written; the change that closes the conversation cannot
    fs.failWrites = diskError('ENOSPC');
    expect(await chat.say('确认')).toContain('已保存：第 92 项，进度 60%');
    // The conversation is still open at its confirmation; confirming again changes nothing.
    for (let i = 0; i < 3; i++) expect(await chat.say('确认')).toContain('已保存：第 92 项');
    expect(await allReports(store)).toHaveLength(1);
    fs.failWrites = undefined;
    expect(await chat.say('确认')).toContain('已保存：第 92 项');
    expect(store.data.conversations['test:zhao-min']).toBeUndefined();
    expect(await allReports(store)).toHaveLength(1);
    await store.close();
  });
});
