// The App Home tab: a short help generated from the command declarations (names in both
// languages, the catalog summary, the first example), in the reader's language. Reports and
// polls will add their own sections here when they exist.
import type { types } from '@slack/bolt';
import type { Duban } from '../../core/bot.ts';
import type { Lang } from '../../core/types.ts';
import { langFromClient } from '../../i18n/i18n.ts';
import { toHant } from '../../i18n/script.ts';
import { escapeMrkdwn } from './render.ts';

/** Slack's limit on blocks in a Home tab view. */
const MAX_HOME_BLOCKS = 100;

/**
 * The reader's language as the core would choose it for an account that is not bound:
 * their own choice (`lang`), else their Slack locale, else the default.
 */
export function homeLang(core: Duban, userId: string, locale: string | undefined): Lang {
  const { store, defaultLang } = core.services;
  return store.data.prefs[`slack:${userId}`]?.lang ?? langFromClient(locale) ?? defaultLang;
}

export function homeView(core: Duban, lang: Lang): types.HomeView {
  const { i18n } = core.services;
  const script = (text: string) => (lang === 'zh-Hant' ? toHant(text) : text);
  const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Duban 督办', emoji: true } },
    section(escapeMrkdwn(i18n.t(lang, 'help-intro'))),
  ];
  for (const cmd of core.commands) {
    if (cmd.hidden || !cmd.access.includes('anyone')) continue;
    if (blocks.length >= MAX_HOME_BLOCKS - 1) break;
    const zh = script(cmd.names.zh[0]!);
    const en = cmd.names.en[0]!;
    const names = lang === 'en' ? `${en} / ${zh}` : `${zh} / ${en}`;
    const example = cmd.examples[0] ? `\n\`${escapeMrkdwn(script(cmd.examples[0]))}\`` : '';
    blocks.push(section(`*${escapeMrkdwn(names)}*  ${escapeMrkdwn(i18n.t(lang, cmd.summary))}${example}`));
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(i18n.t(lang, 'help-lookup')) }] });
  return { type: 'home', blocks };
}
