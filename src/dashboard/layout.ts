// Every dashboard page's frame: the head (the stylesheet, no script), the navigation the
// viewer may use, who is signed in, the sample-data banner when the page shows made-up
// data, and the page. Data is kept in Simplified Chinese: a zh-Hant reader's page is
// converted whole, as a chat reply is.
import type { Lang } from '../core/types.ts';
import { toHant } from '../i18n/script.ts';
import { h, type Html } from './html.ts';
import { seesAll, type Viewer } from './viewer.ts';

export type NavKey = 'overview' | 'items' | 'indicators' | 'committee' | 'exports';

export interface Page {
  title: string;
  nav: NavKey;
  body: Html;
  /** Anything on the page is sample data. */
  sample: boolean;
}

const NAV: ReadonlyArray<[NavKey, string, boolean]> = [
  ['overview', '/', false],
  ['items', '/items', false],
  ['indicators', '/indicators', false],
  ['committee', '/committee', true],
  ['exports', '/exports', true],
];

export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : lang;
}

export function layout(viewer: Viewer, page: Page): string {
  const { voice, person } = viewer;
  const links = NAV.filter(([, , all]) => !all || seesAll(viewer)).map(
    ([key, href]) => h`<a href="${href}"${key === page.nav ? h` aria-current="page"` : ''}>${voice.t('dash-nav', { page: key })}</a>`,
  );
  const doc = h`<!doctype html>
<html lang="${htmlLang(viewer.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${page.title} · ${voice.t('dash-brand')}</title>
<link rel="stylesheet" href="/static/dashboard.css">
<link rel="icon" href="/static/icon.svg">
</head>
<body>
<header>
<span class="brand">${voice.t('dash-brand')}</span>
<nav>${links}</nav>
<span class="who">${voice.t('dash-signed-in', { name: voice.pick(person.name, person.nameEn), scope: viewer.scope.kind })}</span>
</header>
<main>
${page.sample ? h`<p class="banner">${voice.t('dash-sample-banner', { tag: voice.t('sample-tag') })}</p>` : ''}
<h1>${page.title}</h1>
${page.body}
</main>
</body>
</html>
`.value;
  return viewer.lang === 'zh-Hant' ? toHant(doc) : doc;
}

/** A page that needs no session (sign-in, refusals): in one language, or in Chinese and English together. */
export function bare(lang: Lang | 'both', title: string, body: Html): string {
  const doc = h`<!doctype html>
<html lang="${lang === 'both' ? 'zh-Hans' : htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="/static/dashboard.css">
<link rel="icon" href="/static/icon.svg">
</head>
<body>
<div class="signin">
${body}
</div>
</body>
</html>
`.value;
  return lang === 'zh-Hant' ? toHant(doc) : doc;
}
