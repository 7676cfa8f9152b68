// The answer conversation: started by the answer button or "答复 C1", it takes the member's
// messages and files until they say 完成 / done. Each message is recorded the moment it
// arrives and confirmed ("记录了您的第 2 条意见（共 356 字，1 个附件）"); "修改 2 …" revises
// and "撤回 2" withdraws one message, as new records. After the deadline it refuses, saying
// why, and ends. A command typed meanwhile ("帮助", "事项 92", "/item 92") leaves the
// conversation and runs; longer prose is taken as an answer (see isCommandLine).
import type { Context } from '../../core/context.ts';
import type { Flow, StepInput, StepResult } from '../../core/conversation.ts';
import { shorten } from '../../views/format.ts';
import { timeZoneOf } from '../members.ts';
import type { Consultation } from '../schema.ts';
import {
  answerRefusal,
  isRefusal,
  myMessages,
  recordMessage,
  recordRevision,
  recordWithdrawal,
  target,
  type Recorded,
  type Refusal,
} from './answer-ops.ts';
import { parseAnswerWord, type AnswerWord } from './answer-words.ts';
import { charCount } from './answers.ts';
import { parseConsultationId } from './consultation.ts';
import { body, momentIn } from './present.ts';
import { consultationTitle } from '../texts.ts';

export const ANSWER_FLOW = 'consult-answer';

export interface AnswerState {
  consultation: string;
  /** Set by every answer: the intro was shown. */
  seen?: boolean;
  /** What the last input did, said by the next prompt. */
  note?: { kind: 'recorded' | 'revised' | 'withdrawn' } & Recorded;
  /** The message number waiting for its new text (step revise). */
  revising?: number;
}

/**
 * A line that is a command rather than an answer: a slash command, or a known command whose
 * arguments are one short Latin/number word ("帮助", "事项 92", "答复 C2"). "事项92的时限太紧"
 * and "Export controls should…" stay answers.
 */
export function isCommandLine(ctx: Context, text: string): boolean {
  if (text.startsWith('/')) return true;
  const m = ctx.services.registry.match(text);
  return Boolean(m && m.args.length <= 16 && !/[\s\u3400-\u9fff]/.test(m.args));
}

function consultationOf(ctx: Context, d: AnswerState): Consultation | undefined {
  return ctx.store.data.consultations[d.consultation];
}

/** Every answer starts here: the prompt was seen, the last note is spent, and answers must still be taken. */
function takeTurn(ctx: Context, d: AnswerState): Refusal | undefined {
  d.seen = true;
  delete d.note;
  return answerRefusal(ctx, consultationOf(ctx, d), d.consultation);
}

/** Ends the conversation after saying why answers are not taken. */
async function refuse(ctx: Context, r: Refusal): Promise<StepResult> {
  await ctx.reply(ctx.t(r.id, r.args));
  return { done: true };
}

export async function listMine(ctx: Context, c: Consultation): Promise<void> {
  const mine = myMessages(ctx, c);
  if (!mine.length) return ctx.reply(ctx.t('consult-mine-none', { id: c.id }));
  const lines = mine.map((m) =>
    ctx.t('consult-mine-line', {
      n: m.n,
      text: m.text ? shorten(m.text, 200) : '-',
      files: m.files.map((f) => f.name).join(', ') || 'none',
      state: m.withdrawnAt ? 'withdrawn' : m.revisedAt ? 'revised' : 'none',
    }),
  );
  await ctx.reply(
    [
      ctx.t('consult-mine-heading', { id: c.id, title: consultationTitle(ctx, c), count: mine.filter((m) => !m.withdrawnAt).length }),
      ...lines,
    ].join('\n'),
  );
}

async function finish(ctx: Context, c: Consultation): Promise<StepResult> {
  const count = myMessages(ctx, c).filter((m) => !m.withdrawnAt).length;
  await ctx.reply(
    ctx.t('consult-finished', { id: c.id, count, deadline: momentIn(ctx, c.deadline, timeZoneOf(ctx.store, ctx.person!.id)) }),
  );
  return { done: true };
}

/** Does what a keyword asks. */
async function act(ctx: Context, c: Consultation, d: AnswerState, word: AnswerWord, input: StepInput): Promise<StepResult> {
  if (word.kind === 'done') return finish(ctx, c);
  if (word.kind === 'mine') {
    await listMine(ctx, c);
    return { next: 'collect' };
  }
  if (word.consultation && word.consultation !== c.id)
    return { retry: 'consult-other-consultation', args: { id: word.consultation, current: c.id } };
  const count = myMessages(ctx, c).length;
  if (word.n === undefined) return { retry: word.kind === 'revise' ? 'consult-revise-which' : 'consult-withdraw-which', args: { count } };
  if (word.kind === 'withdraw') {
    const r = await recordWithdrawal(ctx, c, word.n);
    if (isRefusal(r)) return { retry: r.id, ...(r.args ? { args: r.args } : {}) };
    d.note = { kind: 'withdrawn', ...r };
    return { next: 'collect' };
  }
  if (!word.text && !input.file) {
    const m = target(ctx, c, word.n);
    if (isRefusal(m)) return { retry: m.id, ...(m.args ? { args: m.args } : {}) };
    d.revising = word.n;
    return { next: 'revise' };
  }
  const r = await recordRevision(ctx, c, word.n, { text: word.text, ...(input.file ? { file: input.file } : {}) });
  if (isRefusal(r)) return { retry: r.id, ...(r.args ? { args: r.args } : {}) };
  d.note = { kind: 'revised', ...r };
  return { next: 'collect' };
}

export const answerFlow: Flow<AnswerState> = {
  id: ANSWER_FLOW,
  version: 1,
  ttlMs: 3 * 24 * 3600_000,
  steps: {
    collect: {
      async ask(ctx, d, offer) {
        const c = consultationOf(ctx, d);
        if (!c) return;
        const buttons = [
          { label: ctx.t('consult-done-button'), value: 'done' },
          { label: ctx.t('consult-mine-button'), value: 'mine' },
        ];
        if (!d.seen) {
          const zone = timeZoneOf(ctx.store, ctx.person!.id);
          const count = myMessages(ctx, c).filter((m) => !m.withdrawnAt).length;
          const text = [
            ctx.t('consult-answer-intro', { id: c.id, title: consultationTitle(ctx, c) }),
            ...body(ctx, c, zone),
            ctx.t('consult-answer-how', { count }),
          ].join('\n');
          return offer(text, buttons);
        }
        const note = d.note;
        if (!note) return offer(ctx.t('consult-continue'), buttons);
        return offer(ctx.t(`consult-${note.kind}`, { n: note.n, chars: note.chars, files: note.files }), buttons);
      },
      async answer(ctx, d, input) {
        const refusal = takeTurn(ctx, d);
        if (refusal) return refuse(ctx, refusal);
        const c = consultationOf(ctx, d);
        const text = input.text?.trim() ?? '';
        let line = text;
        const asked = text ? ctx.services.registry.match(text) : undefined;
        if (asked?.cmd.id === 'answer') {
          // "答复" / "答复 C1" (the button pressed again) goes on; "答复 修改 2 …" is done here;
          // "答复 C2" leaves this conversation for that one.
          const id = parseConsultationId(asked.args.split(/\s+/)[0] ?? '');
          if (!asked.args || id === c!.id) {
            d.seen = false;
            return { next: 'collect' };
          }
          if (id) return { retry: 'consult-answer-empty' };
          line = asked.args;
        }
        const word =
          input.choice === 'done'
            ? { kind: 'done' as const }
            : input.choice === 'mine'
              ? { kind: 'mine' as const }
              : line
                ? parseAnswerWord(line)
                : undefined;
        if (word) return act(ctx, c!, d, word, input);
        // A command leaves the conversation and runs (the core does it on this retry).
        if (asked?.cmd.id === 'answer' || (text && isCommandLine(ctx, text))) return { retry: 'consult-answer-empty' };
        const r = await recordMessage(ctx, c!, { text, ...(input.file ? { file: input.file } : {}) });
        if (isRefusal(r)) return { retry: r.id };
        d.note = { kind: 'recorded', ...r };
        return { next: 'collect' };
      },
    },
    revise: {
      async ask(ctx, d, offer) {
        const c = consultationOf(ctx, d);
        const m = c && myMessages(ctx, c)[d.revising! - 1];
        await offer(
          ctx.t('consult-revise-ask', { n: d.revising!, text: m ? shorten(m.text || '-', 300) : '-', chars: m ? charCount(m.text) : 0 }),
          [{ label: ctx.t('consult-keep-button'), value: 'keep' }],
        );
      },
      async answer(ctx, d, input) {
        const refusal = takeTurn(ctx, d);
        if (refusal) return refuse(ctx, refusal);
        const c = consultationOf(ctx, d);
        const n = d.revising!;
        if (input.text && isCommandLine(ctx, input.text.trim())) return { retry: 'consult-answer-empty' }; // leaves, runs it
        delete d.revising;
        if (input.choice === 'keep') return { next: 'collect' };
        const r = await recordRevision(ctx, c!, n, {
          ...(input.text ? { text: input.text } : {}),
          ...(input.file ? { file: input.file } : {}),
        });
        if (isRefusal(r)) {
          d.revising = n;
          return { retry: r.id, ...(r.args ? { args: r.args } : {}) };
        }
        d.note = { kind: 'revised', ...r };
        return { next: 'collect' };
      },
    },
  },
};
