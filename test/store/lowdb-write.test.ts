import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { emptyDb, realisticDb } from '../../src/store/sample-db.ts';
import { StoreError, type Store } from '../../src/store/types.ts';
import { diskError, tempDir, testLogger, TestFileOps } from './helpers.ts';

let dir: string;
let cleanup: () => void;
let file: string;
const open: Store[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)));
  cleanup();
});

async function openStore(fs = new TestFileOps(), logger = testLogger()) {
  const store = await openLowdbStore({ file, seed: () => realisticDb(), fs, logger });
  open.push(store);
  return { store, fs, logger };
}

const rec = (id: string) => ({ id, at: '2016-10-01T00:00:00.000Z' });

describe('lowdb store: writes', () => {
  it('group-commits 200 concurrent updates into a handful of writes', async () => {
    const { store, fs } = await openStore();
    fs.renames = 0;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.update((d) => ((d.prefs[`test:${i}`] = { lang: 'en' }), i))),
    );
    expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(fs.renames).toBeGreaterThanOrEqual(1);
    expect(fs.renames).toBeLessThanOrEqual(5);
    await store.close();

    const again = await openStore();
    expect(Object.keys(again.store.data.prefs).filter((k) => k.startsWith('test:'))).toHaveLength(200);
  });

  it('batches changes that arrive while a write is in flight into the next write', async () => {
    const { store, fs } = await openStore();
    fs.renames = 0;
    const all: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      all.push(store.update((d) => void (d.prefs[`test:${i}`] = {})));
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve)); // let writes start
    }
    await Promise.all(all);
    expect(fs.renames).toBeLessThan(40);
    expect(Object.keys(store.data.prefs).filter((k) => k.startsWith('test:'))).toHaveLength(200);
  });

  it('group-commits concurrent appends to a log too', async () => {
    const { store, fs } = await openStore();
    fs.fileSyncs = 0;
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.append('reports', [rec(`r${i}`)])));
    expect(fs.fileSyncs).toBeLessThanOrEqual(5);
    expect(store.records('reports')).toHaveLength(200);
  });

  it('appending to a long log writes only the new lines, never the earlier ones or the document', async () => {
    const { store, fs } = await openStore();
    await store.append(
      'reports',
      Array.from({ length: 10_000 }, (_, i) => rec(`r${i}`)),
    );
    fs.bytesWritten = 0;
    fs.renames = 0;
    await store.append('reports', [rec('new')]);
    expect(fs.bytesWritten).toBe(JSON.stringify(rec('new')).length + 1);
    expect(fs.renames).toBe(0);
  });

  it('a failed write rejects with STORE_WRITE_FAILED and undoes the whole batch; the next write works', async () => {
    const { store, fs, logger } = await openStore();
    await store.update((d) => void (d.prefs['test:before'] = {}));
    const dataBefore = store.data;
    const bytesBefore = readFileSync(file, 'utf8');

    fs.failWrites = diskError('ENOSPC');
    const failed = await Promise.allSettled([
      store.update((d) => void (d.prefs['test:lost1'] = {})),
      store.update((d) => void (d.prefs['test:lost2'] = {})),
    ]);
    for (const result of failed) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as StoreError;
      expect(error).toBeInstanceOf(StoreError);
      expect(error.code).toBe('STORE_WRITE_FAILED');
      expect(error.message).toContain('ENOSPC');
    }
    expect(store.data).toBe(dataBefore);
    expect(readFileSync(file, 'utf8')).toBe(bytesBefore);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ code: 'ENOSPC' }) }));

    fs.failWrites = undefined;
    await store.update((d) => void (d.prefs['test:after'] = {}));
    await store.close();
    const again = await openStore();
    expect(
      Object.keys(again.store.data.prefs)
        .filter((k) => k.startsWith('test:'))
        .sort(),
    ).toEqual(['test:after', 'test:before']);
  });

  it('a failed rename leaves the file and the data as they were', async () => {
    const { store, fs } = await openStore();
    const bytesBefore = readFileSync(file, 'utf8');
    fs.failRenames = diskError('EROFS');
    await expect(store.update((d) => void (d.prefs['test:x'] = {}))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(store.data.prefs['test:x']).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(bytesBefore);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed append rejects, keeps the records as they were, and leaves no partial line behind', async () => {
    const { store, fs } = await openStore();
    await store.append('reports', [rec('r1')]);
    fs.failWrites = diskError('ENOSPC'); // writes half of the line, then fails
    await expect(store.append('reports', [rec('lost-'.repeat(40))])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(store.records('reports').map((r) => r.id)).toEqual(['r1']);

    fs.failWrites = undefined;
    await store.append('reports', [rec('r2')]);
    const lines = readFileSync(`${file}.reports.jsonl`, 'utf8').split('\n');
    expect(lines).toEqual([JSON.stringify(rec('r1')), JSON.stringify(rec('r2')), '']);
  });

  it('a throwing change is undone alone: the rest of its batch reaches the disk', async () => {
    const { store } = await openStore();
    const results = await Promise.allSettled([
      store.update((d) => void (d.prefs['test:a'] = {})),
      store.update((d) => {
        d.prefs['test:b'] = {};
        throw new Error('no');
      }),
      store.update((d) => void (d.prefs['test:c'] = {})),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { prefs: object };
    expect(
      Object.keys(onDisk.prefs)
        .filter((k) => k.startsWith('test:'))
        .sort(),
    ).toEqual(['test:a', 'test:c']);
  });

  it('close() waits for pending writes', async () => {
    const store = await openLowdbStore({ file, seed: () => emptyDb() });
    const pending = store.update((d) => void (d.prefs['test:late'] = {}));
    await store.close();
    await pending;
    expect(JSON.parse(readFileSync(file, 'utf8')).prefs).toHaveProperty('test:late');
  });
});
