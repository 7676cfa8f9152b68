// Schema migrations: each entry turns a document of version N into version N+1. They run on
// the raw JSON (the static and hot parts together) before validation; the migrated document
// is written back only once it is valid. The table belongs to the document (src/db.ts).
import { StoreError } from './types.ts';

export type JsonObject = Record<string, unknown>;
/** Keyed by the version migrated *from*. A step may change `doc` in place or return a new one. */
export type Migrations = Readonly<Record<number, (doc: JsonObject) => JsonObject>>;

export interface Migrated {
  doc: unknown;
  /** The version the document had before, when at least one step ran. */
  from?: number;
}

/**
 * Bring `doc` up to `target` with `table`. A version above `target`, or a missing step, is
 * STORE_VERSION. Anything that is not an object with an integer schemaVersion is left for
 * validation to report.
 */
export function migrate(doc: unknown, table: Migrations, opts: { target: number; file?: string }): Migrated {
  const target = opts.target;
  const where = opts.file ?? 'store';
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { doc };
  const version = (doc as JsonObject).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { doc };
  if (version > target) {
    throw new StoreError(
      'STORE_VERSION',
      `${where}: written by a newer Duban (schema version ${version}; this one reads up to ${target})`,
      opts.file,
    );
  }
  let current = doc as JsonObject;
  for (let v = version; v < target; v++) {
    const step = table[v];
    if (!step) throw new StoreError('STORE_VERSION', `${where}: no migration from schema version ${v} to ${v + 1}`, opts.file);
    current = step(current);
    current.schemaVersion = v + 1;
  }
  return version < target ? { doc: current, from: version } : { doc: current };
}
