// Applying a batch of changes to the committed document: one deep copy per batch, each
// change run in order on it, then one validation. A change that throws (or leaves the document
// invalid) is dropped alone: the draft is rebuilt from the committed data and the changes
// before it are run again. So a change must depend only on the draft it is given.
import { describeIssues } from './check-db.ts';
import { DbData, StoreError } from './types.ts';

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface ChangeJob {
  change: (draft: DbData) => unknown;
  outcome?: Outcome;
}

/**
 * Run `jobs` against `base` and set each job's outcome. Returns the new document (validated,
 * defaults filled in, frozen), or undefined when every change failed.
 */
export function applyChanges(base: DbData, jobs: ChangeJob[]): DbData | undefined {
  for (const job of jobs) job.outcome = undefined;
  let checkEach = false; // the slow path, once a batch is found to leave the document invalid
  attempt: for (;;) {
    const draft = cloneData(base);
    for (const job of jobs) {
      if (job.outcome && !job.outcome.ok) continue;
      try {
        job.outcome = { ok: true, value: runSync(job.change, draft) };
      } catch (error) {
        job.outcome = { ok: false, error };
        continue attempt;
      }
      if (checkEach) {
        const result = DbData.safeParse(draft);
        if (!result.success) {
          job.outcome = { ok: false, error: invalidChange(result.error) };
          continue attempt;
        }
      }
    }
    if (!jobs.some((job) => job.outcome?.ok)) return undefined;
    const result = DbData.safeParse(draft);
    if (result.success) return deepFreeze(result.data);
    checkEach = true;
  }
}

function runSync(change: (draft: DbData) => unknown, draft: DbData): unknown {
  const value = change(draft);
  if (typeof (value as PromiseLike<unknown> | null)?.then === 'function') {
    Promise.resolve(value).catch(() => undefined); // its rejection is reported below, not left unhandled
    throw new TypeError('store.update(): the change must be synchronous (it returned a promise)');
  }
  return value;
}

function invalidChange(error: Parameters<typeof describeIssues>[0]): StoreError {
  return new StoreError('STORE_INVALID', `update rejected, the data would not match the schema: ${describeIssues(error)}`);
}

/**
 * A deep copy of JSON-shaped data: plain objects and arrays are copied by hand (several times
 * faster than structuredClone on our document), anything else (a Date in a passthrough field)
 * by structuredClone.
 */
export function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneData((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Freeze `value` and everything reachable from it (committed data is read-only). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
