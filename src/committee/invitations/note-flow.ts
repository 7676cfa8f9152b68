// The one-question conversation after an expert presses "decline" (an optional reason for
// the secretariat, skippable) or "ask a question" (the question, forwarded to every admin),
// and the secretariat's reply to an expert's question (sent to the expert).
// The decline itself is already saved when this starts: the reason is extra, never a
// condition. A command typed instead of an answer leaves the conversation and runs.
import type { Flow } from '../../core/conversation.ts';
import { expertById } from '../members.ts';
import { addDeclineReason, askQuestion, REASON_MAX } from './answer.ts';
import { eventsOf } from './events.ts';
import { openQuestions, questionText, REPLY_MAX, sendReply } from './reply.ts';

export interface NoteDraft {
  expert: string;
  kind: 'reason' | 'question' | 'reply';
}

const WHAT = { reason: 'inv-reason-what', question: 'inv-question-what', reply: 'inv-reply-what' } as const;

export const invitationNoteFlow: Flow<NoteDraft> = {
  id: 'invitation-note',
  version: 1,
  ttlMs: 24 * 3600_000,
  steps: {
    text: {
      async ask(ctx, d, offer) {
        if (d.kind === 'reason') await offer(ctx.t('inv-reason-ask'), [{ label: ctx.t('inv-reason-skip'), value: 'skip' }]);
        else if (d.kind === 'question') await offer(ctx.t('inv-question-ask'));
        else {
          const e = expertById(ctx.store, d.expert)!;
          const open = openQuestions(eventsOf(ctx.store, d.expert)).map((q) => ctx.t('inv-reply-question', { question: questionText(q) }));
          await offer([ctx.t('inv-reply-ask', { name: ctx.pick(e.name, e.nameEn), count: open.length }), ...open].join('\n'));
        }
      },
      async answer(ctx, d, input) {
        if (input.choice === 'skip') {
          await ctx.reply(ctx.t('inv-reason-skipped'));
          return { done: true };
        }
        const text = input.text?.trim();
        if (!text) return { retry: WHAT[d.kind] };
        // A slash command is not an answer: the core then leaves the conversation and runs it.
        // Plain words are, even when they begin like a command ("I will be abroad").
        if (text.startsWith('/') && ctx.services.registry.match(text)) return { retry: WHAT[d.kind] };
        const max = d.kind === 'reply' ? REPLY_MAX : REASON_MAX;
        if (text.length > max) return { retry: 'inv-note-too-long', args: { length: String(text.length), max: String(max) } };
        if (d.kind === 'reply') {
          await sendReply(ctx, expertById(ctx.store, d.expert)!, text);
          return { done: true };
        }
        if (d.kind === 'question') {
          const reached = await askQuestion(ctx.services, d.expert, text, ctx.now);
          await ctx.reply(ctx.t(reached ? 'inv-question-sent' : 'inv-question-queued'));
          return { done: true };
        }
        const added = await addDeclineReason(ctx.services, d.expert, text, ctx.now);
        await ctx.reply(ctx.t(added ? 'inv-reason-sent' : 'inv-reason-too-late'));
        return { done: true };
      },
    },
  },
};
