// Message catalogs: Fluent (.ftl) files in ./locales/<lang>/, one file per feature. zh-Hant
// has no catalog of its own: it is the zh-Hans catalog converted with OpenCC when loaded,
// so the two never drift apart; files in ./locales/zh-Hant/, if any, override messages.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { rememberStaticTexts, toHant } from './script.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Lang } from '../core/types.ts';
import { LOCALES_DIR } from '../paths.ts';

export type Args = Record<string, FluentVariable | undefined>;

const DIR = LOCALES_DIR;

export class I18n {
  private readonly bundles = new Map<Lang, FluentBundle>();

  constructor(dir = DIR) {
    this.hans = readCatalog(dir + 'zh-Hans');
    this.hantExtra = readCatalog(dir + 'zh-Hant');
    this.bundles.set('zh-Hans', makeBundle('zh-Hans', this.hans));
    // The catalogs' phrases are converted once for every zh-Hant reply that shows them.
    rememberStaticTexts(this.hans);
    this.bundles.set('en', makeBundle('en', readCatalog(dir + 'en')));
  }

  private readonly hans: string[];
  private readonly hantExtra: string[];

  /** The zh-Hant bundle is converted on first use (see script.ts on why lazily). */
  private bundle(lang: Lang): FluentBundle {
    let bundle = this.bundles.get(lang);
    if (!bundle) {
      bundle = makeBundle('zh-Hant', [...this.hans.map(hantOf), ...this.hantExtra]);
      this.bundles.set(lang, bundle);
    }
    return bundle;
  }

  has(lang: Lang, id: string): boolean {
    return this.bundle(lang).hasMessage(id);
  }

  /** Formats a message; a missing message or argument is visible (`{id}`), never silent. */
  t(lang: Lang, id: string, args?: Args): string {
    const bundle = this.bundle(lang);
    const [msgId, attr] = id.split('.', 2) as [string, string | undefined];
    const message = bundle.getMessage(msgId);
    const pattern = attr ? message?.attributes[attr] : message?.value;
    if (!pattern) return `{${id}}`;
    const errors: Error[] = [];
    const text = bundle.formatPattern(pattern, clean(args), errors);
    return errors.length ? `${text} {${errors.map((e) => e.message).join('; ')}}` : text;
  }

  /** The message ids of a language, for the catalog consistency test. */
  ids(lang: Lang): string[] {
    return [...this.bundle(lang)._messages.keys()];
  }
}

function readCatalog(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
}

// Parsed catalogs and their zh-Hant conversions, by source text, shared by every I18n of the
// process: the bot makes one, but tests make a bot (and an I18n) per case, and converting the
// catalog to zh-Hant costs ~0.5 s. Both are pure functions of the text, and what they return
// is never changed (a FluentResource is read-only once parsed).
const resources = new Map<string, FluentResource>();
const hantSources = new Map<string, string>();

function hantOf(source: string): string {
  let hant = hantSources.get(source);
  if (hant === undefined) hantSources.set(source, (hant = toHant(source)));
  return hant;
}

function resourceOf(source: string): FluentResource {
  let resource = resources.get(source);
  if (!resource) resources.set(source, (resource = new FluentResource(source)));
  return resource;
}

function makeBundle(lang: Lang, sources: string[]): FluentBundle {
  const bundle = new FluentBundle(lang === 'en' ? 'en' : 'zh', { useIsolating: false });
  for (const source of sources) {
    const errors = bundle.addResource(resourceOf(source), { allowOverrides: lang === 'zh-Hant' });
    if (errors.length) throw new Error(`catalog ${lang}: ${errors.map((e) => e.message).join('; ')}`);
  }
  return bundle;
}

function clean(args?: Args): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) out[k] = v;
  return out;
}

/** The reply language for a client language tag (Telegram language_code, Slack locale). */
export function langFromClient(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (/^zh[-_](hant|tw|hk|mo)/.test(t)) return 'zh-Hant';
  if (t.startsWith('zh')) return 'zh-Hans';
  if (t.startsWith('en')) return 'en';
  return undefined;
}

/** Reads a language the person typed: 简体, 繁體, English, zh-hant, en... */
export function parseLang(text: string): Lang | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (['zh-hans', 'zh', 'cn', 'zh-cn', '简体', '简体中文', '簡體', '中文', '简', 'hans', '汉语'].includes(t)) return 'zh-Hans';
  if (['zh-hant', 'tw', 'hk', 'zh-tw', 'zh-hk', '繁体', '繁體', '繁體中文', '繁体中文', '繁', 'hant'].includes(t)) return 'zh-Hant';
  if (['en', 'english', '英文', '英语', '英語', 'eng'].includes(t)) return 'en';
  return undefined;
}
