// Applying a batch of changes to the committed document with immer: each change runs on a
// draft and yields a new frozen document that shares every untouched part with the old one
// (so the 1,000-item plan is not copied, re-validated or re-indexed when a preference
// changes), and the patches that describe it (what the journal writes). A change that throws
// is dropped alone; the parts a batch changed are then validated, and a batch that leaves
// them invalid is replayed one change at a time to find and drop the culprit.
import { enablePatches, type Patch, produceWithPatches, setAutoFreeze } from 'immer';
import type { z } from 'zod';
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
  if (invalidPart(base, doc, shape)) {
    // Slow path: find the change(s) that make the document invalid.
    doc = base;
    for (const job of jobs) {
      if (!job.outcome?.ok) continue;
      const next = runOne(doc, job);
      const bad = invalidPart(doc, next, shape);
      if (bad) job.outcome = { ok: false, error: bad };
      else doc = next;
    }
    if (!jobs.some((job) => job.outcome?.ok)) return undefined;
  }
  const patches = jobs.flatMap((job) => (job.outcome?.ok ? job.outcome.patches : []));
  return { doc, patches };
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

/** Validates only the top-level parts that changed; returns the error, if any. */
function invalidPart(before: object, after: object, shape: Shape): StoreError | undefined {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(shape)) {
    if (a[key] === b[key]) continue;
    const result = shape[key]!.safeParse(a[key]);
    if (!result.success) {
      const issues = describeIssues(result.error, undefined, [key]);
      return new StoreError('STORE_INVALID', `update rejected, the data would not match the schema: ${issues}`);
    }
  }
  for (const key of Object.keys(a)) {
    if (!(key in shape)) return new StoreError('STORE_INVALID', `update rejected: unknown field "${key}"`);
  }
  return undefined;
}

/** Freeze `value` and everything reachable from it (committed data is read-only). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
