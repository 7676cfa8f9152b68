// Validation of a stored document against its schema, with errors that name the file and
// the path of each bad field ("plan.items[3].deadline: ...") but never its value.
import type { z } from 'zod';
import { StoreError } from './types.ts';

const MAX_ISSUES = 3;

/** Validate `doc`; the parsed copy (defaults filled in, unknown keys dropped) is returned. */
export function checkDoc<D>(schema: z.ZodType<D>, doc: unknown, where: string, file?: string): D {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  throw new StoreError('STORE_INVALID', `${where}: does not match the schema: ${describeIssues(result.error)}`, file);
}

/** The first few issues, each as "path: message". */
export function describeIssues(error: z.ZodError, max = MAX_ISSUES, prefix: PropertyKey[] = []): string {
  const shown = error.issues.slice(0, max).map((issue) => `${formatPath([...prefix, ...issue.path])}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out || '(root)';
}
