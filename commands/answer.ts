// answer / 答复: a committee member answers a consultation. "答复 C1" (or the button under
// the consultation) opens the answer conversation; "答复" alone lists what is open for them;
// "答复 修改 C1 2 新内容" and "答复 撤回 C1 2" revise or withdraw one message in one line
// (the consultation may be left out when only one is open).
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import type { Consultation } from '../src/committee/schema.ts';
import { answerFlow, type AnswerState } from '../src/committee/consultations/answer-flow.ts';
import {
  answerRefusal,
  isRefusal,
  myMessages,
  recordRevision,
  recordWithdrawal,
  target,
} from '../src/committee/consultations/answer-ops.ts';
import { parseAnswerWord } from '../src/committee/consultations/answer-words.ts';
import { parseConsultationId, stateOf } from '../src/committee/consultations/consultation.ts';
import { consultationTitle } from '../src/committee/texts.ts';
import { shorten } from '../src/views/format.ts';

function openFor(ctx: Context): Consultation[] {
  const me = ctx.person!.id;
  return Object.values(ctx.store.data.consultations).filter((c) => c.recipients.includes(me) && stateOf(c, ctx.now) === 'open');
}

function start(ctx: Context, c: Consultation, state: Partial<AnswerState> = {}, step = 'collect'): Promise<void> {
  return ctx.services.conversations.start(ctx, answerFlow, { consultation: c.id, ...state }, step);
}

async function reviseOrWithdraw(ctx: Context, word: NonNullable<ReturnType<typeof parseAnswerWord>>): Promise<void> {
  if (word.kind !== 'revise' && word.kind !== 'withdraw') return;
  const open = openFor(ctx);
  const c = word.consultation ? ctx.store.data.consultations[word.consultation] : open.length === 1 ? open[0] : undefined;
  if (!c && !word.consultation)
    return ctx.reply(open.length ? ctx.t('consult-which-open', { ids: open.map((o) => o.id).join(', ') }) : ctx.t('consult-none-open'));
  const refused = answerRefusal(ctx, c, word.consultation);
  if (refused) return ctx.reply(ctx.t(refused.id, refused.args));
  const count = myMessages(ctx, c!).length;
  if (word.n === undefined) return ctx.reply(ctx.t(word.kind === 'revise' ? 'consult-revise-which' : 'consult-withdraw-which', { count }));
  if (word.kind === 'withdraw') {
    const r = await recordWithdrawal(ctx, c!, word.n);
    return ctx.reply(isRefusal(r) ? ctx.t(r.id, r.args) : ctx.t('consult-withdrawn', { n: r.n }));
  }
  if (!word.text && !ctx.msg.file) {
    const m = target(ctx, c!, word.n);
    if (isRefusal(m)) return ctx.reply(ctx.t(m.id, m.args));
    return start(ctx, c!, { revising: word.n, seen: true }, 'revise');
  }
  const r = await recordRevision(ctx, c!, word.n, { text: word.text, ...(ctx.msg.file ? { file: ctx.msg.file } : {}) });
  return ctx.reply(isRefusal(r) ? ctx.t(r.id, r.args) : ctx.t('consult-revised', { n: r.n, chars: r.chars, files: r.files }));
}

export default defineCommand({
  id: 'answer',
  names: { en: ['answer'], zh: ['答复', '回复意见'] },
  summary: 'cmd-answer',
  examples: ['答复', '答复 C1', '答复 修改 C1 2 把“2018年”改为“2017年”', '答复 撤回 C1 3', 'answer C1'],
  args: [{ name: 'consultation', summary: 'arg-answer' }],
  access: ['expert'],
  privateAnswer: true,
  writes: true,
  async run(ctx, args) {
    if (ctx.msg.chatType !== 'direct') return ctx.reply(ctx.t('consult-answer-private'));
    const text = args.trim();
    if (!text) {
      const open = openFor(ctx);
      if (!open.length) return ctx.reply(ctx.t('consult-none-open'));
      if (open.length === 1) return start(ctx, open[0]!);
      return ctx.reply(ctx.t('consult-choose', { count: open.length }), {
        choices: open.map((c) => ({ label: `${c.id} ${shorten(consultationTitle(ctx, c), 24)}`, command: `answer ${c.id}` })),
      });
    }
    const word = parseAnswerWord(text);
    if (word?.kind === 'revise' || word?.kind === 'withdraw') return reviseOrWithdraw(ctx, word);
    const first = text.split(/\s+/)[0]!;
    const id = parseConsultationId(first);
    if (!id) return ctx.reply(ctx.t('consult-answer-usage', { word: first.slice(0, 20) }));
    const c = ctx.store.data.consultations[id];
    const refused = answerRefusal(ctx, c, first);
    if (refused) return ctx.reply(ctx.t(refused.id, refused.args));
    return start(ctx, c!);
  },
});
