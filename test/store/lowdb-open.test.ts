// Opening the lowdb store: created from the seed as two documents (static and hot), reopened
// without the seed, damaged or foreign files refused and left byte for byte, migrations with
// a backup, a main file deleted while the rest of the store is there refused, and the real
// migration of a first-version database (one pretty-printed file) to the current layout.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT, openStore } from '../../src/db.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { createSeedDb } from '../../src/seed.ts';
import { migrate } from '../../src/store/migrations.ts';
import { StoreError } from '../../src/store/types.ts';
import { bigDoc, NOTES, note, type OpenTest, openTestStore, smallDoc, TEST_DOCUMENT } from './doc.ts';
import { tempDir, testLogger } from './helpers.ts';

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
});
afterEach(() => cleanup());

async function openError(opts: OpenTest): Promise<StoreError> {
  const error = await openTestStore(opts).then(
    async (s) => {
      await s.close();
      throw new Error('expected the open to fail');
    },
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** Writes `text` as the main file and checks that a failed open leaves it byte for byte. */
async function expectRefused(text: string, code: StoreError['code'], plan?: string) {
  writeFileSync(file, text);
  if (plan !== undefined) writeFileSync(`${file}.plan.json`, plan);
  const error = await openError({ file });
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  expect(readFileSync(file, 'utf8')).toBe(text);
  expect(existsSync(`${file}.lock.1`) || existsSync(`${file}.lock.2`)).toBe(false); // released on failure
  return error;
}

const mainOf = (doc: ReturnType<typeof smallDoc>, seq = 0) => {
  const { plan, ...hot } = doc;
  return JSON.stringify({ ...hot, journalSeq: seq });
};
const planOf = (doc: ReturnType<typeof smallDoc>, seq = 0) =>
  JSON.stringify({ schemaVersion: doc.schemaVersion, journalSeq: seq, plan: doc.plan });

describe('openLowdbStore: start', () => {
  it('creates the store from the seed: the static part in the plan file, the rest compact in the main file', async () => {
    const nested = path.join(dir, 'nested', 'db.json');
    const logger = testLogger();
    const store = await openTestStore({ file: nested, seed: () => bigDoc(), logger });
    const main = JSON.parse(readFileSync(nested, 'utf8')) as Record<string, unknown>;
    expect(main).toEqual({ schemaVersion: 2, createdAt: '2016-02-22T00:00:00.000Z', prefs: {}, counter: 0, journalSeq: 0 });
    expect(JSON.parse(readFileSync(`${nested}.plan.json`, 'utf8'))).toMatchObject({ schemaVersion: 2, plan: { items: { length: 1000 } } });
    expect(store.data.plan.items).toHaveLength(1000);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'info', msg: 'store: created from seed' }));
    expect(JSON.stringify(logger.entries)).not.toContain('示例'); // never data contents
    await store.close();
  });

  it('refuses an invalid seed and writes nothing', async () => {
    const error = await openError({ file, seed: () => ({ ...smallDoc(), createdAt: 5 }) as never });
    expect(error.code).toBe('STORE_INVALID');
    expect(error.message).toContain('createdAt');
    expect(existsSync(file)).toBe(false);
  });

  it('survives a reopen: data and logs, without calling the seed', async () => {
    const first = await openTestStore({ file });
    await first.update((d) => void (d.prefs['telegram:1'] = { lang: 'en' }));
    await first.append(NOTES, [note('r1', { text: 'x' })]);
    await first.close();
    expect(existsSync(`${file}.lock.1`)).toBe(false);

    const seedCalls: number[] = [];
    const second = await openTestStore({ file, seed: () => (seedCalls.push(1), smallDoc()) });
    expect(seedCalls).toEqual([]);
    expect(second.data.prefs['telegram:1']).toEqual({ lang: 'en' });
    expect(second.records(NOTES)).toEqual([note('r1', { text: 'x' })]);
    await second.close();
  });

  it('removes temp files left by a write that was killed, and nothing else', async () => {
    writeFileSync(file, mainOf(smallDoc()));
    writeFileSync(`${file}.plan.json`, planOf(smallDoc()));
    writeFileSync(`${file}.4242-7.tmp`, '{"half":');
    writeFileSync(`${file}.plan.json.4242-8.tmp`, '{"half":');
    writeFileSync(path.join(dir, 'notes.tmp'), 'keep');
    const store = await openTestStore({ file });
    expect(existsSync(`${file}.4242-7.tmp`)).toBe(false);
    expect(existsSync(`${file}.plan.json.4242-8.tmp`)).toBe(false);
    expect(existsSync(path.join(dir, 'notes.tmp'))).toBe(true);
    await store.close();
  });

  it('refuses a corrupt file: STORE_CORRUPT with the file and the position, bytes unchanged', async () => {
    const error = await expectRefused('{\n  "schemaVersion": 2,\n  "createdAt": "secret-value",\n  "prefs": }\n', 'STORE_CORRUPT');
    expect(error.message).toMatch(/line 4, column 12/);
    expect(error.message).not.toContain('secret-value');
  });

  it('refuses a file that does not match the schema, naming the bad field', async () => {
    const doc = bigDoc();
    doc.plan.items[3]!.deadline = '2016-13';
    const error = await expectRefused(mainOf(doc), 'STORE_INVALID', planOf(doc));
    expect(error.message).toContain('plan.items[3].deadline');
  });

  it('refuses a file written by a newer version', async () => {
    const error = await expectRefused(JSON.stringify({ ...smallDoc(), schemaVersion: 3 }), 'STORE_VERSION');
    expect(error.message).toMatch(/schema version 3/);
  });

  it('refuses an older version it has no migration for', async () => {
    const error = await expectRefused(JSON.stringify({ ...smallDoc(), schemaVersion: 0 }), 'STORE_VERSION');
    expect(error.message).toMatch(/no migration from schema version 0 to 1/);
  });

  it('refuses a main file without its plan file', async () => {
    const error = await expectRefused(mainOf(smallDoc()), 'STORE_MISSING');
    expect(error.message).toContain('plan.json');
  });

  it('refuses to start over from the seed when the main file is gone but the rest of the store is there', async () => {
    const store = await openTestStore({ file });
    await store.append(NOTES, [note('kept')]);
    await store.update((d) => void (d.counter = 3));
    await store.close();
    rmSync(file);
    const error = await openError({ file });
    expect(error.code).toBe('STORE_MISSING');
    expect(error.message).toMatch(/notes/);
    expect(existsSync(file)).toBe(false); // nothing re-created
    expect(readFileSync(`${file}.notes.jsonl`, 'utf8')).toContain('kept');
  });

  it('starts over when only the plan file of an interrupted first start is there', async () => {
    writeFileSync(`${file}.plan.json`, planOf(smallDoc()));
    const store = await openTestStore({ file, seed: () => bigDoc() });
    expect(store.data.plan.items).toHaveLength(1000);
    await store.close();
  });
});

describe('migrations', () => {
  it('chains steps from the document’s version up to the target', () => {
    const table = {
      1: (doc: Record<string, unknown>) => ({ ...doc, a: 1 }),
      2: (doc: Record<string, unknown>) => ({ ...doc, b: (doc.a as number) + 1 }),
    };
    expect(migrate({ schemaVersion: 1 }, table, { target: 3 })).toEqual({ doc: { schemaVersion: 3, a: 1, b: 2 }, from: 1 });
    expect(migrate({ schemaVersion: 2, a: 5 }, table, { target: 3 })).toEqual({ doc: { schemaVersion: 3, a: 5, b: 6 }, from: 2 });
  });

  it('moves a first-version database (everything in one pretty-printed file) to the new layout without loss', async () => {
    const seed = createSeedDb(new Date('2016-09-01T00:00:00Z'));
    const { deliveries, ...v1 } = { ...seed, schemaVersion: 1 };
    v1.prefs = { 'telegram:7': { lang: 'en' } };
    v1.accounts = [{ platform: 'telegram', accountId: '7', personId: 'zhao-min', boundAt: '2016-09-01T00:00:00.000Z' }];
    const old = JSON.stringify(v1, null, 2);
    writeFileSync(file, old);
    const report = {
      id: 'r1',
      at: '2016-09-01T02:00:00.000Z',
      item: 92,
      status: 'on-track',
      progress: 40,
      by: 'zhao-min',
      platform: 'telegram',
    };
    writeFileSync(`${file}.reports.jsonl`, `${JSON.stringify(report)}\n`);
    const logger = testLogger();

    const store = await openStore({ file, seed: () => seed, logger });
    expect(store.data.schemaVersion).toBe(3);
    expect(store.data.plan).toEqual(seed.plan);
    expect(store.data.people).toEqual(seed.people);
    expect(store.data.experts).toEqual(seed.experts);
    expect(store.data.prefs).toEqual({ 'telegram:7': { lang: 'en' } });
    expect(store.data.accounts).toHaveLength(1);
    expect(store.data.deliveries).toEqual({});
    expect(deliveries).toEqual({});
    expect(store.index(REPORTS_LOG).byKey.get('item:92')?.latest).toMatchObject({ id: 'r1', provenance: 'reported' });
    expect(readFileSync(`${file}.v1.bak`, 'utf8')).toBe(old);
    const main = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(main.schemaVersion).toBe(3);
    expect(main.plan).toBeUndefined();
    expect(JSON.parse(readFileSync(`${file}.plan.json`, 'utf8'))).toMatchObject({ schemaVersion: 3, plan: seed.plan });
    expect(readFileSync(file, 'utf8').length).toBeLessThan(old.length / 5);
    await store.close();

    const again = await openStore({ file, seed: () => seed });
    expect(again.data.prefs).toEqual({ 'telegram:7': { lang: 'en' } });
    await again.close();
  });

  it('uses the document’s real table: a store of this version needs no migration', () => {
    expect(DOCUMENT.version).toBe(3);
    expect(TEST_DOCUMENT.version).toBe(2);
  });
});
