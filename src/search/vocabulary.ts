// Duban's own search vocabulary (data/vocabulary.json): spellings that name the same thing
// (友城 / 友好城市 / twin city) and small talk that is no lookup (你好, thanks). Data, not
// code, so it can grow without a release; marked as Duban's own, not the public record.
// Read once, validated; a broken file stops the start with the file named.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DATA_DIR } from '../paths.ts';

const Spelling = z.string().trim().min(1).max(60);

export const Vocabulary = z.object({
  about: z.string(),
  provenance: z.literal('duban'),
  /** Each group: spellings of one thing, the first being the one the others are read as. */
  same: z.array(z.array(Spelling).min(2).max(20)).max(200),
  smallTalk: z.array(Spelling).max(200),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const VOCABULARY_FILE = `${DATA_DIR}vocabulary.json`;

let loaded: Vocabulary | undefined;

export function vocabulary(file = VOCABULARY_FILE): Vocabulary {
  if (loaded && file === VOCABULARY_FILE) return loaded;
  const parsed = Vocabulary.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  if (file === VOCABULARY_FILE) loaded = parsed.data;
  return parsed.data;
}
