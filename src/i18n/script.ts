// Chinese script conversion (OpenCC): Traditional -> Simplified for matching what people
// type, Simplified -> Traditional for zh-Hant readers.
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAN = /[\u3400-\u9fff]/;

/** Any Chinese text in Simplified characters (Taiwan and Hong Kong variants alike). */
export function toSimplified(text: string): string {
  return HAN.test(text) ? hk2s(t2s(text)) : text;
}

/** Simplified -> Traditional (Taiwan standard), for data shown to a zh-Hant reader. */
export function toHant(text: string): string {
  return HAN.test(text) ? s2t(text) : text;
}
