// 邀请 导出 / invite export: the personal invitation links as a CSV for a mail merge, since
// experts who never opened the bot are reached by e-mail. One row per invitation still open
// (sent, not answered, not revoked): id, name (as the expert reads it), language, e-mail,
// personal link, code, state. Personal data: for the secretariat only, and always in a
// direct message — asked in a group, the file goes to the asker's direct chat and the
// group is told so. Cells are written as the assessment export writes them (a cell that
// starts like a formula is kept as text).
import { shanghaiDate } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import type { Expert } from '../../domain/expert.ts';
import { CSV_MIME, toCsv, type Cell } from '../../supervision/export.ts';
import { personById } from '../members.ts';
import { langOf } from './notify.ts';
import { stateOf } from './status.ts';

const COLUMNS = ['id', 'name', 'lang', 'email', 'link', 'code', 'state'] as const;

/** The rows of the export: every invitation sent and neither answered nor revoked, in roster order. */
export function linkRows(ctx: Context): Cell[][] {
  const rows: Cell[][] = [];
  for (const e of ctx.store.data.experts) {
    const inv = ctx.store.data.invitations[e.id];
    const state = stateOf(inv);
    if (!inv || (state !== 'pending' && state !== 'unreachable')) continue;
    const lang = languageOf(ctx, e);
    const link = ctx.services.notifier.deepLinks(inv.code)[0]?.url ?? null;
    rows.push([e.id, lang === 'en' ? e.nameEn : e.name, lang, e.contact.email, link, inv.code, ctx.t('inv-state', { state })]);
  }
  return rows;
}

function languageOf(ctx: Context, e: Expert) {
  const person = personById(ctx.store, e.id);
  return person ? langOf(ctx.services, person) : e.lang;
}

export async function exportLinks(ctx: Context): Promise<void> {
  const rows = linkRows(ctx);
  if (!rows.length) return ctx.reply(ctx.t('inv-export-none'));
  const headers = COLUMNS.map((col) => ctx.t('inv-export-header', { col }));
  const file = {
    name: `invitation-links-${shanghaiDate(ctx.now)}.csv`,
    mime: CSV_MIME,
    data: toCsv({ sheet: '', headers, rows, widths: [], wrap: [] }),
  };
  // Asked in a group, the core runs this in the person's direct chat (the invite command answers privately).
  return ctx.reply(ctx.t('inv-export-ready', { count: rows.length }), { file });
}
