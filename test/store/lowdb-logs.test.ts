// Logs on disk: a torn last line (a killed write) is dropped with a warning, a bad line before
// the end refuses the start, records that do not match their log's schema are skipped and
// counted (never misread), duplicates are kept once, and files of logs nobody reads are left.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/types.ts';
import { EVENTS, NOTES, openTestStore } from './doc.ts';
import { tempDir, testLogger } from './helpers.ts';

let dir: string;
let cleanup: () => void;
let file: string;
let logFile: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'db.json');
  logFile = `${file}.notes.jsonl`;
});
afterEach(() => cleanup());

const line = (id: string, extra: object = {}) => JSON.stringify({ id, at: '2016-10-01T00:00:00.000Z', ...extra });

/** A store whose main file exists (so logs on disk are not a "missing main file"). */
async function created() {
  const store = await openTestStore({ file });
  await store.close();
}

describe('lowdb store: logs', () => {
  it('drops a torn last line on open, with a warning, and truncates the file to the last complete line', async () => {
    await created();
    writeFileSync(logFile, `${line('a')}\n${line('b')}\n{"id":"c","at":"2016-`);
    const logger = testLogger();
    const store = await openTestStore({ file, logger });
    expect(store.records(NOTES).map((r) => r.id)).toEqual(['a', 'b']);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ file: logFile }) }));
    expect(readFileSync(logFile, 'utf8')).toBe(`${line('a')}\n${line('b')}\n`);
    await store.append(NOTES, [{ id: 'c', at: '2016-10-02T00:00:00.000Z' }]);
    await store.close();
    const again = await openTestStore({ file });
    expect(again.records(NOTES).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await again.close();
  });

  it('refuses a log with a bad line before the end: STORE_CORRUPT naming the file and line', async () => {
    await created();
    const text = `${line('a')}\n{"id": oops}\n${line('c')}\n`;
    writeFileSync(logFile, text);
    const error = await openTestStore({ file }).catch((err: unknown) => err as StoreError);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_CORRUPT');
    expect((error as StoreError).message).toContain(logFile);
    expect((error as StoreError).message).toContain('line 2');
    expect(readFileSync(logFile, 'utf8')).toBe(text);
  });

  it('refuses a line that is JSON but not a record', async () => {
    await created();
    writeFileSync(logFile, `${line('a')}\n{"at":"x"}\n`);
    await expect(openTestStore({ file })).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining('line 2') });
  });

  it('skips records that do not match the log’s schema, with a warning, and leaves them on disk', async () => {
    await created();
    const text = `${line('a', { text: 'ok' })}\n${line('b', { text: 42 })}\n${line('c')}\n`;
    writeFileSync(logFile, text);
    const logger = testLogger();
    const store = await openTestStore({ file, logger });
    expect(store.records(NOTES).map((r) => r.id)).toEqual(['a', 'c']);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ skipped: 1 }) }));
    await store.close();
    expect(readFileSync(logFile, 'utf8')).toBe(text);
  });

  it('keeps a duplicate id once, first wins, both in the file and in a retried append', async () => {
    await created();
    writeFileSync(logFile, `${line('a')}\n${JSON.stringify({ id: 'a', at: 'later' })}\n${line('b')}\n`);
    const store = await openTestStore({ file });
    expect(store.records(NOTES)).toEqual([JSON.parse(line('a')), JSON.parse(line('b'))]);
    const sizeBefore = readFileSync(logFile).length;
    await store.append(NOTES, [{ id: 'b', at: 'retry' }]);
    expect(readFileSync(logFile).length).toBe(sizeBefore);
    expect(store.records(NOTES)).toHaveLength(2);
    await store.close();
  });

  it('reads the registered logs, leaves files of other logs alone, and ignores unrelated files', async () => {
    await created();
    writeFileSync(logFile, `${line('n')}\n`);
    writeFileSync(`${file}.events.jsonl`, `${line('e', { key: 'k' })}\n`);
    writeFileSync(`${file}.retired.jsonl`, 'not even json\n');
    writeFileSync(path.join(dir, 'other.json.notes.jsonl'), 'not json\n');
    const logger = testLogger();
    const store = await openTestStore({ file, logger });
    expect(store.records(NOTES).map((r) => r.id)).toEqual(['n']);
    expect(store.index(EVENTS).byKey.get('k')).toHaveLength(1);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: { file: `${file}.retired.jsonl` } }));
    await store.close();
    expect(readFileSync(`${file}.retired.jsonl`, 'utf8')).toBe('not even json\n');
  });
});
