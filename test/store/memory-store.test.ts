import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { emptyDb, realisticDb } from '../../src/store/sample-db.ts';
import { StoreError, type DbData } from '../../src/store/types.ts';

const rec = (id: string, extra: object = {}) => ({ id, at: '2016-10-01T00:00:00.000Z', ...extra });

describe('MemoryStore', () => {
  it('applies a change, resolves with its result, and keeps the caller’s initial data untouched', async () => {
    const initial = emptyDb();
    const store = new MemoryStore(initial);
    const result = await store.update((d) => {
      d.prefs['test:1'] = { lang: 'en' };
      return 'done';
    });
    expect(result).toBe('done');
    expect(store.data.prefs['test:1']).toEqual({ lang: 'en' });
    expect(initial.prefs).toEqual({});
    expect(Object.isFrozen(initial)).toBe(false);
  });

  it('hands out read-only data: mutating it outside update() throws', () => {
    const store = new MemoryStore(realisticDb());
    expect(() => {
      (store.data as DbData).plan.items[0]!.title = 'changed';
    }).toThrow(TypeError);
    expect(store.data.plan.items[0]!.title).not.toBe('changed');
  });

  it('runs changes in call order', async () => {
    const store = new MemoryStore(emptyDb());
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
    const store = new MemoryStore(emptyDb());
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
    const store = new MemoryStore(realisticDb());
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

  it('refuses an async change instead of committing half of it', async () => {
    const store = new MemoryStore(emptyDb());
    await expect(store.update(async (d) => void (d.prefs['test:x'] = {}))).rejects.toThrow(/synchronous/);
    expect(store.data.prefs).toEqual({});
  });

  it('appends records in order, keeps a duplicate id once, and reads as a live view without copying', async () => {
    const store = new MemoryStore(emptyDb());
    await store.append('reports', [rec('r1'), rec('r2')]);
    const before = store.records('reports');
    await Promise.all([store.append('reports', [rec('r3'), rec('r1', { note: 'retry' })]), store.append('reports', [rec('r3')])]);
    expect(store.records('reports').map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(store.records('reports')[0]).not.toHaveProperty('note');
    expect(before).toBe(store.records('reports')); // history is never copied per read
    expect(store.records('unknown')).toEqual([]);
  });

  it('keeps what was appended, not later changes to the caller’s objects', async () => {
    const store = new MemoryStore(emptyDb());
    const record = { id: 'r1', at: '2016-10-01T00:00:00.000Z', value: 1 };
    const done = store.append('reports', [record]);
    record.value = 2;
    await done;
    expect(store.records('reports')[0]!.value).toBe(1);
  });

  it('rejects bad log names and records without id', async () => {
    const store = new MemoryStore(emptyDb());
    await expect(store.append('../x', [rec('a')])).rejects.toThrow(/log name/);
    await expect(store.append('reports', [{ at: 'x' } as never])).rejects.toMatchObject({ code: 'STORE_INVALID' });
  });

  it('refuses invalid initial data and work after close()', async () => {
    expect(() => new MemoryStore({ ...emptyDb(), people: [{ id: 'Bad Id' }] } as never)).toThrow(/people\[0\]/);
    const store = new MemoryStore(emptyDb());
    const pending = store.update((d) => void (d.prefs['test:1'] = {}));
    await store.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(store.update(() => 1)).rejects.toThrow(/closed/);
  });
});
