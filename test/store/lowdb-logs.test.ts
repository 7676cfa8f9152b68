import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { emptyDb } from '../../src/store/sample-db.ts';
import { StoreError } from '../../src/store/types.ts';
import { tempDir, testLogger } from './helpers.ts';

let dir: string;
let cleanup: () => void;
let file: string;
let logFile: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
  logFile = `${file}.reports.jsonl`;
});
afterEach(() => cleanup());

const line = (id: string) => JSON.stringify({ id, at: '2016-10-01T00:00:00.000Z' });

describe('lowdb store: logs', () => {
  it('drops a torn last line on open, with a warning, and truncates the file to the last complete line', async () => {
    writeFileSync(logFile, `${line('a')}\n${line('b')}\n{"id":"c","at":"2016-`);
    const logger = testLogger();
    const store = await openLowdbStore({ file, seed: () => emptyDb(), logger });
    expect(store.records('reports').map((r) => r.id)).toEqual(['a', 'b']);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ file: logFile }) }));
    expect(readFileSync(logFile, 'utf8')).toBe(`${line('a')}\n${line('b')}\n`);
    await store.append('reports', [{ id: 'c', at: '2016-10-02T00:00:00.000Z' }]);
    await store.close();
    const again = await openLowdbStore({ file, seed: () => emptyDb() });
    expect(again.records('reports').map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await again.close();
  });

  it('refuses a log with a bad line before the end: STORE_CORRUPT naming the file and line', async () => {
    const text = `${line('a')}\n{"id": oops}\n${line('c')}\n`;
    writeFileSync(logFile, text);
    const error = await openLowdbStore({ file, seed: () => emptyDb() }).catch((err: unknown) => err as StoreError);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_CORRUPT');
    expect((error as StoreError).message).toContain(logFile);
    expect((error as StoreError).message).toContain('line 2');
    expect(readFileSync(logFile, 'utf8')).toBe(text);
  });

  it('refuses a line that is JSON but not a record', async () => {
    writeFileSync(logFile, `${line('a')}\n{"at":"x"}\n`);
    await expect(openLowdbStore({ file, seed: () => emptyDb() })).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringContaining('line 2'),
    });
  });

  it('keeps a duplicate id once, first wins, both in the file and in a retried append', async () => {
    writeFileSync(logFile, `${line('a')}\n${JSON.stringify({ id: 'a', at: 'later' })}\n${line('b')}\n`);
    const store = await openLowdbStore({ file, seed: () => emptyDb() });
    expect(store.records('reports')).toEqual([JSON.parse(line('a')), JSON.parse(line('b'))]);
    const sizeBefore = readFileSync(logFile).length;
    await store.append('reports', [{ id: 'b', at: 'retry' }]);
    expect(readFileSync(logFile).length).toBe(sizeBefore);
    expect(store.records('reports')).toHaveLength(2);
    await store.close();
  });

  it('reads every log present and ignores unrelated files', async () => {
    writeFileSync(`${file}.reports.jsonl`, `${line('r')}\n`);
    writeFileSync(`${file}.votes.jsonl`, `${line('v')}\n`);
    writeFileSync(path.join(dir, 'other.json.votes.jsonl'), 'not json\n');
    const store = await openLowdbStore({ file, seed: () => emptyDb() });
    expect(store.records('reports').map((r) => r.id)).toEqual(['r']);
    expect(store.records('votes').map((r) => r.id)).toEqual(['v']);
    await store.close();
  });
});
