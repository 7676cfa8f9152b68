// The secretariat's side of the letter: show the template (both languages), edit one
// language (saved in committee.letter, with who and when), go back to the default, and
// preview it exactly as a chosen expert will read it, in that expert's language.
import { formatAt, ZONE } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import { own } from '../../core/own.ts';
import { findExperts } from '../roster.ts';
import { personById } from '../members.ts';
import { answerOffers, invitationText, LETTER_MAX, letterTemplate, unknownPlaceholders, type LetterLang } from './letter.ts';
import { langOf } from './notify.ts';

const WHICH: Record<string, LetterLang> = { zh: 'zh', cn: 'zh', 中文: 'zh', 中: 'zh', en: 'en', english: 'en', 英文: 'en', 英: 'en' };
const RESET = new Set(['reset', 'default', '恢复', '默认', '恢复默认']);

export async function showLetter(ctx: Context): Promise<void> {
  const letter = ctx.store.data.committee.letter;
  const by = letter && ctx.store.data.people.find((p) => p.id === letter.updatedBy);
  const status = letter
    ? ctx.t('letter-edited', {
        by: by ? ctx.pick(by.name, by.nameEn) : letter.updatedBy,
        at: formatAt(ctx, letter.updatedAt, ZONE),
      })
    : ctx.t('letter-default');
  await ctx.reply(
    [
      status,
      '',
      ctx.t('letter-part', { which: 'zh' }),
      letterTemplate(ctx.services, 'zh'),
      '',
      ctx.t('letter-part', { which: 'en' }),
      letterTemplate(ctx.services, 'en'),
      '',
      ctx.t('letter-how'),
    ].join('\n'),
  );
}

/** `letter zh <text>`, `letter en <text>`, `letter reset`, or just `letter`. */
export async function letterCommand(ctx: Context, rest: string): Promise<void> {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(rest.trim());
  if (!m) return showLetter(ctx);
  const word = m[1]!.toLowerCase();
  if (RESET.has(word)) {
    if (ctx.store.data.committee.letter) await ctx.store.update((db) => void delete db.committee.letter);
    return ctx.reply(ctx.t('letter-reset'));
  }
  const which = own(WHICH, word);
  if (!which) return ctx.reply(ctx.t('letter-which', { word: word.slice(0, 20) }));
  const text = m[2]!.trim();
  if (!text) return ctx.reply(ctx.t('letter-empty'));
  if (text.length > LETTER_MAX) return ctx.reply(ctx.t('letter-too-long', { length: String(text.length), max: String(LETTER_MAX) }));
  const unknown = unknownPlaceholders(text);
  if (unknown.length) return ctx.reply(ctx.t('letter-bad-placeholder', { names: unknown.map((u) => `{${u}}`).join(' ') }));
  if (!text.includes('{name}')) return ctx.reply(ctx.t('letter-no-name'));
  const zh = letterTemplate(ctx.services, 'zh');
  const en = letterTemplate(ctx.services, 'en');
  const at = ctx.now.toISOString();
  const by = ctx.person!.id;
  await ctx.store.update((db) => {
    const current = db.committee.letter ?? { zh, en, updatedAt: at, updatedBy: by };
    db.committee.letter = { ...current, [which]: text, updatedAt: at, updatedBy: by };
  });
  return ctx.reply(ctx.t('letter-saved', { which }));
}

/** The letter as the expert will read it, in their language; the buttons are shown, not live. */
export async function previewLetter(ctx: Context, query: string): Promise<void> {
  if (!query.trim()) return ctx.reply(ctx.t('letter-preview-who'));
  const found = findExperts(ctx.store, query);
  if (found.length !== 1) {
    return ctx.reply(
      found.length
        ? ctx.t('roster-several', {
            count: found.length,
            ids: found
              .slice(0, 10)
              .map((e) => e.id)
              .join(', '),
          })
        : ctx.t('roster-unknown', { query: query.slice(0, 40) }),
    );
  }
  const expert = found[0]!;
  const person = personById(ctx.store, expert.id);
  const lang = person ? langOf(ctx.services, person) : expert.lang;
  const buttons = answerOffers(ctx.services, expert.id, lang)
    .map((o) => `[${o.label}]`)
    .join(' ');
  await ctx.reply(ctx.t('letter-preview-heading', { name: ctx.pick(expert.name, expert.nameEn), lang }));
  await ctx.reply(`${invitationText(ctx.services, expert, lang)}\n\n${buttons}`);
}
