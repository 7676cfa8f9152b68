// lang / 语言: choose the reply language (简体 / 繁體 / English), kept per account. Anyone may
// choose, so what unbound accounts keep is bounded and expires (prunePrefs, in the same write).
import { defineCommand } from '../src/core/command.ts';
import { prunePrefs } from '../src/core/state.ts';
import { parseLang } from '../src/i18n/i18n.ts';
import type { Lang } from '../src/core/types.ts';

const OPTIONS: Array<[Lang, string]> = [
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
  ['en', 'English'],
];

export default defineCommand({
  id: 'lang',
  names: { en: ['lang', 'language'], zh: ['语言'] },
  summary: 'cmd-lang',
  examples: ['语言 English', 'lang 繁體', 'lang zh-Hans'],
  args: [{ name: 'language', summary: 'arg-language' }],
  access: ['anyone'],
  async run(ctx, args) {
    if (!args) {
      return ctx.reply(ctx.t('lang-current', { lang: ctx.lang }), {
        choices: OPTIONS.map(([lang, label]) => ({ label, command: `lang ${lang}` })),
      });
    }
    const lang = parseLang(args);
    if (!lang) return ctx.reply(ctx.t('lang-unknown', { input: args.slice(0, 20) }));
    const now = ctx.now;
    await ctx.store.update((db) => {
      db.prefs[ctx.accountKey] = { ...db.prefs[ctx.accountKey], lang, at: now.toISOString() };
      prunePrefs(db.prefs, new Set(db.accounts.map((a) => `${a.platform}:${a.accountId}`)), now);
    });
    ctx.lang = lang;
    return ctx.reply(ctx.t('lang-set', { lang }));
  },
});
