// The moment a secretariat confirmation was prepared, carried by its button: a confirmation
// older than a day is refused, since what it showed may no longer hold.
import type { Context } from '../../core/context.ts';

export const CONFIRM_TTL_MS = 24 * 3600_000;

/** The stamp of a confirmation, or undefined when it cannot be used. */
export function checkStamp(ctx: Pick<Context, 'now'>, stamp: string | undefined): string | undefined {
  const t = Date.parse(stamp ?? '');
  if (!stamp || Number.isNaN(t)) return undefined;
  if (ctx.now.getTime() - t > CONFIRM_TTL_MS) return undefined;
  return stamp;
}
