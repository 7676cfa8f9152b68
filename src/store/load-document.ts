// Reading a store's document from its files, without writing anything: the main file (hot
// parts), the plan file (static parts), the journal replayed on top, migrated and validated.
// Used to open the store and to check a snapshot before it is restored.
import { checkDoc } from './check-doc.ts';
import { planPath } from './disk-backend.ts';
import { DurableJsonFile, type JsonObject } from './durable-json-file.ts';
import type { FileOps } from './file-ops.ts';
import { errorCode } from './file-ops.ts';
import { journalPath, parseJournal, replay } from './journal.ts';
import { migrate } from './migrations.ts';
import { type DocumentSpec, StoreError } from './types.ts';

export interface LoadedDocument<D> {
  /** Undefined when the main file does not exist. */
  doc?: D;
  /** The version the files had, when a migration ran. */
  migratedFrom?: number;
  /** The seq of the last change the files hold (journal or checkpoints). */
  seq: number;
  journal: { exists: boolean; size: number; tornBytes: number; entries: number };
}

export async function readOrNull(fs: FileOps, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

export async function loadDocument<D extends { schemaVersion: number; createdAt: string }>(
  fs: FileOps,
  file: string,
  spec: DocumentSpec<D>,
): Promise<LoadedDocument<D>> {
  const journalBytes = await readOrNull(fs, journalPath(file));
  const journal = journalBytes ? parseJournal(journalBytes, journalPath(file)) : { entries: [], size: 0, tornBytes: 0 };
  const seq = journal.entries.at(-1)?.seq ?? 0;
  const info = { exists: journalBytes !== null, size: journal.size, tornBytes: journal.tornBytes, entries: journal.entries.length };
  const hotDoc = await new DurableJsonFile(file, fs).read();
  if (!hotDoc) return { seq, journal: info };

  const version = hotDoc.schemaVersion;
  if (typeof version === 'number' && version > spec.version) migrate(hotDoc, spec.migrations, { target: spec.version, file }); // throws STORE_VERSION
  const statDoc = await new DurableJsonFile(planPath(file), fs).read();
  // A plan file of another version than the main file is from a migration cut short: the main file still holds everything.
  const usable = statDoc && statDoc.schemaVersion === version ? statDoc : undefined;
  if (!usable && typeof version === 'number' && version >= 2) {
    throw new StoreError(
      'STORE_MISSING',
      `${planPath(file)} is missing or does not match ${file}: restore the store from a snapshot`,
      file,
    );
  }
  const seqs = { hot: numberOr(hotDoc.journalSeq, 0), static: numberOr(usable?.journalSeq, 0) };
  const joined: JsonObject = { ...hotDoc };
  delete joined.journalSeq;
  if (usable) for (const key of spec.staticKeys) if (key in usable) joined[key] = usable[key];
  const migrated = migrate(joined, spec.migrations, { target: spec.version, file });
  const keys = new Set<string>(spec.staticKeys);
  const replayed = replay(migrated.doc as JsonObject, journal.entries, seqs, (k) => keys.has(k), journalPath(file));
  const doc = checkDoc(spec.schema, replayed, file, file);
  // New entries must follow both the journal and the checkpoints (the journal is empty after one).
  return {
    doc,
    seq: Math.max(seq, seqs.hot, seqs.static),
    journal: info,
    ...(migrated.from !== undefined ? { migratedFrom: migrated.from } : {}),
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}
