// Backups: a snapshot restores the data and logs it was taken of; a damaged snapshot is
// refused before anything is replaced; a running bot (the lock) blocks a restore; old
// snapshots are pruned.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSnapshot, listSnapshots, restoreSnapshot } from '../../src/store/backup.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { createSeedDb } from '../../src/store/seed.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const open = (file: string) => openLowdbStore({ file, seed: () => createSeedDb() });

describe('backups', () => {
  it('restores a snapshot of the document and its logs, saving what it replaces', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    let store = await open(file);
    await store.append('reports', [{ id: 'r1', at: '2016-09-01T00:00:00Z', item: 92 }]);
    await store.update((d) => void (d.prefs['test:a'] = { lang: 'en' }));
    await store.close();
    const snap = await createSnapshot(file, 'daily');
    store = await open(file);
    await store.append('reports', [{ id: 'r2', at: '2016-09-02T00:00:00Z', item: 92 }]);
    await store.append('votes', [{ id: 'v1', at: '2016-09-02T00:00:00Z' }]);
    await store.update((d) => void delete d.prefs['test:a']);
    await store.close();

    const { saved } = await restoreSnapshot(file, snap);
    store = await open(file);
    expect(store.records('reports').map((r) => r.id)).toEqual(['r1']);
    expect(store.records('votes')).toEqual([]);
    expect(store.data.prefs['test:a']).toEqual({ lang: 'en' });
    await store.close();
    expect(existsSync(join(saved, 'db.json.votes.jsonl'))).toBe(true);
  });

  it('refuses a damaged snapshot and leaves the current data untouched', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    const store = await open(file);
    await store.close();
    const snap = await createSnapshot(file, 'daily');
    writeFileSync(join(snap, 'db.json'), '{"schemaVersion": 1, "plan": ');
    const before = readFileSync(file);
    await expect(restoreSnapshot(file, snap)).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(file).equals(before)).toBe(true);
    writeFileSync(join(snap, 'db.json'), JSON.stringify({ schemaVersion: 1 }));
    await expect(restoreSnapshot(file, snap)).rejects.toThrow(/does not match the schema/);
    await expect(restoreSnapshot(file, join(dir, 'nope'))).rejects.toThrow(/no such snapshot/);
  });

  it('is refused while the bot holds the database, and prunes to the last N', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-bak-'));
    const file = join(dir, 'db.json');
    const store = await open(file);
    const snap = await createSnapshot(file, 'daily');
    await expect(restoreSnapshot(file, snap)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    for (let i = 0; i < 4; i++) await createSnapshot(file, 'daily', { keep: 3 });
    expect(await listSnapshots(file)).toHaveLength(3);
    await store.close();
  });
});
