// Applying a batch of changes to the committed document with immer: each change runs on a
// draft and yields a new frozen document that shares every untouched part with the old one
// (so the 1,000-item plan is not copied, re-validated or re-indexed when a preference
// changes), and the patches that describe it (what the journal writes). A change that throws
// is dropped alone; what the batch's patches changed is then validated (in a map-like part,
// only the entries they touched), and a batch that leaves it invalid is replayed one change
// at a time to find and drop the culprit.
import { enablePatches, type Patch, produceWithPatches, setAutoFreeze } from 'immer';
import { z } from 'zod';
import { describeIssues } from './check-doc.ts';
import { StoreError } from './types.ts';

enablePatches();
setAutoFreeze(true);

export type Outcome = { ok: true; value: unknown; patches: Patch[] } | { ok: false; error: unknown };

export interface ChangeJob<D> {
  change: (draft: D) => unknown;
  outcome?: Outcome;
}

export type Shape = Record<string, z.ZodType>;

/**
 * Run `jobs` against `base` and set each job's outcome. Returns the new document (frozen,
 * sharing unchanged parts with `base`) and the patches of the changes that held, in order;
 * undefined when every change failed.
 */
export function applyChanges<D extends object>(base: D, jobs: ChangeJob<D>[], shape: Shape): { doc: D; patches: Patch[] } | undefined {
  for (const job of jobs) job.outcome = undefined;
  let doc = base;
  for (const job of jobs) doc = runOne(doc, job);
  if (!jobs.some((job) => job.outcome?.ok)) return undefined;
  if (invalidPart(base, doc, shape, patchesOf(jobs))) {
    // Slow path: find the change(s) that make the document invalid.
    doc = base;
    for (const job of jobs) {
      if (!job.outcome?.ok) continue;
      const next = runOne(doc, job);
      const bad = invalidPart(doc, next, shape, patchesOf([job]));
      if (bad) job.outcome = { ok: false, error: bad };
      else doc = next;
    }
    if (!jobs.some((job) => job.outcome?.ok)) return undefined;
  }
  return { doc, patches: patchesOf(jobs) };
}

function patchesOf<D>(jobs: ChangeJob<D>[]): Patch[] {
  return jobs.flatMap((job) => (job.outcome?.ok ? job.outcome.patches : []));
}

function runOne<D extends object>(doc: D, job: ChangeJob<D>): D {
  try {
    let value: unknown;
    const [next, patches] = produceWithPatches(doc, (draft) => {
      value = job.change(draft as D);
      if (typeof (value as PromiseLike<unknown> | null)?.then === 'function') {
        Promise.resolve(value).catch(() => undefined); // reported below, not left unhandled
        throw new TypeError('store.update(): the change must be synchronous (it returned a promise)');
      }
    });
    job.outcome = { ok: true, value, patches };
    return next as D;
  } catch (error) {
    job.outcome = { ok: false, error };
    return doc;
  }
}

/** Validates what the patches changed (see checkChange); returns the error, if any. */
function invalidPart(before: object, after: object, shape: Shape, patches: Patch[]): StoreError | undefined {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (!(key in shape)) return new StoreError('STORE_INVALID', `update rejected: unknown field "${key}"`);
  }
  const checked = new Set<string>();
  for (const patch of patches) {
    const key = String(patch.path[0] ?? '');
    if (!(key in shape)) continue; // the whole document replaced: its parts are checked below
    const problem = checkChange(shape[key]!, a[key], patch.path.slice(1), checked, [key]);
    if (problem) return rejected(problem);
  }
  if (patches.some((patch) => patch.path.length === 0)) {
    for (const key of Object.keys(shape)) {
      if (a[key] === b[key]) continue;
      const result = shape[key]!.safeParse(a[key]);
      if (!result.success) return rejected({ error: result.error, at: [key] });
    }
  }
  return undefined;
}

function rejected(problem: { error: z.ZodError; at: PropertyKey[] }): StoreError {
  const issues = describeIssues(problem.error, undefined, problem.at);
  return new StoreError('STORE_INVALID', `update rejected, the data would not match the schema: ${issues}`);
}

/**
 * Checks what one patch changed, at `path` below a part. A map-like part (a record keyed by
 * any string: open conversations, preferences, buckets of delivery ids…) is entered along the
 * path, so only the entry the patch touched is checked — the others are the very objects that
 * were valid when committed (immer shares what a change did not touch) — and a change costs
 * the size of what it changed, not of the map; an entry deleted from a map needs no check.
 * Anything else (an object, an array) is checked whole, once per batch.
 */
function checkChange(
  schema: z.ZodType,
  value: unknown,
  path: readonly PropertyKey[],
  checked: Set<string>,
  at: PropertyKey[],
): { error: z.ZodError; at: PropertyKey[] } | undefined {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodRecord && inner.keyType instanceof z.ZodString && path.length > 0 && isPlainObject(value)) {
    const entry = String(path[0]);
    if (!Object.hasOwn(value, entry)) return undefined; // deleted
    const key = inner.keyType.safeParse(entry);
    if (!key.success) return { error: key.error, at };
    return checkChange(inner.valueType as z.ZodType, value[entry], path.slice(1), checked, [...at, entry]);
  }
  const where = at.map(String).join('\u0000');
  if (checked.has(where)) return undefined;
  checked.add(where);
  const result = schema.safeParse(value);
  return result.success ? undefined : { error: result.error, at };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Freeze `value` and everything reachable from it (committed data is read-only). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
