import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { migrate } from '../../src/store/migrations.ts';
import { emptyDb, realisticDb } from '../../src/store/sample-db.ts';
import { StoreError } from '../../src/store/types.ts';
import { tempDir, testLogger } from './helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function openError(options: Parameters<typeof openLowdbStore>[0]): Promise<StoreError> {
  const error = await openLowdbStore(options).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** Writes `text` as the store file and checks that a failed open leaves it byte for byte. */
async function expectRefused(text: string, code: StoreError['code'], extra: Partial<Parameters<typeof openLowdbStore>[0]> = {}) {
  const file = path.join(dir, 'db.json');
  writeFileSync(file, text);
  const error = await openError({ file, seed: () => emptyDb(), ...extra });
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  expect(readFileSync(file, 'utf8')).toBe(text);
  expect(existsSync(`${file}.lock`)).toBe(false); // released on failure
  return error;
}

describe('openLowdbStore: start', () => {
  it('creates the file from the seed, durably, and logs it', async () => {
    const file = path.join(dir, 'nested', 'db.json');
    const logger = testLogger();
    const store = await openLowdbStore({ file, seed: () => realisticDb(), logger });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(realisticDb());
    expect(store.data.plan.items).toHaveLength(100);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'info', msg: 'store: created from seed' }));
    expect(JSON.stringify(logger.entries)).not.toContain('示例'); // never data contents
    await store.close();
  });

  it('refuses an invalid seed and writes nothing', async () => {
    const file = path.join(dir, 'db.json');
    const error = await openError({ file, seed: () => ({ ...emptyDb(), createdAt: 5 }) as never });
    expect(error.code).toBe('STORE_INVALID');
    expect(error.message).toContain('createdAt');
    expect(existsSync(file)).toBe(false);
  });

  it('survives a reopen: data and logs', async () => {
    const file = path.join(dir, 'db.json');
    const first = await openLowdbStore({ file, seed: () => emptyDb() });
    await first.update((d) => void (d.prefs['telegram:1'] = { lang: 'en' }));
    await first.append('reports', [{ id: 'r1', at: '2016-10-01T00:00:00Z', item: 91 }]);
    await first.close();
    expect(existsSync(`${file}.lock`)).toBe(false);

    const seedCalls: number[] = [];
    const second = await openLowdbStore({ file, seed: () => (seedCalls.push(1), emptyDb()) });
    expect(seedCalls).toEqual([]);
    expect(second.data.prefs['telegram:1']).toEqual({ lang: 'en' });
    expect(second.records('reports')).toEqual([{ id: 'r1', at: '2016-10-01T00:00:00Z', item: 91 }]);
    await second.close();
  });

  it('removes temp files left by a write that was killed, and nothing else', async () => {
    const file = path.join(dir, 'db.json');
    writeFileSync(file, JSON.stringify(emptyDb()));
    writeFileSync(`${file}.4242-7.tmp`, '{"half":');
    writeFileSync(path.join(dir, 'notes.tmp'), 'keep');
    const store = await openLowdbStore({ file, seed: () => emptyDb() });
    expect(existsSync(`${file}.4242-7.tmp`)).toBe(false);
    expect(existsSync(path.join(dir, 'notes.tmp'))).toBe(true);
    await store.close();
  });

  it('refuses a corrupt file: STORE_CORRUPT with the file and the position, bytes unchanged', async () => {
    const error = await expectRefused('{\n  "schemaVersion": 1,\n  "createdAt": "secret-value",\n  "plan": }\n', 'STORE_CORRUPT');
    expect(error.message).toMatch(/line 4, column 11/);
    expect(error.message).not.toContain('secret-value');
  });

  it('refuses a file that does not match the schema, naming the bad field', async () => {
    const db = realisticDb();
    db.plan.items[3]!.deadline = '2016-13';
    const error = await expectRefused(JSON.stringify(db, null, 2), 'STORE_INVALID');
    expect(error.message).toContain('plan.items[3].deadline');
  });

  it('refuses a file written by a newer version', async () => {
    const error = await expectRefused(JSON.stringify({ ...emptyDb(), schemaVersion: 2 }), 'STORE_VERSION');
    expect(error.message).toMatch(/schema version 2/);
  });

  it('refuses an older version it has no migration for', async () => {
    const error = await expectRefused(JSON.stringify({ ...emptyDb(), schemaVersion: 0 }), 'STORE_VERSION');
    expect(error.message).toMatch(/no migration from schema version 0 to 1/);
  });

  it('runs migrations before validation, keeps a backup, and writes the result back', async () => {
    const { people, ...rest } = emptyDb();
    const old = JSON.stringify({
      ...rest,
      schemaVersion: 0,
      persons: [{ id: 'p1', name: '示例', roles: ['admin'], provenance: 'sample' }],
    });
    const file = path.join(dir, 'db.json');
    writeFileSync(file, old);
    const table = { 0: ({ persons, ...doc }: Record<string, unknown>) => ({ ...doc, people: persons }) };
    const store = await openLowdbStore({ file, seed: () => emptyDb(), migrations: table });
    expect(store.data.people.map((p) => p.id)).toEqual(['p1']);
    expect(store.data.schemaVersion).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, people: [{ id: 'p1' }] });
    expect(readFileSync(`${file}.v0.bak`, 'utf8')).toBe(old);
    expect(people).toEqual([]);
    await store.close();
  });

  it('leaves the file alone when a migration yields invalid data', async () => {
    const table = { 0: (doc: Record<string, unknown>) => ({ ...doc, people: 'nobody' }) };
    const error = await expectRefused(JSON.stringify({ ...emptyDb(), schemaVersion: 0 }), 'STORE_INVALID', { migrations: table });
    expect(error.message).toContain('people');
    expect(existsSync(path.join(dir, 'db.json.v0.bak'))).toBe(false);
  });
});

describe('migrate', () => {
  it('chains steps from the document’s version up to the target', () => {
    const table = {
      1: (doc: Record<string, unknown>) => ({ ...doc, a: 1 }),
      2: (doc: Record<string, unknown>) => ({ ...doc, b: (doc.a as number) + 1 }),
    };
    expect(migrate({ schemaVersion: 1 }, table, { target: 3 })).toEqual({ doc: { schemaVersion: 3, a: 1, b: 2 }, from: 1 });
    expect(migrate({ schemaVersion: 2, a: 5 }, table, { target: 3 })).toEqual({ doc: { schemaVersion: 3, a: 5, b: 6 }, from: 2 });
    expect(migrate({ schemaVersion: 3 }, table, { target: 3 })).toEqual({ doc: { schemaVersion: 3 } });
    expect(() => migrate({ schemaVersion: 0 }, table, { target: 3 })).toThrow(/no migration from schema version 0 to 1/);
  });
});
