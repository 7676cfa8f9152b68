// The App Home tab: first what waits for the reader (the core's answer to `mine`: their
// unit's items by deadline, a pending invitation, meeting polls; for an unbound account, how
// to bind), then a short help generated from the command declarations (names in both
// languages, the catalog summary, the first example), in the reader's language.
import type { types } from '@slack/bolt';
import type { Duban } from '../../core/bot.ts';
import type { Lang, Reply } from '../../core/types.ts';
import { replyLang } from '../../core/lang.ts';
import { toHant } from '../../i18n/script.ts';
import { escapeMrkdwn, renderReply } from './render.ts';

/** Slack's limit on blocks in a Home tab view. */
const MAX_HOME_BLOCKS = 100;
/** Blocks the reader's own part may take; the rest is for the help. */
const MAX_OWN_BLOCKS = 40;

/**
 * The reader's language as the core chooses it: their own choice (`lang`), else the bound
 * person's language, else their Slack locale, else the default.
 */
export function homeLang(core: Duban, userId: string, locale: string | undefined): Lang {
  const { store } = core.services;
  const account = store.data.accounts.find((a) => a.platform === 'slack' && a.accountId === userId);
  const person = account && store.data.people.find((p) => p.id === account.personId);
  return replyLang(core.services, { platform: 'slack', accountId: userId, clientLang: locale }, person);
}

/** The command line that asks the core what waits for a person (the `mine` declaration's name). */
export function mineCommand(core: Duban): string | undefined {
  return core.commands.find((c) => c.id === 'mine')?.names.en[0];
}

/** The Home view: the replies about the reader (rendered as in a message, buttons included), then the help. */
export function homeView(core: Duban, lang: Lang, own: readonly Reply[] = []): types.HomeView {
  const { i18n } = core.services;
  const script = (text: string) => (lang === 'zh-Hant' ? toHant(text) : text);
  const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'Duban 督办', emoji: true } }];
  const mine = own.flatMap((r) => renderReply(r)).flatMap((m) => m.blocks);
  if (mine.length) {
    blocks.push(...(mine.slice(0, MAX_OWN_BLOCKS) as types.KnownBlock[]), { type: 'divider' });
  }
  blocks.push(section(escapeMrkdwn(i18n.t(lang, 'help-intro'))));
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
