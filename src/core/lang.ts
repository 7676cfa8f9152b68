// Which language a person reads: the language chosen on one of their accounts (`lang`),
// else their own (data), else the bot's default. For messages the bot writes first; a reply
// also considers the client's language of the message (see Duban).
import type { Person } from '../domain/schema.ts';
import type { Store } from '../store/types.ts';
import type { Lang } from './types.ts';

export function langOf(services: { store: Store; defaultLang: Lang }, person: Person): Lang {
  const { accounts, prefs } = services.store.data;
  const chosen = accounts.filter((a) => a.personId === person.id).map((a) => prefs[`${a.platform}:${a.accountId}`]?.lang).find(Boolean);
  return chosen ?? person.lang ?? services.defaultLang;
}
