// Backups: a snapshot (taken through the running store) restores the data, the plan, the
// journal and logs it was taken of; a damaged snapshot is refused before anything is
// replaced; a running bot (the lock) blocks a restore; old snapshots are pruned.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { DOCUMENT, openStore, type Store } from '../../src/db.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { listSnapshots, restoreSnapshot, snapshotStore } from '../../src/store/backup.ts';
import { allReports } from '../helpers/logs.ts';
import { createSeedDb } from '../../src/seed.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const open = (file: string) => openStore({ file, seed: () => createSeedDb() });
const report = (id: string, at: string) => ({ id, at, item: 92, by: 'zhao-min', platform: 'test' });
const vote = { id: 'v1', at: '2016-09-02T00:00:00Z', meeting: 'm1', person: 'sarah-mitchell', slot: '1', answer: 'yes' as const };
const snap = (store: Store, file: string, keep?: number) => snapshotStore(store, file, 'daily', keep ? { keep } : {});

describe('backups', () => {
  it('restores a snapshot of the document and its logs, saving what it replaces', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    let store = await open(file);
    await store.append(REPORTS_LOG, [report('r1', '2016-09-01T00:00:00Z')]);
    await store.update((d) => void (d.prefs['test:a'] = { lang: 'en' }));
    await store.update((d) => void (d.plan.items[0]!.title = '快照时的标题'));
    const taken = await snap(store, file); // while the store is open, as the daily snapshot is
    expect(existsSync(join(taken, 'db.json.plan.json'))).toBe(true);
    await store.append(REPORTS_LOG, [report('r2', '2016-09-02T00:00:00Z')]);
    await store.append(VOTES_LOG, [vote]);
    await store.update((d) => void delete d.prefs['test:a']);
    await store.update((d) => void (d.plan.items[0]!.title = '之后的标题'));
    await store.close();

    const { saved } = await restoreSnapshot(file, taken, DOCUMENT);
    store = await open(file);
    expect((await allReports(store)).map((r) => r.id)).toEqual(['r1']);
    expect(store.index(REPORTS_LOG).byKey.get('item:92')!.refs).toHaveLength(1); // the saved index of the replaced log was dropped
    expect(store.records(VOTES_LOG)).toEqual([]);
    expect(store.data.prefs['test:a']).toEqual({ lang: 'en' });
    expect(store.data.plan.items[0]!.title).toBe('快照时的标题');
    await store.close();
    expect(existsSync(join(saved, 'db.json.votes.jsonl'))).toBe(true);
  });

  it('refuses a damaged snapshot and leaves the current data untouched', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    const store = await open(file);
    const taken = await snap(store, file);
    await store.close();
    writeFileSync(join(taken, 'db.json'), '{"schemaVersion": 2, "plan": ');
    const before = readFileSync(file);
    await expect(restoreSnapshot(file, taken, DOCUMENT)).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(file).equals(before)).toBe(true);
    writeFileSync(join(taken, 'db.json'), JSON.stringify({ schemaVersion: 1 }));
    await expect(restoreSnapshot(file, taken, DOCUMENT)).rejects.toThrow(/does not match the schema/);
    rmSync(join(taken, 'db.json.plan.json'));
    writeFileSync(join(taken, 'db.json'), JSON.stringify({ schemaVersion: 2 }));
    await expect(restoreSnapshot(file, taken, DOCUMENT)).rejects.toMatchObject({ code: 'STORE_MISSING' });
    await expect(restoreSnapshot(file, join(dir, 'nope'), DOCUMENT)).rejects.toThrow(/no such snapshot/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is refused while the bot holds the database, and prunes to the last N', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    const store = await open(file);
    const taken = await snap(store, file);
    await expect(restoreSnapshot(file, taken, DOCUMENT)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    for (let i = 0; i < 4; i++) await snap(store, file, 3);
    expect(await listSnapshots(file)).toHaveLength(3);
    await store.close();
  });

  it('copies the files Duban keeps with the store, and puts them back on restore', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    const files = join(dir, 'files');
    const { DiskFileStore } = await import('../../src/files/disk.ts');
    const kept = new DiskFileStore(files);
    const evidence = await kept.put(Buffer.from('%PDF-1.4 charter'), {
      name: '章程.pdf',
      mime: 'application/pdf',
      by: 'zhao-min',
      at: '2016-09-01T00:00:00.000Z',
      purpose: { kind: 'evidence', item: 92 },
    });
    const store = await open(file);
    const taken = await snapshotStore(store, file, 'daily', { files });
    await store.close();
    rmSync(files, { recursive: true, force: true }); // lost with the disk
    expect(await kept.read(evidence.id)).toBeUndefined();
    await restoreSnapshot(file, taken, DOCUMENT, { files });
    expect(Buffer.from((await kept.read(evidence.id))!.data).toString()).toBe('%PDF-1.4 charter');
  });
});
