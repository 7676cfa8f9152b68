// The invitation letter: a template in Chinese and English, in the name of the Party
// Secretary and the Mayor, with placeholders {name}, {title} and {organisation}. The
// default template lives in the catalogs (inv-letter-default); once the secretariat edits
// it, the edited text is kept in committee.letter. Each expert reads it in their language
// (zh-Hant: the Chinese letter converted), with the three answer buttons.
import type { Offer } from '../../core/actions.ts';
import type { Services } from '../../core/context.ts';
import type { Lang } from '../../core/types.ts';
import type { Expert } from '../../domain/expert.ts';
import { toHant } from '../../i18n/script.ts';

export const PLACEHOLDERS = ['name', 'title', 'organisation'] as const;
export const LETTER_MAX = 3000;

export type LetterLang = 'zh' | 'en';

export function letterLangOf(lang: Lang): LetterLang {
  return lang === 'en' ? 'en' : 'zh';
}

/** The template as the secretariat edits it, placeholders unfilled. */
export function letterTemplate(services: Pick<Services, 'store' | 'i18n'>, which: LetterLang): string {
  const edited = services.store.data.committee.letter?.[which];
  if (edited) return edited;
  const asIs = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `{${p}}`]));
  return services.i18n.t(which === 'en' ? 'en' : 'zh-Hans', 'inv-letter-default', asIs);
}

/** Placeholders in a template that are not ours ({nmae}): a typo would reach 59 experts. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}\s]{1,30})\}/g)].map((m) => m[1]!).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
}

export function fillLetter(template: string, expert: Expert, lang: Lang): string {
  const en = lang === 'en';
  const values: Record<string, string> = {
    name: en ? expert.nameEn : expert.name,
    title: en ? expert.titleEn : expert.title,
    organisation: en ? expert.organisationEn : expert.organisation,
  };
  return template.replace(/\{(name|title|organisation)\}/g, (_, key: string) => values[key]!);
}

/** The answer buttons of an invitation (and of its reminders), in the expert's language. */
export function answerOffers(services: Pick<Services, 'i18n'>, expertId: string, lang: Lang): Offer[] {
  const t = (id: string) => script(lang, services.i18n.t(lang, id));
  return [
    { label: t('inv-button-accept'), command: `invitation accept ${expertId}` },
    { label: t('inv-button-decline'), command: `invitation decline ${expertId}` },
    { label: t('inv-button-ask'), command: `invitation ask ${expertId}` },
  ];
}

/** The whole letter an expert reads: the filled template and how to answer. */
export function invitationText(services: Pick<Services, 'store' | 'i18n'>, expert: Expert, lang: Lang): string {
  const letter = fillLetter(letterTemplate(services, letterLangOf(lang)), expert, lang);
  return script(lang, `${letter}\n\n${services.i18n.t(lang, 'inv-letter-footer')}`);
}

/** Data is kept in Simplified Chinese; a zh-Hant reader gets it converted. */
export function script(lang: Lang, text: string): string {
  return lang === 'zh-Hant' ? toHant(text) : text;
}

/** Owner of the buttons sent unprompted: they run commands, which check the presser's rights. */
export function offerOwner(expertId: string): string {
  return `expert:${expertId}`;
}
