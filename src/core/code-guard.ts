// The one door for guessable codes (binding codes, personal invitation links): an account
// that sent too many wrong ones (or all accounts together) is refused for a while, with the
// reason in its language. The secretariat, who issues codes, is never held back.
import type { Context } from './context.ts';

/** Refuses a guesser (after saying why and for how long); false when the account may try. */
export async function refuseGuesser(ctx: Context): Promise<boolean> {
  if (ctx.hasRole('admin')) return false;
  const refused = ctx.services.guesses.refused(ctx.accountKey);
  if (!refused) return false;
  const minutes = Math.max(1, Math.ceil(refused.retryMs / 60_000));
  await ctx.reply(ctx.t(refused.who === 'account' ? 'bind-throttled' : 'bind-paused', { minutes }));
  return true;
}

/** Counts a wrong code sent by this account. */
export function wrongCode(ctx: Context): void {
  if (!ctx.hasRole('admin')) ctx.services.guesses.failed(ctx.accountKey);
}
