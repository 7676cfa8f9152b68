// The font the PNG renderer draws with: Noto Sans Hans Regular (SIL Open Font License 1.1)
// from the @embedpdf/fonts-sc package. One OpenType file holds Simplified and Traditional
// Chinese and Latin (30,888 glyphs: every character of the catalogs and the data in all three
// languages); it is registered once per renderer and read by Skia as glyphs are needed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function fontFile(): string {
  const main = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(main), '..', 'fonts', 'NotoSansHans-Regular.otf');
}
