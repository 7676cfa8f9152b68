// Applying a batch of changes to the committed document with immer: each change runs on a
// draft and yields a new frozen document that shares every untouched part with the old one
// (so the 1,000-item plan is not copied, re-validated or re-indexed when a preference
// changes). A change that throws is dropped alone; the parts a batch changed are then
// validated, and a batch that leaves them invalid is replayed one change at a time to find
// and drop the culprit.
import { produce, setAutoFreeze } from 'immer';
import { describeIssues } from './check-db.ts';
import { DbData, StoreError } from './types.ts';

setAutoFreeze(true);

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface ChangeJob {
  change: (draft: DbData) => unknown;
  outcome?: Outcome;
}

type Key = keyof DbData;
const SHAPE = DbData.shape as Record<Key, { safeParse(v: unknown): { success: boolean; error?: unknown } }>;

/**
 * Run `jobs` against `base` and set each job's outcome. Returns the new document (frozen,
 * sharing unchanged parts with `base`), or undefined when every change failed.
 */
export function applyChanges(base: DbData, jobs: ChangeJob[]): DbData | undefined {
  for (const job of jobs) job.outcome = undefined;
  let doc = base;
  for (const job of jobs) doc = runOne(doc, job);
  if (!jobs.some((job) => job.outcome?.ok)) return undefined;
  if (!invalidPart(base, doc)) return doc;
  // Slow path: find the change(s) that make the document invalid.
  doc = base;
  for (const job of jobs) {
    if (!job.outcome?.ok) continue;
    const next = runOne(doc, job);
    const bad = invalidPart(doc, next);
    if (bad) job.outcome = { ok: false, error: bad };
    else doc = next;
  }
  return jobs.some((job) => job.outcome?.ok) ? doc : undefined;
}

function runOne(doc: DbData, job: ChangeJob): DbData {
  try {
    let value: unknown;
    const next = produce(doc, (draft) => {
      value = job.change(draft as DbData);
      if (typeof (value as PromiseLike<unknown> | null)?.then === 'function') {
        Promise.resolve(value).catch(() => undefined); // reported below, not left unhandled
        throw new TypeError('store.update(): the change must be synchronous (it returned a promise)');
      }
    });
    job.outcome = { ok: true, value };
    return next;
  } catch (error) {
    job.outcome = { ok: false, error };
    return doc;
  }
}

/** Validates only the top-level parts that changed; returns the error, if any. */
function invalidPart(before: DbData, after: DbData): StoreError | undefined {
  for (const key of Object.keys(SHAPE) as Key[]) {
    if (after[key] === before[key]) continue;
    const result = SHAPE[key].safeParse(after[key]);
    if (!result.success) {
      const issues = describeIssues(result.error as Parameters<typeof describeIssues>[0], undefined, [key]);
      return new StoreError('STORE_INVALID', `update rejected, the data would not match the schema: ${issues}`);
    }
  }
  for (const key of Object.keys(after)) {
    if (!(key in SHAPE)) return new StoreError('STORE_INVALID', `update rejected: unknown field "${key}"`);
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
