// Writing and sending a consultation. Sending is a side effect, so it takes two steps: the
// one-message form is checked and saved as a draft, shown back with the members it would go
// to and two buttons; only the confirmation sends. Each recipient gets it in their own
// language and time zone; the reply says how many were reached and names those who were not.
import { BROADCAST_CONCURRENCY, mapConcurrent } from '../../core/concurrency.ts';
import { formatMoment, ZONE } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import type { SendResult } from '../../core/types.ts';
import { keepFile, senderOf } from '../../files/keep.ts';
import { personById } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { consultationTitle } from '../texts.ts';
import { audience, EVENTS_LOG, isSent, nextConsultationId, sentRecord, type DeliveryRecord, type SentRecord } from './consultation.ts';
import { parseCreate } from './parse.ts';
import { body, expertName, fieldList, memberMessage, type MessageKind } from './present.ts';

const NAMES_SHOWN = 40;

export function names(ctx: Context, ids: readonly string[]): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => {
    const e = ctx.store.data.experts.find((x) => x.id === id);
    return e ? expertName(ctx, e) : id;
  });
  const more = ids.length > shown.length ? [ctx.t('consult-and-more', { count: ids.length - shown.length })] : [];
  return [...shown, ...more].join(ctx.lang === 'en' ? ', ' : '、');
}

export async function createDraft(ctx: Context, args: string): Promise<void> {
  const parsed = parseCreate(args, ctx.now);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `• ${ctx.t(p.id, p.args)}`);
    return ctx.reply([ctx.t('consult-create-problems'), ...lines, ctx.t('consult-create-example')].join('\n'));
  }
  const { draft } = parsed;
  const to = audience(ctx.store, draft.fields);
  if (!to.length) return ctx.reply(ctx.t('consult-no-members', { fields: fieldList(ctx, draft.fields) }));
  let file: { name: string; ref: string } | undefined;
  if (ctx.msg.file) {
    // Kept by Duban, so each member receives the draft itself, on whatever platform they use.
    const kept = await keepFile(ctx.services.files, ctx.services.log, ctx.msg.file, senderOf(ctx), { kind: 'consultation' });
    if (!kept.ok) return ctx.reply(ctx.t(`file-refused-${kept.why}`, { max: kept.maxMb }));
    file = { name: kept.name, ref: kept.ref };
  }
  const by = ctx.person!.id;
  const now = ctx.now.toISOString();
  const id = await ctx.store.update((db) => {
    // The same form sent again (a retry, a redelivery) reuses its unsent draft.
    const same = Object.values(db.consultations).find(
      (c) =>
        !c.recipients.length &&
        !c.closedAt &&
        c.createdBy === by &&
        c.title === draft.title &&
        c.question === draft.question &&
        c.titleEn === draft.titleEn &&
        c.questionEn === draft.questionEn &&
        c.deadline === draft.deadline &&
        c.link === draft.link &&
        String(c.fields ?? '') === String(draft.fields ?? ''),
    );
    if (same) return same.id;
    const cid = nextConsultationId(db.consultations);
    db.consultations[cid] = { id: cid, ...draft, ...(file ? { file } : {}), recipients: [], createdBy: by, createdAt: now };
    return cid;
  });
  return showDraft(ctx, ctx.store.data.consultations[id]!);
}

/** The draft as members will read it, who it goes to, and the two buttons. */
export async function showDraft(ctx: Context, c: Consultation): Promise<void> {
  const to = audience(ctx.store, c.fields).map((e) => e.id);
  const text = [
    ctx.t('consult-draft-heading', { id: c.id, title: c.title }),
    ...(c.titleEn ? [ctx.t('consult-draft-title-en', { title: c.titleEn })] : []),
    ...body(ctx, c, ZONE, ctx.now),
    ...(c.questionEn ? [ctx.t('consult-draft-question-en', { question: c.questionEn })] : []),
    ctx.t('consult-draft-audience', { fields: fieldList(ctx, c.fields), count: to.length, names: names(ctx, to) }),
    ctx.t('consult-draft-confirm'),
  ].join('\n');
  await ctx.reply(text, {
    choices: [
      { label: ctx.t('consult-send-button', { count: to.length }), command: `consult send ${c.id}` },
      { label: ctx.t('consult-discard-button'), command: `consult discard ${c.id}` },
    ],
  });
}

export async function sendConsultation(ctx: Context, c: Consultation): Promise<void> {
  if (isSent(c)) return alreadySent(ctx, c);
  if (c.closedAt) return ctx.reply(ctx.t('consult-was-discarded', { id: c.id }));
  if (c.deadline <= ctx.now.toISOString())
    return ctx.reply(ctx.t('consult-send-too-late', { id: c.id, deadline: formatMoment(ctx, c.deadline) }));
  const to = audience(ctx.store, c.fields).map((e) => e.id);
  if (!to.length) return ctx.reply(ctx.t('consult-no-members', { fields: fieldList(ctx, c.fields) }));
  const at = ctx.now.toISOString();
  const claimed = await ctx.store.update((db) => {
    const d = db.consultations[c.id];
    if (!d || d.sentAt || d.recipients.length || d.closedAt) return false;
    d.recipients = to;
    d.sentAt = at;
    return true;
  });
  if (!claimed) return alreadySent(ctx, ctx.store.data.consultations[c.id] ?? c);
  const now = ctx.now;
  const sent: SentRecord = {
    id: `sent:${c.id}`,
    at: now.toISOString(),
    kind: 'sent',
    consultation: c.id,
    by: ctx.person!.id,
    recipients: to,
  };
  await ctx.store.append(EVENTS_LOG, [sent]);

  const saved = ctx.store.data.consultations[c.id]!;
  const failed = new Map<string, string[]>();
  let reached = 0;
  const results = await mapConcurrent(to, BROADCAST_CONCURRENCY, (personId) => deliver(ctx, personId, saved, now));
  for (const [i, personId] of to.entries()) {
    const result = results[i]!;
    const record: DeliveryRecord = {
      id: `send:${c.id}:${personId}`,
      at: now.toISOString(),
      kind: 'send',
      consultation: c.id,
      person: personId,
      status: result.ok ? 'sent' : result.failure === 'failed' ? 'failed' : 'unreachable',
    };
    if (result.failure) record.failure = result.failure;
    if (result.detail) record.reason = result.detail;
    await ctx.store.append(EVENTS_LOG, [record]);
    if (result.ok) reached++;
    else failed.set(result.failure ?? 'failed', [...(failed.get(result.failure ?? 'failed') ?? []), personId]);
  }
  const lines = [ctx.t('consult-sent', { id: c.id, sent: reached, total: to.length })];
  for (const [failure, ids] of failed) lines.push(ctx.t('consult-undelivered', { failure, count: ids.length, names: names(ctx, ids) }));
  if (failed.size)
    ctx.services.log.warn(
      { code: 'CONSULTATION_UNDELIVERED', id: c.id, count: to.length - reached },
      'consultation not delivered to everyone',
    );
  await ctx.reply(lines.join('\n'));
}

/** One person's copy; a port that throws counts as a passing failure, never as sent. */
export async function deliver(
  ctx: Pick<Context, 'services' | 'store'>,
  personId: string,
  c: Consultation,
  now: Date,
  kind: MessageKind = 'invite',
  previous?: string,
): Promise<SendResult> {
  const person = personById(ctx.store, personId);
  if (!person) return { ok: false, failure: 'unreachable', detail: 'no such person' };
  try {
    return await ctx.services.notifier.toPerson(person, await memberMessage(ctx.services, person, c, kind, now, previous));
  } catch (error) {
    ctx.services.log.error({ err: error, code: 'CONSULTATION_SEND_THREW', person: personId }, 'consultation send threw');
    return { ok: false, failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function alreadySent(ctx: Context, c: Consultation): Promise<void> {
  const at = sentRecord(ctx.store, c.id)?.at ?? c.createdAt;
  await ctx.reply(ctx.t('consult-already-sent', { id: c.id, at: formatMoment(ctx, at), count: c.recipients.length }));
}

/** A discarded draft is closed, not deleted: its id is never given to another consultation. */
export async function discardDraft(ctx: Context, c: Consultation): Promise<void> {
  if (isSent(c)) return alreadySent(ctx, c);
  if (c.closedAt) return ctx.reply(ctx.t('consult-was-discarded', { id: c.id }));
  const at = ctx.now.toISOString();
  await ctx.store.update((db) => {
    const d = db.consultations[c.id];
    if (d && !d.recipients.length) d.closedAt ??= at;
  });
  await ctx.reply(ctx.t('consult-discarded', { id: c.id, title: consultationTitle(ctx, c) }));
}
