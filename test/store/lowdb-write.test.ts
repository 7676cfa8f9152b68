// Writing through the lowdb store: each batch of changes is one journal line (group commit),
// the documents are rewritten only at checkpoints (the static part only when it changed), a
// failed write is undone in memory and on disk, and nothing acknowledged is lost on reopen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Store, StoreError } from '../../src/store/types.ts';
import { bigDoc, EVENTS, event, NOTES, note, openTestStore, type TestDoc } from './doc.ts';
import { diskError, TestFileOps, tempDir, testLogger } from './helpers.ts';

let dir: string;
let cleanup: () => void;
let file: string;
const open: Store<TestDoc>[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)));
  cleanup();
});

async function openStore(opts: { fs?: TestFileOps; checkpointBytes?: number } = {}) {
  const fs = opts.fs ?? new TestFileOps();
  const logger = testLogger();
  const store = await openTestStore({
    file,
    seed: () => bigDoc(),
    fs,
    logger,
    ...(opts.checkpointBytes ? { checkpointBytes: opts.checkpointBytes } : {}),
  });
  open.push(store);
  return { store, fs, logger };
}

const journal = () => `${file}.journal`;
const journalLines = () => readFileSync(journal(), 'utf8').split('\n').filter(Boolean);
const prefKeys = (store: Store<TestDoc>) =>
  Object.keys(store.data.prefs)
    .filter((k) => k.startsWith('test:'))
    .sort();

describe('lowdb store: writes', () => {
  it('commits a change as one short journal line: neither document is rewritten', async () => {
    const { store, fs } = await openStore();
    const mainBefore = readFileSync(file, 'utf8');
    const planBefore = readFileSync(`${file}.plan.json`, 'utf8');
    fs.bytesWritten = 0;
    fs.renames = 0;
    await store.update((d) => void (d.prefs['test:1'] = { lang: 'en' }));
    expect(fs.renames).toBe(0);
    expect(fs.bytesWritten).toBeLessThan(200); // the 1,000-item plan is not written
    expect(journalLines()).toHaveLength(1);
    expect(JSON.parse(journalLines()[0]!)).toMatchObject({ seq: 1, p: [{ op: 'add', path: ['prefs', 'test:1'], value: { lang: 'en' } }] });
    expect(readFileSync(file, 'utf8')).toBe(mainBefore);
    expect(readFileSync(`${file}.plan.json`, 'utf8')).toBe(planBefore);
  });

  it('group-commits 200 concurrent updates into a handful of journal lines, and reads them back', async () => {
    const { store, fs } = await openStore();
    fs.fileSyncs = 0;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.update((d) => ((d.prefs[`test:${i}`] = { lang: 'en' }), i))),
    );
    expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(fs.fileSyncs).toBeGreaterThanOrEqual(1);
    expect(fs.fileSyncs).toBeLessThanOrEqual(5);
    await store.close();
    const again = await openStore();
    expect(prefKeys(again.store)).toHaveLength(200);
  });

  it('replays the journal after a crash (no close, no checkpoint)', async () => {
    const { store } = await openStore();
    await store.update((d) => void (d.prefs['test:a'] = {}));
    await store.update((d) => void (d.plan.items[0]!.title = '改过的标题'));
    await store.update((d) => void (d.counter = 7));
    open.splice(0); // "killed": the lock is left behind and the documents were never rewritten
    const { releaseForTest } = await import('./lock-release.ts');
    await releaseForTest(file);
    const again = await openStore();
    expect(prefKeys(again.store)).toEqual(['test:a']);
    expect(again.store.data.plan.items[0]!.title).toBe('改过的标题');
    expect(again.store.data.counter).toBe(7);
  });

  it('checkpoints when the journal grows past its threshold: documents rewritten once, journal emptied', async () => {
    const { store, fs } = await openStore({ checkpointBytes: 2_000 });
    const planBefore = statSync(`${file}.plan.json`).mtimeMs;
    fs.renames = 0;
    for (let i = 0; i < 40; i++) await store.update((d) => void (d.prefs[`test:${i}`] = { lang: 'en' }));
    expect(fs.renames).toBeGreaterThanOrEqual(1); // the main file, at each checkpoint
    expect(fs.renames).toBeLessThan(10);
    expect(statSync(`${file}.plan.json`).mtimeMs).toBe(planBefore); // static part unchanged: not rewritten
    expect(statSync(journal()).size).toBeLessThan(2_000);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { prefs: object; plan?: unknown; journalSeq: number };
    expect(onDisk.plan).toBeUndefined(); // the main file never carries the plan
    expect(onDisk.journalSeq).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).not.toContain('\n  '); // compact JSON
    await store.close();
    const again = await openStore();
    expect(prefKeys(again.store)).toHaveLength(40);
  });

  it('rewrites the plan file only when the static part changed', async () => {
    const { store } = await openStore({ checkpointBytes: 1 });
    await store.update((d) => void (d.plan.items[1]!.title = '新标题'));
    await store.close(); // the checkpoint runs after the write is acknowledged; close waits for it
    expect((JSON.parse(readFileSync(`${file}.plan.json`, 'utf8')) as TestDoc).plan.items[1]!.title).toBe('新标题');
    expect(readFileSync(file, 'utf8')).not.toContain('新标题');
  });

  it('a failed write rejects with STORE_WRITE_FAILED and undoes the whole batch in memory and on disk', async () => {
    const { store, fs, logger } = await openStore();
    await store.update((d) => void (d.prefs['test:before'] = {}));
    const dataBefore = store.data;
    const journalBefore = readFileSync(journal(), 'utf8');

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
    expect(readFileSync(journal(), 'utf8')).toBe(journalBefore); // the half-written line was cut off at once
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ code: 'ENOSPC' }) }));

    fs.failWrites = undefined;
    await store.update((d) => void (d.prefs['test:after'] = {}));
    await store.close();
    const again = await openStore();
    expect(prefKeys(again.store)).toEqual(['test:after', 'test:before']);
  });

  it('a line that reached the disk but whose fsync failed is cut off: told "not saved", it never comes back', async () => {
    const { store, fs } = await openStore();
    fs.failSyncs = diskError('EIO');
    await expect(store.update((d) => void (d.prefs['test:ghost'] = {}))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    await expect(store.append(NOTES, [note('ghost')])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    fs.failSyncs = undefined;
    open.splice(0);
    const { releaseForTest } = await import('./lock-release.ts');
    await releaseForTest(file);
    const again = await openStore();
    expect(again.store.data.prefs['test:ghost']).toBeUndefined();
    expect(again.store.records(NOTES)).toEqual([]);
  });

  it('a failed checkpoint loses nothing and is not reported as a failed write', async () => {
    const { store, fs, logger } = await openStore({ checkpointBytes: 1 });
    fs.failRenames = diskError('ENOSPC'); // the documents cannot be rewritten; the journal can still grow
    await expect(store.update((d) => void (d.prefs['test:kept'] = {}))).resolves.toBeUndefined();
    await store.close(); // its checkpoint fails too: logged, the journal kept
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ code: 'ENOSPC' }) }));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    fs.failRenames = undefined;
    const again = await openStore();
    expect(prefKeys(again.store)).toEqual(['test:kept']);
  });

  it('group-commits concurrent appends to a log too, and writes only the new lines', async () => {
    const { store, fs } = await openStore();
    fs.fileSyncs = 0;
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.append(NOTES, [note(`r${i}`)])));
    expect(fs.fileSyncs).toBeLessThanOrEqual(5);
    expect(store.records(NOTES)).toHaveLength(200);
    fs.bytesWritten = 0;
    fs.renames = 0;
    await store.append(NOTES, [note('new')]);
    expect(fs.bytesWritten).toBe(JSON.stringify(note('new')).length + 1);
    expect(fs.renames).toBe(0);
  });

  it('a failed append rejects, keeps the records as they were, and leaves no partial line behind', async () => {
    const { store, fs } = await openStore();
    await store.append(NOTES, [note('r1')]);
    fs.failWrites = diskError('ENOSPC'); // writes half of the line, then fails
    await expect(store.append(NOTES, [note('lost-'.repeat(40))])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(store.records(NOTES).map((r) => r.id)).toEqual(['r1']);
    expect(readFileSync(`${file}.notes.jsonl`, 'utf8')).toBe(`${JSON.stringify(note('r1'))}\n`);
    fs.failWrites = undefined;
    await store.append(NOTES, [note('r2')]);
    expect(readFileSync(`${file}.notes.jsonl`, 'utf8').split('\n')).toEqual([JSON.stringify(note('r1')), JSON.stringify(note('r2')), '']);
  });

  it('a batch whose disk fills half way: what was refused never reappears, what was acknowledged stays', async () => {
    const { store, fs } = await openStore();
    const told = new Map<string, boolean>();
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      if (i === 20) fs.failWrites = diskError('ENOSPC');
      const id = `n${i}`;
      writes.push(
        store.append(NOTES, [note(id)]).then(
          () => told.set(id, true),
          () => told.set(id, false),
        ),
      );
      if (i % 5 === 4) await Promise.all(writes.splice(0));
    }
    await Promise.all(writes);
    fs.failWrites = undefined;
    open.splice(0);
    const { releaseForTest } = await import('./lock-release.ts');
    await releaseForTest(file);
    const again = await openStore();
    const kept = new Set(again.store.records(NOTES).map((r) => r.id));
    for (const [id, saved] of told) expect(kept.has(id), id).toBe(saved);
    expect([...told.values()].filter(Boolean)).toHaveLength(20);
  });

  it('keeps a big log’s index in memory, saves it at close, and reads only the new lines at the next start', async () => {
    const { store } = await openStore();
    await store.append(
      EVENTS,
      Array.from({ length: 1000 }, (_, i) => event(`e${i}`, `k${i % 10}`, i)),
    );
    await store.close();
    const index = JSON.parse(readFileSync(`${file}.events.index.json`, 'utf8')) as { size: number };
    expect(index.size).toBe(statSync(`${file}.events.jsonl`).size);

    const again = await openStore();
    expect(again.store.index(EVENTS).byKey.get('k3')).toHaveLength(100);
    expect((await again.store.read(EVENTS, again.store.index(EVENTS).byKey.get('k3')!.slice(-1)))[0]).toMatchObject({ id: 'e993', n: 993 });
    await again.store.append(EVENTS, [event('e0', 'k0')]); // a retried append: kept once
    await again.store.append(EVENTS, [event('late', 'k3')]);
    expect(again.store.index(EVENTS).byKey.get('k3')).toHaveLength(101);
    expect(again.store.index(EVENTS).byKey.get('k0')).toHaveLength(100);
  });

  it('rebuilds a saved index that no longer fits its log', async () => {
    const { store } = await openStore();
    await store.append(EVENTS, [event('a', 'x'), event('b', 'y')]);
    await store.close();
    // Another log under the same name (a restore, a hand edit): the saved index must not be trusted.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${file}.events.jsonl`, `${JSON.stringify(event('c', 'z'))}\n`);
    const again = await openStore();
    expect([...again.store.index(EVENTS).byKey.keys()]).toEqual(['z']);
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
    await store.close();
    const again = await openStore();
    expect(prefKeys(again.store)).toEqual(['test:a', 'test:c']);
  });

  it('close() waits for pending writes and leaves an empty journal', async () => {
    const { store } = await openStore();
    const pending = store.update((d) => void (d.prefs['test:late'] = {}));
    await store.close();
    await pending;
    expect(statSync(journal()).size).toBe(0);
    const again = await openStore();
    expect(prefKeys(again.store)).toEqual(['test:late']);
  });
});
