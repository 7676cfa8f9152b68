// consult / 征求意见: the secretariat consults the committee. New (a draft shown back with a
// send button), send, discard, status (who answered, who not), remind those who have not,
// extend the deadline (members told), read the answers (paged, all or one expert's) and
// export them as XLSX.
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { Subcommands } from '../src/core/subcommands.ts';
import { toSimplified } from '../src/i18n/script.ts';
import type { Consultation } from '../src/committee/schema.ts';
import { parseConsultationId } from '../src/committee/consultations/consultation.ts';
import { answersFileName, answersXlsx, XLSX_MIME } from '../src/committee/consultations/export.ts';
import { extendDeadline } from '../src/committee/consultations/extend.ts';
import { confirmReminder, previewReminder } from '../src/committee/consultations/manual-remind.ts';
import { readAll, readExpert } from '../src/committee/consultations/read.ts';
import { createDraft, discardDraft, sendConsultation } from '../src/committee/consultations/send.ts';
import { listConsultations, showStatus } from '../src/committee/consultations/status.ts';

/** "第2页", "p2", "2" -> 2. */
function pageOf(word: string | undefined): number | undefined {
  const m = word && /^(?:第|p|page)?(\d{1,4})页?$/i.exec(word.normalize('NFKC'));
  return m ? Math.max(1, Number(m[1])) : undefined;
}

async function withConsultation(ctx: Context, word: string | undefined, then: (c: Consultation) => Promise<void>): Promise<void> {
  const c = lookup(ctx, word);
  if (!c) {
    const known = Object.keys(ctx.store.data.consultations).join(', ') || '-';
    return ctx.reply(
      word
        ? ctx.t('consult-unknown-id', { id: word.slice(0, 20) }) + '\n' + ctx.t('consult-known-ids', { ids: known })
        : ctx.t('consult-which-id', { ids: known }),
    );
  }
  return then(c);
}

function lookup(ctx: Context, word: string | undefined): Consultation | undefined {
  const id = word ? parseConsultationId(word) : undefined;
  return id ? ctx.store.data.consultations[id] : undefined;
}

/** A sub-command about one consultation: its id is the first word, the other words follow. */
function about(then: (ctx: Context, c: Consultation, more: string[]) => Promise<void>) {
  return (ctx: Context, rest: string) => {
    const [idWord, ...more] = rest.split(/\s+/).filter(Boolean);
    return withConsultation(ctx, idWord, (c) => then(ctx, c, more));
  };
}

const SUBS = new Subcommands({
  list: { zh: ['列表', '全部'], en: ['list', 'all'], run: (ctx) => listConsultations(ctx) },
  new: { zh: ['新建', '创建', '发起'], en: ['new', 'create'], run: createDraft },
  send: { zh: ['发送'], en: ['send'], run: about((ctx, c) => sendConsultation(ctx, c)) },
  discard: { zh: ['放弃', '作废'], en: ['discard'], run: about((ctx, c) => discardDraft(ctx, c)) },
  status: { zh: ['状态', '情况', '进度'], en: ['status'], run: about((ctx, c) => showStatus(ctx, c)) },
  remind: {
    zh: ['催办', '提醒'],
    en: ['remind'],
    run: about((ctx, c, more) =>
      /^(confirm|确认)$/i.test(more[0] ?? '') && more[1] ? confirmReminder(ctx, c, more[1]) : previewReminder(ctx, c),
    ),
  },
  extend: { zh: ['延期', '延长'], en: ['extend'], run: about((ctx, c, more) => extendDeadline(ctx, c, more)) },
  read: {
    zh: ['阅读', '查看', '答复'],
    en: ['read', 'answers'],
    run: about((ctx, c, more) => {
      const page = pageOf(more.at(-1));
      const words = page === undefined ? more : more.slice(0, -1);
      return words.length ? readExpert(ctx, c, words.join(' '), page ?? 1) : readAll(ctx, c, page ?? 1);
    }),
  },
  export: {
    zh: ['导出'],
    en: ['export', 'xlsx'],
    run: about(async (ctx, c) => {
      const { data, rows } = await answersXlsx(ctx, ctx.store, c);
      return ctx.reply(ctx.t('consult-export-ready', { id: c.id, rows }), {
        file: { name: answersFileName(c, ctx.now), mime: XLSX_MIME, data },
      });
    }),
  },
});

export default defineCommand({
  id: 'consult',
  names: { en: ['consult', 'consultation'], zh: ['征求意见', '意见征集'] },
  summary: 'cmd-consult',
  examples: [
    '征求意见',
    '征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 planning,trade | 链接 https://example.org/draft.pdf | 问题：请就……提出修改建议',
    '征求意见 C1',
    '征求意见 催办 C1',
    '征求意见 延期 C1 2016-12-20',
    '征求意见 阅读 C1 2',
    'consult export C1',
  ],
  args: [{ name: 'action', summary: 'arg-consult' }],
  access: ['admin'],
  privateAnswer: true,
  writes: true,
  async run(ctx, args) {
    const text = args.trim();
    if (!text) return listConsultations(ctx);
    if (await SUBS.run(ctx, text)) return;
    const glued = /^(新建|创建|发起)(?=\S)/.exec(toSimplified(text)); // "新建对行动计划…"
    if (glued) return createDraft(ctx, text.slice(glued[0].length).trim());
    const first = text.split(/\s+/)[0]!;
    if (parseConsultationId(first)) return withConsultation(ctx, first, (c) => showStatus(ctx, c));
    return SUBS.unknown(ctx, first, 'consult-usage');
  },
});
