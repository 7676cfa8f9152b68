// Recording a member's answer: a new message, a revision of one, or its withdrawal, each a
// new record of the `answers` log appended at once (nothing waits for "done", so nothing is
// lost if the member stops). A redelivered message has the same record id and counts once.
// Who may answer: a recipient still on the committee, before the deadline.
import { randomUUID } from 'node:crypto';
import type { Context } from '../../core/context.ts';
import type { IncomingFile } from '../../core/types.ts';
import { keepFile, senderOf } from '../../files/keep.ts';
import { isMember, timeZoneOf } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { ANSWERS_LOG, answerFile, answersOf, charCount, type AnswerMessage, type AnswerRecord } from './answers.ts';
import { isSent } from './consultation.ts';
import { momentIn } from './present.ts';
import { consultationTitle } from '../texts.ts';

export interface Refusal {
  id: string;
  args?: Record<string, string | number>;
}

export interface Recorded {
  n: number;
  chars: number;
  files: number;
}

export interface AnswerInput {
  text?: string;
  /** The file as sent; once kept, its ref is Duban's file id. */
  file?: Pick<IncomingFile, 'name' | 'ref' | 'mime' | 'size' | 'fetch'>;
}

/** Why this person may not answer this consultation now; undefined when they may. */
export function answerRefusal(ctx: Context, c: Consultation | undefined, word = c?.id ?? ''): Refusal | undefined {
  if (!c || !isSent(c)) return { id: 'consult-unknown-id', args: { id: word.slice(0, 20) } };
  const me = ctx.person?.id;
  if (!me || !c.recipients.includes(me) || !isMember(ctx.store, me))
    return { id: 'consult-not-recipient', args: { id: c.id, title: consultationTitle(ctx, c) } };
  if (c.closedAt || ctx.now.toISOString() > c.deadline) {
    return {
      id: 'consult-closed',
      args: { id: c.id, title: consultationTitle(ctx, c), deadline: momentIn(ctx, c.closedAt ?? c.deadline, timeZoneOf(ctx.store, me)) },
    };
  }
  return undefined;
}

export function myMessages(ctx: Context, c: Consultation): AnswerMessage[] {
  return answersOf(ctx.store, c.id).get(ctx.person!.id) ?? [];
}

/** Deterministic when the platform names its delivery, so a redelivered message is kept once. */
function recordId(ctx: Context, c: Consultation): string {
  const who = `${c.id}:${ctx.person!.id}`;
  return ctx.msg.deliveryId ? `${who}:${ctx.msg.platform}:${ctx.msg.deliveryId}` : `${who}:${randomUUID()}`;
}

function record(ctx: Context, c: Consultation, kind: AnswerRecord['kind'], input: AnswerInput, target?: string): AnswerRecord {
  const text = input.text?.trim();
  return {
    id: recordId(ctx, c),
    at: ctx.now.toISOString(),
    kind,
    consultation: c.id,
    person: ctx.person!.id,
    ...(text ? { text } : {}),
    ...(input.file ? { files: [answerFile(input.file)] } : {}),
    ...(target ? { target } : {}),
    platform: ctx.msg.platform,
  };
}

function summary(m: AnswerMessage): Recorded {
  return { n: m.n, chars: charCount(m.text), files: m.files.length };
}

/** The answer with its file kept by Duban (its ref then Duban's file id), or why the file was refused. */
async function withKeptFile(ctx: Context, c: Consultation, input: AnswerInput): Promise<AnswerInput | Refusal> {
  if (!input.file) return input;
  const kept = await keepFile(ctx.services.files, ctx.services.log, input.file, senderOf(ctx), { kind: 'answer', consultation: c.id });
  if (!kept.ok) return { id: `file-refused-${kept.why}`, args: { max: kept.maxMb } };
  const { ok: _ok, kept: _kept, ...file } = kept;
  return { ...input, file };
}

export async function recordMessage(ctx: Context, c: Consultation, given: AnswerInput): Promise<Recorded | Refusal> {
  if (!given.text?.trim() && !given.file) return { id: 'consult-answer-empty' };
  const input = await withKeptFile(ctx, c, given);
  if ('id' in input) return input;
  const rec = record(ctx, c, 'message', input);
  await ctx.store.append(ANSWERS_LOG, [rec]);
  return summary(myMessages(ctx, c).find((m) => m.id === rec.id)!);
}

/** The member's message number n, if it can still be changed. */
export function target(ctx: Context, c: Consultation, n: number): AnswerMessage | Refusal {
  const mine = myMessages(ctx, c);
  const m = mine[n - 1];
  if (!m) return { id: 'consult-no-such-message', args: { n, count: mine.length } };
  if (m.withdrawnAt) return { id: 'consult-message-withdrawn', args: { n } };
  return m;
}

/**
 * Replaces message n's text; a file sent with the revision replaces its attachments, else
 * they are kept. The earlier version stays in the log.
 */
export async function recordRevision(ctx: Context, c: Consultation, n: number, given: AnswerInput): Promise<Recorded | Refusal> {
  const msg = target(ctx, c, n);
  if (isRefusal(msg)) return msg;
  if (!given.text?.trim() && !given.file) return { id: 'consult-answer-empty' };
  const input = await withKeptFile(ctx, c, given);
  if ('id' in input) return input;
  const rec = record(ctx, c, 'revision', { text: input.text?.trim() || msg.text, ...(input.file ? { file: input.file } : {}) }, msg.id);
  await ctx.store.append(ANSWERS_LOG, [rec]);
  return summary(myMessages(ctx, c)[n - 1]!);
}

export async function recordWithdrawal(ctx: Context, c: Consultation, n: number): Promise<Recorded | Refusal> {
  const msg = target(ctx, c, n);
  if (isRefusal(msg)) return msg;
  await ctx.store.append(ANSWERS_LOG, [record(ctx, c, 'withdrawal', {}, msg.id)]);
  return summary(msg);
}

export function isRefusal(r: Recorded | Refusal | AnswerMessage): r is Refusal {
  return 'id' in r && !('n' in r);
}
