// The store's engine through its in-memory twin: order, group commit, undo, validation of the
// document and of log records, duplicates, big logs read back through their index.
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/types.ts';
import { bigDoc, EVENTS, event, memoryTestStore, NOTES, note, smallDoc, type TestDoc } from './doc.ts';

describe('MemoryStore', () => {
  it('applies a change, resolves with its result, and freezes what it holds', async () => {
    const store = memoryTestStore();
    const result = await store.update((d) => {
      d.prefs['test:1'] = { lang: 'en' };
      return 'done';
    });
    expect(result).toBe('done');
    expect(store.data.prefs['test:1']).toEqual({ lang: 'en' });
    expect(Object.isFrozen(store.data.prefs)).toBe(true);
  });

  it('hands out read-only data: mutating it outside update() throws', () => {
    const store = memoryTestStore(bigDoc());
    expect(() => {
      (store.data as TestDoc).plan.items[0]!.title = 'changed';
    }).toThrow(TypeError);
    expect(store.data.plan.items[0]!.title).not.toBe('changed');
  });

  it('runs changes in call order', async () => {
    const store = memoryTestStore();
    const seen: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        store.update((d) => {
          seen.push(Object.keys(d.prefs).length);
          d.prefs[`test:${n}`] = {};
        }),
      ),
    );
    expect(seen).toEqual([0, 1, 2]);
  });

  it('undoes a throwing change alone and passes its error on; the others of its batch commit', async () => {
    const store = memoryTestStore();
    const boom = new Error('boom');
    const results = await Promise.allSettled([
      store.update((d) => void (d.prefs['test:a'] = {})),
      store.update((d) => {
        d.prefs['test:b'] = {}; // mutated before throwing: must be undone
        throw boom;
      }),
      store.update((d) => void (d.prefs['test:c'] = {})),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBe(boom);
    expect(Object.keys(store.data.prefs).sort()).toEqual(['test:a', 'test:c']);
  });

  it('rejects a change that would break the schema with STORE_INVALID naming the field', async () => {
    const store = memoryTestStore(bigDoc());
    const [bad, good] = await Promise.allSettled([
      store.update((d) => void (d.plan.items[3]!.deadline = '2016-13')),
      store.update((d) => void (d.plan.items[4]!.deadline = '2016-11')),
    ]);
    expect(bad.status).toBe('rejected');
    const error = (bad as PromiseRejectedResult).reason as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('STORE_INVALID');
    expect(error.message).toContain('plan.items[3].deadline');
    expect(good.status).toBe('fulfilled');
    expect(store.data.plan.items[3]!.deadline).not.toBe('2016-13');
    expect(store.data.plan.items[4]!.deadline).toBe('2016-11');
  });

  it('checks a map-like part in the entries a change made, added or replaced, and lets it delete entries', async () => {
    const store = memoryTestStore();
    for (let i = 0; i < 50; i++) await store.update((d) => void (d.prefs[`test:${i}`] = { lang: 'en' }));
    const added = store.update((d) => void (d.prefs['test:new'] = { lang: 'fr' as never }));
    await expect(added).rejects.toMatchObject({ code: 'STORE_INVALID', message: expect.stringContaining('prefs.test:new.lang') });
    const replaced = store.update((d) => void (d.prefs['test:7'] = { lang: 'xx' as never }));
    await expect(replaced).rejects.toMatchObject({ code: 'STORE_INVALID', message: expect.stringContaining('prefs.test:7.lang') });
    const changedInside = store.update((d) => void (d.prefs['test:8']!.lang = 'yy' as never));
    await expect(changedInside).rejects.toMatchObject({ code: 'STORE_INVALID', message: expect.stringContaining('prefs.test:8.lang') });
    const notAnObject = store.update((d) => void ((d as { prefs: unknown }).prefs = 'none'));
    await expect(notAnObject).rejects.toMatchObject({ code: 'STORE_INVALID' });
    await store.update((d) => void delete d.prefs['test:9']);
    expect(Object.keys(store.data.prefs)).toHaveLength(49);
    expect(store.data.prefs['test:7']).toEqual({ lang: 'en' });
  });

  it('refuses an async change instead of committing half of it', async () => {
    const store = memoryTestStore();
    await expect(store.update(async (d) => void (d.prefs['test:x'] = {}))).rejects.toThrow(/synchronous/);
    expect(store.data.prefs).toEqual({});
  });

  it('appends records in order, keeps a duplicate id once, and reads as a live view without copying', async () => {
    const store = memoryTestStore();
    await store.append(NOTES, [note('r1'), note('r2')]);
    const before = store.records(NOTES);
    await Promise.all([store.append(NOTES, [note('r3'), note('r1', { text: 'retry' })]), store.append(NOTES, [note('r3')])]);
    expect(store.records(NOTES).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(store.records(NOTES)[0]).not.toHaveProperty('text');
    expect(before).toBe(store.records(NOTES)); // history is never copied per read
  });

  it('keeps what was appended, not later changes to the caller’s objects', async () => {
    const store = memoryTestStore();
    const record = { id: 'r1', at: '2016-10-01T00:00:00.000Z', text: 'first' };
    const done = store.append(NOTES, [record]);
    record.text = 'changed';
    await done;
    expect(store.records(NOTES)[0]!.text).toBe('first');
  });

  it('validates records against the log’s schema and refuses logs nobody registered', async () => {
    const store = memoryTestStore();
    await expect(store.append(NOTES, [{ at: 'x' } as never])).rejects.toMatchObject({ code: 'STORE_INVALID' });
    await expect(store.append(EVENTS, [{ id: 'e', at: 'x', key: 5 } as never])).rejects.toThrow(/events: record 0/);
    expect(() => store.records({ name: 'other', schema: NOTES.schema })).toThrow(/not registered/);
    expect(store.records(NOTES)).toEqual([]);
  });

  it('keeps only the index of a big log and reads records back through it; defaults are filled in', async () => {
    const store = memoryTestStore();
    await store.append(EVENTS, [{ id: 'e1', at: '2016-10-01T00:00:00.000Z', key: 'a' }, event('e2', 'b', 2), event('e3', 'a', 3)]);
    const refs = store.index(EVENTS).byKey.get('a')!;
    expect(refs).toHaveLength(2);
    expect(await store.read(EVENTS, refs)).toEqual([
      { id: 'e1', at: '2016-10-01T00:00:00.000Z', key: 'a', n: 0 },
      { id: 'e3', at: '2016-10-01T00:00:00.000Z', key: 'a', n: 3 },
    ]);
    const all: string[] = [];
    for await (const r of store.scan(EVENTS)) all.push(r.id);
    expect(all).toEqual(['e1', 'e2', 'e3']);
    expect(() => store.records(EVENTS as never)).toThrow(/indexed/);
  });

  it('refuses invalid initial data and work after close()', async () => {
    expect(() => memoryTestStore({ ...smallDoc(), prefs: 5 } as never)).toThrow(/prefs/);
    const store = memoryTestStore();
    const pending = store.update((d) => void (d.prefs['test:1'] = {}));
    await store.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(store.update(() => 1)).rejects.toThrow(/closed/);
  });
});
