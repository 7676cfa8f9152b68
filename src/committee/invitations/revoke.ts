// Revoking an invitation, in two steps like every secretariat action that cannot be taken
// back silently: `邀请 撤回 <expert> [reason]` says what will happen (the buttons and the
// personal link stop working; a member leaves the committee and any office) and offers a
// confirmation carrying the moment it was prepared; only the confirmation revokes. A revoked
// expert can be invited again later (`邀请 发送 <expert>`), with a new personal code.
import type { Context } from '../../core/context.ts';
import { appendEvents, newEvent } from './events.ts';
import { namedExpert } from './named.ts';
import { checkStamp } from './stamp.ts';

export const REVOKE_REASON_MAX = 500;

export async function prepareRevoke(ctx: Context, args: string): Promise<void> {
  const named = await namedExpert(ctx, args, 'inv-revoke-who');
  if (!named) return;
  const { expert: e, rest: reason } = named;
  const name = ctx.pick(e.name, e.nameEn);
  if (reason.length > REVOKE_REASON_MAX)
    return ctx.reply(ctx.t('inv-note-too-long', { length: String(reason.length), max: String(REVOKE_REASON_MAX) }));
  const inv = ctx.store.data.invitations[e.id];
  if (!inv) return ctx.reply(ctx.t('inv-revoke-none', { name }));
  if (inv.revokedAt) return ctx.reply(ctx.t('inv-revoke-already', { name }));
  const { committee } = ctx.store.data;
  const office = committee.chair === e.id ? 'chair' : committee.viceChairs.includes(e.id) ? 'vice' : 'none';
  const stamp = ctx.now.toISOString();
  await ctx.reply(
    ctx.t('inv-revoke-confirm', { name, id: e.id, member: inv.answer === 'accepted' ? 'yes' : 'no', office, reason: reason || 'none' }),
    {
      choices: [
        { label: ctx.t('inv-button-revoke'), command: `invite confirm revoke ${stamp} ${e.id}${reason ? ` ${reason}` : ''}` },
        { label: ctx.t('inv-button-cancel'), command: 'invite cancel revoke' },
      ],
    },
  );
}

/** "<stamp> <expert id> [reason]", from the confirmation button. */
export async function confirmRevoke(ctx: Context, args: string): Promise<void> {
  const m = /^(\S+)\s+(\S+)\s*([\s\S]*)$/.exec(args.trim());
  const stamp = checkStamp(ctx, m?.[1]);
  const e = m && ctx.store.data.experts.find((x) => x.id === m[2]);
  if (!stamp || !e) return ctx.reply(ctx.t('inv-confirm-old'));
  const name = ctx.pick(e.name, e.nameEn);
  const at = ctx.now.toISOString();
  const outcome = await ctx.store.update((db) => {
    const inv = db.invitations[e.id];
    if (!inv) return 'none' as const;
    if (inv.revokedAt) return 'already' as const;
    // Sent again since the confirmation was prepared: it no longer says what would happen.
    if (inv.invitedAt && inv.invitedAt > stamp) return 'stale' as const;
    inv.revokedAt = at;
    if (db.committee.chair === e.id) delete db.committee.chair;
    db.committee.viceChairs = db.committee.viceChairs.filter((id) => id !== e.id);
    return 'done' as const;
  });
  if (outcome === 'none') return ctx.reply(ctx.t('inv-revoke-none', { name }));
  if (outcome === 'already') return ctx.reply(ctx.t('inv-revoke-already', { name }));
  if (outcome === 'stale') return ctx.reply(ctx.t('inv-confirm-old'));
  const reason = m![3]!.trim().slice(0, REVOKE_REASON_MAX);
  await appendEvents(ctx.store, [newEvent(ctx.now, e.id, 'revoked', ctx.person!.id, reason ? { reason } : undefined)]);
  return ctx.reply(ctx.t('inv-revoked', { name, id: e.id }));
}
