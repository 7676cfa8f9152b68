// Chinese script conversion (OpenCC): Traditional -> Simplified for matching what people
// type, Simplified -> Traditional for zh-Hant readers. The Simplified -> Traditional side
// uses OpenCC's dictionaries through a compact converter (compact-opencc.ts: ~6 MB instead
// of ~40 MB of heap), built on the first zh-Hant reader.
import { createRequire } from 'node:module';
import * as T2CN from 'opencc-js/t2cn';
import { buildStep, converter } from './compact-opencc.ts';
import { HANT_FIXES } from './hant-fixes.ts';

type Convert = (text: string) => string;
const t2s = T2CN.Converter({ from: 'tw', to: 'cn' });
const t2sPhrases = T2CN.Converter({ from: 'twp', to: 'cn' });
let s2t: Convert | undefined;
const HAN = /[\u3400-\u9fff]/;

/** Any Chinese text in Simplified characters (Taiwan and Hong Kong forms alike). */
export function toSimplified(text: string): string {
  return HAN.test(text) ? t2s(text) : text;
}

/**
 * Also turns Taiwan terms into mainland ones (網際網路 -> 互联网, 資訊 -> 信息): for matching
 * what people type, never for storing text (it rewrites some words of Simplified text too).
 */
export function toMainlandTerms(text: string): string {
  return HAN.test(text) ? t2sPhrases(text) : text;
}

/** Simplified -> Traditional (Taiwan standard, with phrases), for a zh-Hant reader. */
export function toHant(text: string): string {
  if (!HAN.test(text)) return text;
  if (!s2t) {
    const { Locale } = createRequire(import.meta.url)('opencc-js/cn2t') as { Locale: { from: { cn: string[][] }; to: { tw: string[][] } } };
    s2t = converter([buildStep([HANT_FIXES, ...Locale.from.cn[0]!]), buildStep(Locale.to.tw[0]!)]);
  }
  return s2t(text);
}
