// The one-question conversation after an expert presses "decline" (an optional reason for
// the secretariat, skippable) or "ask a question" (the question, forwarded to every admin).
// The decline itself is already saved when this starts: the reason is extra, never a
// condition. A command typed instead of an answer leaves the conversation and runs.
import type { Flow } from '../../core/conversation.ts';
import { addDeclineReason, askQuestion, REASON_MAX } from './answer.ts';

export interface NoteDraft {
  expert: string;
  kind: 'reason' | 'question';
}

export const invitationNoteFlow: Flow<NoteDraft> = {
  id: 'invitation-note',
  version: 1,
  ttlMs: 24 * 3600_000,
  steps: {
    text: {
      async ask(ctx, d, offer) {
        if (d.kind === 'reason') await offer(ctx.t('inv-reason-ask'), [{ label: ctx.t('inv-reason-skip'), value: 'skip' }]);
        else await offer(ctx.t('inv-question-ask'));
      },
      async answer(ctx, d, input) {
        if (input.choice === 'skip') {
          await ctx.reply(ctx.t('inv-reason-skipped'));
          return { done: true };
        }
        const text = input.text?.trim();
        if (!text) return { retry: d.kind === 'reason' ? 'inv-reason-what' : 'inv-question-what' };
        // A slash command is not an answer: the core then leaves the conversation and runs it.
        // Plain words are, even when they begin like a command ("I will be abroad").
        if (text.startsWith('/') && ctx.services.registry.match(text))
          return { retry: d.kind === 'reason' ? 'inv-reason-what' : 'inv-question-what' };
        if (text.length > REASON_MAX) return { retry: 'inv-note-too-long', args: { length: String(text.length), max: String(REASON_MAX) } };
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
