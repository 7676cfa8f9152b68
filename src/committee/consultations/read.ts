// Reading the answers, paged: all of them in the order they came (withdrawn ones left out,
// revised ones marked), or one expert's in full with their history. A page holds at most
// PAGE_ENTRIES answers and about PAGE_CHARS characters, far under a chat message's limit
// (Telegram: 4096); a long answer is cut in the combined view and shown whole in the
// expert's own view. Pages are built the same way each time, so "page 3" is stable.
import type { Context } from '../../core/context.ts';
import { toSimplified } from '../../i18n/script.ts';
import { formatMoment } from '../../core/clock.ts';
import { countryName, shorten } from '../../views/format.ts';
import { expertById } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { isFileId } from '../../domain/files.ts';
import { answersOf, charCount, standing, type AnswerFile, type AnswerMessage } from './answers.ts';
import { expertName, fieldName } from './present.ts';
import { consultationTitle } from '../texts.ts';

export const PAGE_CHARS = 3000;
export const PAGE_ENTRIES = 10;
/** An answer longer than this is cut in the combined view. */
export const ENTRY_CHARS = 600;
/** Even one expert's own view cuts a single answer here (a chat message holds ~4000). */
const EXPERT_ENTRY_CHARS = 3200;

/** Greedy packing of entries into pages, in order. */
export function paginate(entries: readonly string[], budget = PAGE_CHARS, most = PAGE_ENTRIES): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const e of entries) {
    if (page.length && (page.length >= most || size + e.length > budget)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(e);
    size += e.length + 2;
  }
  if (page.length) pages.push(page);
  return pages;
}

function who(ctx: Context, expertId: string): string {
  const e = expertById(ctx.store, expertId);
  if (!e) return expertId;
  return ctx.t('consult-who', { name: expertName(ctx, e), field: fieldName(ctx, e.field), country: countryName(ctx, e.country) });
}

function entry(ctx: Context, m: AnswerMessage, max: number, label: string, cut: string): string {
  const text = m.text.length > max ? `${shorten(m.text, max)}\n${cut}` : m.text || '-';
  return ctx.t('consult-read-entry', {
    label,
    time: formatMoment(ctx, m.at),
    text,
    files: m.files.map((f) => f.name).join(', ') || 'none',
    state: m.withdrawnAt ? 'withdrawn' : m.revisedAt ? 'revised' : 'none',
    revisions: m.history.length,
    revisedAt: m.revisedAt ? formatMoment(ctx, m.revisedAt) : '',
  });
}

async function show(ctx: Context, heading: string, entries: string[], page: number, command: string, files: AnswerFile[][]): Promise<void> {
  const pages = paginate(entries);
  if (page > pages.length) return ctx.reply(ctx.t('consult-read-no-page', { page, pages: pages.length }));
  const text = [ctx.t('consult-read-page', { heading, page, pages: pages.length }), ...pages[page - 1]!].join('\n\n');
  const choices = [];
  // The attachments Duban keeps, of the answers on this page, open with one tap.
  const first = pages.slice(0, page - 1).reduce((n, p) => n + p.length, 0);
  for (const f of files.slice(first, first + pages[page - 1]!.length).flat())
    if (isFileId(f.ref)) choices.push({ label: ctx.t('file-open-button', { name: f.name }), command: `file ${f.ref}` });
  if (page > 1) choices.push({ label: ctx.t('consult-prev-button'), command: `${command} ${page - 1}` });
  if (page < pages.length)
    choices.push({ label: ctx.t('consult-next-button', { page: page + 1, pages: pages.length }), command: `${command} ${page + 1}` });
  await ctx.reply(text, { choices });
}

/** Every standing answer, oldest first, numbered across experts. */
export async function readAll(ctx: Context, c: Consultation, page: number): Promise<void> {
  const answers = answersOf(ctx.store, c.id);
  const all = [...answers.values()].flatMap(standing).sort((a, b) => a.at.localeCompare(b.at));
  if (!all.length) return ctx.reply(ctx.t('consult-read-none', { id: c.id }));
  const entries = all.map((m, i) =>
    entry(
      ctx,
      m,
      ENTRY_CHARS,
      `${i + 1}. ${who(ctx, m.expert)}`,
      ctx.t('consult-read-cut', { chars: charCount(m.text), id: c.id, expert: m.expert }),
    ),
  );
  const heading = ctx.t('consult-read-heading', {
    id: c.id,
    title: consultationTitle(ctx, c),
    experts: [...answers.values()].filter((l) => standing(l).length).length,
    messages: all.length,
  });
  await show(
    ctx,
    heading,
    entries,
    page,
    `consult read ${c.id}`,
    all.map((m) => m.files),
  );
}

/** The recipients a word names: an id, or a part of the Chinese or English name. */
export function findRecipients(ctx: Context, c: Consultation, word: string): string[] {
  const w = toSimplified(word.trim().toLowerCase());
  const exact = c.recipients.filter((id) => id === w);
  if (exact.length) return exact;
  return c.recipients.filter((id) => {
    const e = expertById(ctx.store, id);
    return e && (toSimplified(e.name).includes(w) || e.nameEn.toLowerCase().includes(w));
  });
}

/** One expert's messages, withdrawn and revised ones marked, in full. */
export async function readExpert(ctx: Context, c: Consultation, word: string, page: number): Promise<void> {
  const found = findRecipients(ctx, c, word);
  if (!found.length) return ctx.reply(ctx.t('consult-expert-unknown', { word: word.slice(0, 30), id: c.id }));
  if (found.length > 1) {
    const options = found.slice(0, 8).map((id) => ({ label: who(ctx, id), command: `consult read ${c.id} ${id}` }));
    return ctx.reply(ctx.t('consult-expert-several', { word: word.slice(0, 30), count: found.length }), { choices: options });
  }
  const expert = found[0]!;
  const mine = answersOf(ctx.store, c.id).get(expert) ?? [];
  if (!mine.length) return ctx.reply(ctx.t('consult-read-expert-none', { who: who(ctx, expert), id: c.id }));
  const entries = mine.map((m) =>
    entry(
      ctx,
      m,
      EXPERT_ENTRY_CHARS,
      ctx.t('consult-read-number', { n: m.n }),
      ctx.t('consult-read-cut-export', { chars: charCount(m.text) }),
    ),
  );
  const heading = ctx.t('consult-read-expert-heading', { who: who(ctx, expert), id: c.id, count: standing(mine).length });
  await show(
    ctx,
    heading,
    entries,
    page,
    `consult read ${c.id} ${expert}`,
    mine.map((m) => (m.withdrawnAt ? [] : m.files)),
  );
}
