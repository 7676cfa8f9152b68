// Chinese script conversion (OpenCC): Traditional -> Simplified for matching what people
// type, Simplified -> Traditional for zh-Hant readers (Taiwan forms; Hong Kong forms for a
// zh-HK or zh-MO client). Both through the compact converter (compact-opencc.ts: ~6 MB
// instead of ~40 MB of heap for cn -> tw, and no trie to build at start).
// A reply for a zh-Hant reader is converted whole, but cut into runs that convert on their
// own (between spaces, digits, Latin and punctuation no dictionary key contains), and each
// run is looked up first: the static texts (catalogs, titles, unit and indicator names,
// given with rememberStaticTexts) are converted once, when the first zh-Hant reader comes;
// only runs never seen (what a person typed) are converted per reply, and remembered up to
// a bound.
import { createRequire } from 'node:module';
import { buildStep, converter, keyUnits, type Step } from './compact-opencc.ts';

type Convert = (text: string) => string;
type Dict = string;
interface Config {
  normalizationChain?: Dict[][];
  segmentation?: Dict[];
  conversionChain: Dict[][];
}
const HAN = /[\u3400-\u9fff]/;
const require = createRequire(import.meta.url);

function build(config: Config, extra: Step[] = []): { convert: Convert; steps: Step[] } {
  const steps = [...config.conversionChain.map(buildStep), ...extra];
  const normalize = config.normalizationChain?.map(buildStep);
  const segmentation = config.segmentation && buildStep(config.segmentation);
  return { convert: converter({ normalize, segmentation, steps }), steps: [...(normalize ?? []), ...steps] };
}

let t2s: { plain: Convert; phrases: Convert } | undefined;
function toCn(): { plain: Convert; phrases: Convert } {
  if (!t2s) {
    const { configs } = (require('opencc-js/t2cn') as { Locale: { configs: Record<'tw2s' | 'tw2sp', Config> } }).Locale;
    // The two share all but their first step: built once.
    const { tw2s, tw2sp } = configs;
    const shared = new Map<Dict[], Step>();
    const step = (dicts: Dict[]) => {
      const key = [...shared.keys()].find((k) => k.length === dicts.length && k.every((d, i) => d === dicts[i]));
      if (key) return shared.get(key)!;
      const made = buildStep(dicts);
      shared.set(dicts, made);
      return made;
    };
    const make = (c: Config) =>
      converter({
        normalize: c.normalizationChain?.map(step),
        segmentation: c.segmentation && step(c.segmentation),
        steps: c.conversionChain.map(step),
      });
    t2s = { plain: make(tw2s), phrases: make(tw2sp) };
  }
  return t2s;
}

/** Any Chinese text in Simplified characters (Taiwan and Hong Kong forms alike). */
export function toSimplified(text: string): string {
  return HAN.test(text) ? toCn().plain(text) : text;
}

/**
 * Also turns Taiwan terms into mainland ones (網際網路 -> 互联网, 資訊 -> 信息): for matching
 * what people type, never for storing text (it rewrites some words of Simplified text too).
 */
export function toMainlandTerms(text: string): string {
  return HAN.test(text) ? toCn().phrases(text) : text;
}

export type HantVariant = 'tw' | 'hk';

/** Hong Kong forms for a Hong Kong or Macau client; Taiwan forms for every other zh-Hant reader. */
export function hantVariant(clientLang: string | undefined): HantVariant {
  return clientLang && /^zh[-_](hk|mo)\b/i.test(clientLang) ? 'hk' : 'tw';
}

interface Hant {
  convert: Convert;
  /** units[u] = 1 if some dictionary key holds the UTF-16 unit u. */
  units: Uint8Array;
  fixed: Map<string, string>; // runs of the static texts: never dropped
  seen: Map<string, string>; // other runs, up to MAX_SEEN_RUNS, then started afresh
}
const hant = new Map<HantVariant, Hant>();
const staticTexts = new Set<string>();
/** Runs of what people typed kept converted (about 2 MB at most). */
const MAX_SEEN_RUNS = 20_000;

function hantOf(variant: HantVariant): Hant {
  let h = hant.get(variant);
  if (!h) {
    const { configs } = (require('opencc-js/cn2t') as { Locale: { configs: Record<'s2tw' | 's2hk', Config> } }).Locale;
    // Hong Kong: the catalogs' Taiwan forms go back to OpenCC's standard forms first.
    const fromTw = variant === 'hk' ? (require('opencc-js/t2cn') as { Locale: { from: { tw: Dict[][] } } }).Locale.from.tw : [];
    const config = variant === 'hk' ? configs.s2hk : configs.s2tw;
    const chain = variant === 'hk' ? [config.conversionChain[0]!, ...fromTw, ...config.conversionChain.slice(1)] : config.conversionChain;
    // Segmentation is left out: on the bot's texts it changes nothing (tested), and its
    // dictionary would double the converter's memory.
    const { convert, steps } = build({ normalizationChain: config.normalizationChain, conversionChain: chain });
    h = { convert, units: keyUnits(steps), fixed: new Map(), seen: new Map() };
    hant.set(variant, h);
    for (const text of staticTexts) convertRuns(h, text, h.fixed);
  }
  return h;
}

/** Simplified -> Traditional, for a zh-Hant reader. */
export function toHant(text: string, variant: HantVariant = 'tw'): string {
  if (!HAN.test(text)) return text;
  const h = hantOf(variant);
  return convertRuns(h, text, h.seen.size < MAX_SEEN_RUNS ? h.seen : ((h.seen = new Map()), h.seen));
}

/** Converts run by run, looking each run up first and remembering it in `keep`. */
function convertRuns(h: Hant, text: string, keep: Map<string, string>): string {
  let out = '';
  for (let i = 0, j = 0; i < text.length; i = j) {
    const inRun = h.units[text.charCodeAt(i)] === 1;
    while (j < text.length && (h.units[text.charCodeAt(j)] === 1) === inRun) j += 1;
    const piece = text.slice(i, j);
    if (!inRun) {
      out += piece;
      continue;
    }
    let converted = h.fixed.get(piece) ?? keep.get(piece);
    if (converted === undefined) keep.set(piece, (converted = h.convert(piece)));
    out += converted;
  }
  return out;
}

/** Texts shown again and again (catalog messages, titles, unit and indicator names): their
 *  runs are converted once, when a zh-Hant reader first needs them, and kept. */
export function rememberStaticTexts(texts: Iterable<string>): void {
  for (const text of texts) {
    if (!HAN.test(text) || staticTexts.has(text)) continue;
    staticTexts.add(text);
    for (const h of hant.values()) convertRuns(h, text, h.fixed);
  }
}

/** Runs kept converted, per variant (for tests of the bound). */
export function hantRunsKept(variant: HantVariant = 'tw'): { fixed: number; seen: number } {
  const h = hant.get(variant);
  return { fixed: h?.fixed.size ?? 0, seen: h?.seen.size ?? 0 };
}

export const MAX_TYPED_RUNS = MAX_SEEN_RUNS;
