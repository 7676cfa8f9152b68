// The pages around signing in, which need no session. Opening a link shows a button (a form
// posting the token) rather than signing in at once: chat apps fetch links to preview them,
// and that must not use up the link. A wrong, used or expired link, and any page asked for
// without a session, get a clear page in Chinese and in English, and nothing else.
import type { Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { Voice } from '../../views/format.ts';
import { h } from '../html.ts';
import { bare } from '../layout.ts';

export function confirmPage(voice: Voice, name: string, token: string): string {
  return bare(
    voice.lang,
    voice.t('dash-brand'),
    h`<h1>${voice.t('dash-brand')}</h1>
<p>${voice.t('dash-signin-as', { name })}</p>
<form method="post" action="/signin"><input type="hidden" name="t" value="${token}"><button class="primary" type="submit">${voice.t('dash-signin-button')}</button></form>
<p class="muted">${voice.t('dash-signin-once')}</p>`,
  );
}

/** Both languages, the same message: the reader may be anyone. */
function bilingual(i18n: I18n, id: string, args: Record<string, string>): string {
  const langs: Lang[] = ['zh-Hans', 'en'];
  return bare(
    'both',
    langs.map((l) => i18n.t(l, `${id}-title`)).join(' / '),
    h`${langs.map((l) => h`<section lang="${l}"><h1>${i18n.t(l, `${id}-title`)}</h1><p>${i18n.t(l, id, args)}</p></section>`)}`,
  );
}

export function refusedPage(i18n: I18n, why: 'unknown' | 'used' | 'expired'): string {
  return bilingual(i18n, 'dash-link-refused', { why });
}

export function signInNeededPage(i18n: I18n): string {
  return bilingual(i18n, 'dash-signin-needed', {});
}

export function notForYouPage(i18n: I18n): string {
  return bilingual(i18n, 'dash-not-for-you', {});
}
