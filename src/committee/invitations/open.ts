// Opening an invitation by its personal code: the Telegram deep link (/start <code>), or the
// code typed (`invitation <code>`). On Telegram a bot cannot write first to someone who never
// started it, so the link is how an unreachable expert gets the invitation: opening it binds
// the account to the expert (once: a code that bound one account does not bind another) and
// shows the invitation with its buttons, which marks it delivered and opened. The link binds
// one account, once, and only an expert with no bound account yet: decided inside one store
// change, so two accounts opening it at the same moment cannot both win.
import { formatAt } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import { expertById, personById } from '../members.ts';
import type { Expert } from '../../domain/expert.ts';
import { markOpened } from './answer.ts';
import { appendEvents, eventsOf, newEvent } from './events.ts';
import { answerOffers, invitationText } from './letter.ts';
import { langOf } from './notify.ts';
import { conversationLines } from './reply.ts';
import { CODE_LENGTH } from './send.ts';

const CODE = new RegExp(`^[A-Z2-9]{${CODE_LENGTH}}$`);

/** Whether a word has the shape of a personal invitation code (whether or not one was issued). */
export function isInvitationCode(word: string): boolean {
  return CODE.test(word.trim().toUpperCase());
}

/**
 * Handles `code` when it is an invitation's code and returns true (whatever the outcome, the
 * person got an answer); returns false for anything else, so the caller treats it as before.
 */
export async function openInvitationByCode(ctx: Context, raw: string): Promise<boolean> {
  const code = raw.trim().toUpperCase();
  if (!CODE.test(code)) return false;
  const inv = Object.values(ctx.store.data.invitations).find((i) => i.code === code);
  const expert = inv && expertById(ctx.store, inv.expertId);
  if (!inv || !expert) return false;
  if (ctx.person && ctx.person.id !== expert.id) {
    await ctx.reply(ctx.t('inv-open-other-account', { name: ctx.pick(ctx.person.name, ctx.person.nameEn) }));
    return true;
  }
  if (!ctx.store.data.prefs[ctx.accountKey]?.lang) {
    const person = personById(ctx.store, expert.id);
    ctx.lang = person ? langOf(ctx.services, person) : expert.lang;
  }
  if (inv.revokedAt) {
    await ctx.reply(ctx.t('inv-revoked-yours'));
    return true;
  }
  if (!ctx.person && !(await bindByCode(ctx, expert))) return true;
  await markOpened(ctx.services, expert.id, expert.id, ctx.now, 'link');
  await ctx.reply(ctx.t('inv-open-welcome', { name: ctx.pick(expert.name, expert.nameEn) }));
  await showInvitation(ctx, expert);
  return true;
}

/**
 * Binds this account to the expert; false (after saying why) when the expert already has a
 * bound account (by this link or a binding code) or this account is someone else's. The
 * check and the binding are one change: of two accounts opening the link at once, one wins.
 */
async function bindByCode(ctx: Context, expert: Expert): Promise<boolean> {
  const { platform, accountId } = ctx.msg;
  const account = `${platform}:${accountId}`;
  // A revoke ends what came before: a new invitation's code may bind another account, but only one.
  const history = eventsOf(ctx.store, expert.id);
  const revokedAt = history.filter((e) => e.event === 'revoked').at(-1)?.at ?? '';
  const at = ctx.now.toISOString();
  const outcome = await ctx.store.update((db): 'bound' | 'mine' | 'used' => {
    const own = db.accounts.find((a) => a.platform === platform && a.accountId === accountId);
    if (own) return own.personId === expert.id ? 'mine' : 'used';
    if (db.accounts.some((a) => a.personId === expert.id && a.boundAt > revokedAt)) return 'used';
    db.accounts.push({ platform, accountId, personId: expert.id, boundAt: at });
    return 'bound';
  });
  if (outcome === 'used') {
    await ctx.reply(ctx.t('inv-code-used'));
    return false;
  }
  if (outcome === 'bound') await appendEvents(ctx.store, [newEvent(ctx.now, expert.id, 'bound', expert.id, { account })]);
  return true;
}

/** The invitation as its expert reads it, with the answer buttons (and the current answer, if any). */
export async function showInvitation(ctx: Context, expert: Expert): Promise<void> {
  const inv = ctx.store.data.invitations[expert.id];
  let text = invitationText(ctx.services, expert, ctx.lang);
  if (inv?.answer && inv.answeredAt) {
    text += `\n\n${ctx.t('inv-current-answer', { answer: inv.answer, at: formatAt(ctx, inv.answeredAt, expert.timeZone) })}`;
  }
  const thread = conversationLines(ctx.services, expert.id, ctx.lang);
  if (thread.length) text += `\n\n${thread.join('\n')}`;
  await ctx.reply(text, { choices: answerOffers(ctx.services, expert.id, ctx.lang) });
}
