// Which language a person reads. langOf: for messages the bot writes first (the language
// chosen on one of their accounts, else their own, else the default); replyLang: for an
// answer to one account (which also knows the client's language).
import type { Person } from '../domain/schema.ts';
import { langFromClient } from '../i18n/i18n.ts';
import type { Lang } from './types.ts';
import type { Store } from './state.ts';

export function langOf(services: { store: Store; defaultLang: Lang }, person: Person): Lang {
  const { accounts, prefs } = services.store.data;
  const chosen = accounts
    .filter((a) => a.personId === person.id)
    .map((a) => prefs[`${a.platform}:${a.accountId}`]?.lang)
    .find(Boolean);
  return chosen ?? person.lang ?? services.defaultLang;
}

/**
 * The language to answer an account in: the language chosen on it (`lang`), else its
 * person's own, else the client's (Telegram language_code, Slack locale), else the default.
 */
export function replyLang(
  services: { store: Store; defaultLang: Lang },
  account: { platform: string; accountId: string; clientLang?: string },
  person: Person | undefined,
): Lang {
  const pref = services.store.data.prefs[`${account.platform}:${account.accountId}`]?.lang;
  return pref ?? person?.lang ?? langFromClient(account.clientLang) ?? services.defaultLang;
}
