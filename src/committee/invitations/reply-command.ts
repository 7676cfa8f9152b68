// 邀请 答复 <expert> [text] / invite reply: the secretariat answers an expert's question. With
// the text it goes at once; without it (the button under the question's notice) a short
// conversation shows the open questions and takes the reply.
import type { Context } from '../../core/context.ts';
import { namedExpert } from './named.ts';
import { invitationNoteFlow } from './note-flow.ts';
import { hasAsked, REPLY_MAX, sendReply } from './reply.ts';

export async function replyCommand(ctx: Context, args: string): Promise<void> {
  const named = await namedExpert(ctx, args, 'inv-reply-who');
  if (!named) return;
  const { expert, rest } = named;
  if (!hasAsked(ctx.store, expert.id)) return ctx.reply(ctx.t('inv-reply-no-question', { name: ctx.pick(expert.name, expert.nameEn) }));
  if (!rest) return ctx.services.conversations.start(ctx, invitationNoteFlow, { expert: expert.id, kind: 'reply' }, 'text');
  if (rest.length > REPLY_MAX) return ctx.reply(ctx.t('inv-note-too-long', { length: String(rest.length), max: String(REPLY_MAX) }));
  return sendReply(ctx, expert, rest);
}
