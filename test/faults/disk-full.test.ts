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
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { createSeedDb } from '../../src/store/seed.ts';
import { FakeChat, PLAN_YEAR_NOW } from '../helpers/fake-chat.ts';

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
          ...handle,
          write: (...a) => (full ? Promise.reject(enospc()) : handle.write(...a)),
          sync: () => handle.sync(),
          truncate: (l) => handle.truncate(l),
          close: () => handle.close(),
        };
      },
    };
    const clock = fixedClock(PLAN_YEAR_NOW);
    const store = await openLowdbStore({ file, seed: () => createSeedDb(clock.now()), fs });
    const core = await createDuban({ store, clock });
    const chat = new FakeChat(core, 'zhao-min');
    await chat.say('汇报 92 60% 正常 初稿完成');
    const before = readFileSync(file);
    full = true;
    expect(await chat.say('确认')).toContain('保存失败（STORE_WRITE_FAILED）');
    expect(store.records('reports')).toHaveLength(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await new FakeChat(core, 'liang-shuhua').say('事项 92')).toContain('尚无汇报'); // lookups still answer
    full = false;
    expect(await chat.say('确认')).toContain('已保存：第 92 项，进度 60%');
    await store.close();
    const reopened = await openLowdbStore({ file, seed: () => createSeedDb() });
    expect(reopened.records('reports')).toHaveLength(1);
    await reopened.close();
  });
});
