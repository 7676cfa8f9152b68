// The answers to consultations: the append-only log `answers`, and its reading. A member's
// answer is a series of messages; a revision or a withdrawal of one message is a new record
// pointing at it, never an overwrite, so every version stays for the office. A message's
// number (第 2 条) is its place among the member's messages, derived when read, so two
// messages arriving together cannot get the same number. Records of an unknown shape are
// skipped, not fatal.
import { z } from 'zod';
import type { IncomingFile } from '../../core/types.ts';
import type { Store } from '../../db.ts';
import { defineLog } from '../../store/types.ts';

export const AnswerFile = z.object({
  name: z.string(),
  ref: z.string(),
  mime: z.string().optional(),
  size: z.number().optional(),
});
export type AnswerFile = z.infer<typeof AnswerFile>;

export const AnswerRecord = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['message', 'revision', 'withdrawal']),
  consultation: z.string(),
  /** The member who wrote it (a person id, as in the other committee logs). */
  person: z.string(),
  text: z.string().optional(),
  files: z.array(AnswerFile).optional(),
  /** A revision's or withdrawal's message: the id of its `message` record. */
  target: z.string().optional(),
  platform: z.string(),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;

export const ANSWERS_LOG = defineLog('answers', AnswerRecord);

export interface Version {
  at: string;
  text: string;
  files: AnswerFile[];
}

/** One message as it stands now, with its history. */
export interface AnswerMessage {
  id: string;
  n: number;
  expert: string;
  /** When it was first sent. */
  at: string;
  text: string;
  files: AnswerFile[];
  /** Earlier versions, oldest first (the original, then each replaced revision). */
  history: Version[];
  revisedAt?: string;
  withdrawnAt?: string;
}

export function answerFile(f: IncomingFile): AnswerFile {
  return { name: f.name, ref: f.ref, ...(f.mime ? { mime: f.mime } : {}), ...(f.size !== undefined ? { size: f.size } : {}) };
}

/** A revision or withdrawal must say which message it is about; one that does not is skipped. */
function isComplete(r: AnswerRecord): boolean {
  return r.kind === 'message' || typeof r.target === 'string';
}

/** Every member's messages for one consultation, in the order they were sent. */
export function answersOf(store: Store, cid: string): Map<string, AnswerMessage[]> {
  const byExpert = new Map<string, AnswerMessage[]>();
  const byId = new Map<string, AnswerMessage>();
  for (const r of store.records(ANSWERS_LOG)) {
    if (r.consultation !== cid || !isComplete(r)) continue;
    if (r.kind === 'message') {
      const list = byExpert.get(r.person) ?? [];
      const m: AnswerMessage = {
        id: r.id,
        n: list.length + 1,
        expert: r.person,
        at: r.at,
        text: r.text ?? '',
        files: r.files ?? [],
        history: [],
      };
      list.push(m);
      byExpert.set(r.person, list);
      byId.set(r.id, m);
      continue;
    }
    const m = byId.get(r.target!);
    if (!m || m.expert !== r.person) continue; // only one's own messages
    if (r.kind === 'withdrawal') m.withdrawnAt ??= r.at;
    else {
      m.history.push({ at: m.revisedAt ?? m.at, text: m.text, files: m.files });
      m.text = r.text ?? '';
      if (r.files) m.files = r.files;
      m.revisedAt = r.at;
    }
  }
  return byExpert;
}

export function standing(messages: readonly AnswerMessage[] | undefined): AnswerMessage[] {
  return (messages ?? []).filter((m) => !m.withdrawnAt);
}

/** Who has answered: at least one message not withdrawn. */
export function hasAnswered(answers: Map<string, AnswerMessage[]>, expert: string): boolean {
  return standing(answers.get(expert)).length > 0;
}

/** Characters as people count them (a Chinese character is one, an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}
