// "邀请 撤回 sarah-mitchell 重复提名", "invite reply Sarah Mitchell Yes, travel is covered": the
// expert a secretariat command names first (an id, a Chinese name, or an English name of two
// words) and the rest of the line. A name that matches nobody or several gets its answer.
import type { Context } from '../../core/context.ts';
import type { Expert } from '../../domain/expert.ts';
import { findExperts } from '../roster.ts';

/** The expert named at the start of `args` and the rest of the line; undefined after saying why there is none. */
export async function namedExpert(ctx: Context, args: string, whoId: string): Promise<{ expert: Expert; rest: string } | undefined> {
  const text = args.trim();
  const m = /^(\S+)(?:\s+(\S+))?/.exec(text);
  if (!m) {
    await ctx.reply(ctx.t(whoId));
    return undefined;
  }
  // An English name is two words: "Sarah Mitchell too late".
  const pair = m[2] ? `${m[1]} ${m[2]}` : '';
  const pairFound = pair ? findExperts(ctx.store, pair) : [];
  const twoWords = pairFound.length === 1 && pairFound[0]!.nameEn.toLowerCase() === pair.toLowerCase();
  const who = twoWords ? pair : m[1]!;
  const found = findExperts(ctx.store, who);
  if (found.length !== 1) {
    const ids = found
      .slice(0, 10)
      .map((e) => e.id)
      .join(', ');
    await ctx.reply(
      found.length ? ctx.t('roster-several', { count: found.length, ids }) : ctx.t('roster-unknown', { query: who.slice(0, 40) }),
    );
    return undefined;
  }
  return { expert: found[0]!, rest: text.slice(twoWords ? m[0].length : m[1]!.length).trim() };
}
