// invitation / 邀请函: an expert's own invitation to the committee: read it, accept, decline
// (with an optional reason for the secretariat), or ask the secretariat a question. The
// buttons of the letter run these lines with the expert's id (`invitation accept <id>`), so
// anyone else who presses them is refused with the reason. `invitation <code>` opens an
// invitation by its personal code (what the deep link does), from a not yet bound account.
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { own } from '../src/core/own.ts';
import { answerInvitation, askQuestion, invitationOf, markOpened, REASON_MAX, type Answer } from '../src/committee/invitations/answer.ts';
import { formatAt } from '../src/core/clock.ts';
import { invitationNoteFlow } from '../src/committee/invitations/note-flow.ts';
import { isInvitationCode, openInvitationByCode, showInvitation } from '../src/committee/invitations/open.ts';
import { refuseGuesser, wrongCode } from '../src/core/code-guard.ts';
import { showLetter } from '../src/committee/invitations/letter-edit.ts';
import { expertById } from '../src/committee/members.ts';
import { norm } from '../src/committee/roster.ts';

type Verb = 'accept' | 'decline' | 'ask';
const VERBS: Record<string, Verb> = {
  accept: 'accept',
  yes: 'accept',
  接受: 'accept',
  同意: 'accept',
  应邀: 'accept',
  decline: 'decline',
  no: 'decline',
  refuse: 'decline',
  谢绝: 'decline',
  拒绝: 'decline',
  婉拒: 'decline',
  不接受: 'decline',
  ask: 'ask',
  question: 'ask',
  提问: 'ask',
  咨询: 'ask',
  问: 'ask',
};

async function answer(ctx: Context, expertId: string, verb: Answer, reason: string) {
  if (reason.length > REASON_MAX) return ctx.reply(ctx.t('inv-note-too-long', { length: String(reason.length), max: String(REASON_MAX) }));
  const outcome = await answerInvitation(ctx.services, expertId, verb, ctx.now, reason || undefined);
  if (outcome.kind === 'not-invited') return ctx.reply(ctx.t('inv-none-yours'));
  if (outcome.kind === 'revoked') return ctx.reply(ctx.t('inv-revoked-yours'));
  if (outcome.kind === 'same') {
    if (outcome.reasonAdded) return ctx.reply(ctx.t('inv-reason-sent'));
    const inv = ctx.store.data.invitations[expertId]!;
    return ctx.reply(ctx.t('inv-already', { answer: verb, at: formatAt(ctx, inv.answeredAt!, expertById(ctx.store, expertId)!.timeZone) }));
  }
  const lines = [ctx.t(verb === 'accepted' ? 'inv-accepted' : 'inv-declined', { changed: outcome.from ? 'yes' : 'no' })];
  if (outcome.joined) lines.push(ctx.t('inv-accepted-meetings', { count: outcome.joined }));
  await ctx.reply(lines.join('\n'));
  if (verb === 'declined' && !reason)
    await ctx.services.conversations.start(ctx, invitationNoteFlow, { expert: expertId, kind: 'reason' }, 'text');
}

export default defineCommand({
  id: 'invitation',
  names: { en: ['invitation'], zh: ['邀请函', '我的邀请'] },
  summary: 'cmd-invitation',
  examples: ['邀请函', 'invitation accept', 'invitation decline I will be abroad all year', 'invitation ask Is there a fee?'],
  args: [{ name: 'answer', summary: 'arg-invitation' }],
  // Anyone may run it: an unbound account opens by code, everyone else is refused with a reason.
  access: ['anyone'],
  privateAnswer: true,
  offered: (ctx) => ctx.hasRole('admin', 'expert'),
  async run(ctx, args) {
    const words = args.split(/\s+/).filter(Boolean);
    if (words.length === 1 && isInvitationCode(words[0]!)) {
      // A personal code: whoever sent too many wrong ones waits (src/core/code-guard.ts).
      if (await refuseGuesser(ctx)) return;
      if (await openInvitationByCode(ctx, words[0]!)) return;
      wrongCode(ctx);
      return ctx.reply(ctx.t('bind-bad-code'));
    }
    const verb = own(VERBS, norm(words[0] ?? ''));
    const rest = verb ? words.slice(1) : words;
    let target = ctx.person?.id;
    if (verb && rest[0] && ctx.store.data.experts.some((e) => e.id === rest[0])) target = rest.shift();
    if (!verb && rest.length) return ctx.reply(ctx.t('inv-bad-verb', { word: rest[0]!.slice(0, 30) }));
    if (!ctx.person) return ctx.reply(ctx.t('inv-unbound'));
    const expert = target ? expertById(ctx.store, target) : undefined;
    // The secretariat typing 邀请函 means the letter it drafts.
    if (!verb && !expert && ctx.hasRole('admin')) return showLetter(ctx);
    if (target !== ctx.person.id && expert) return ctx.reply(ctx.t('inv-not-yours', { name: ctx.pick(expert.name, expert.nameEn) }));
    if (!expert || !ctx.hasRole('expert')) return ctx.reply(ctx.t('inv-not-expert'));
    const inv = invitationOf(ctx.store, expert.id);
    if (!inv) return ctx.reply(ctx.t('inv-none-yours'));
    if (inv.revokedAt) return ctx.reply(ctx.t('inv-revoked-yours'));
    const text = rest.join(' ').trim();
    switch (verb) {
      case undefined:
        await markOpened(ctx.services, expert.id, expert.id, ctx.now, 'command');
        return showInvitation(ctx, expert);
      case 'accept':
        return answer(ctx, expert.id, 'accepted', '');
      case 'decline':
        return answer(ctx, expert.id, 'declined', text);
      case 'ask':
        if (!text) return ctx.services.conversations.start(ctx, invitationNoteFlow, { expert: expert.id, kind: 'question' }, 'text');
        if (text.length > REASON_MAX)
          return ctx.reply(ctx.t('inv-note-too-long', { length: String(text.length), max: String(REASON_MAX) }));
        return ctx.reply(ctx.t((await askQuestion(ctx.services, expert.id, text, ctx.now)) ? 'inv-question-sent' : 'inv-question-queued'));
    }
  },
});
