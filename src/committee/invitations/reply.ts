// The secretariat answers an expert's question about the invitation. A question is open
// until a reply follows it in the `committee` log (one reply answers every question asked
// before it). The reply reaches the expert in their chat, in their language; both stay in
// the expert's record, and the expert sees them again with the invitation. Not reached
// (no bound account), the reply is kept all the same and the secretariat is told.
import type { Context, Services } from '../../core/context.ts';
import type { Lang } from '../../core/types.ts';
import type { Expert } from '../../domain/expert.ts';
import type { Store } from '../../db.ts';
import { expertById, personById } from '../members.ts';
import { appendEvents, COMMITTEE_LOG, eventsOf, newEvent, type CommitteeEvent } from './events.ts';
import { script } from './letter.ts';
import { langOf, safeSend } from './notify.ts';

export const REPLY_MAX = 2000;

/** The expert's questions that no reply has followed yet, oldest first. */
export function openQuestions(events: readonly CommitteeEvent[]): CommitteeEvent[] {
  const lastReply = events.map((e) => e.event).lastIndexOf('reply');
  return events.slice(lastReply + 1).filter((e) => e.event === 'question');
}

/** Every expert with open questions, in the order the oldest was asked. */
export function allOpenQuestions(store: Store): Array<{ expert: string; questions: CommitteeEvent[] }> {
  const byExpert = new Map<string, CommitteeEvent[]>();
  for (const e of store.records(COMMITTEE_LOG)) {
    if (e.event !== 'question' && e.event !== 'reply') continue;
    byExpert.set(e.expert, [...(byExpert.get(e.expert) ?? []), e]);
  }
  return [...byExpert]
    .map(([expert, events]) => ({ expert, questions: openQuestions(events) }))
    .filter((q) => q.questions.length)
    .sort((a, b) => a.questions[0]!.at.localeCompare(b.questions[0]!.at));
}

export function hasAsked(store: Store, expertId: string): boolean {
  return eventsOf(store, expertId).some((e) => e.event === 'question');
}

/** The question text of an event. */
export const questionText = (e: CommitteeEvent): string => String(e.detail?.question ?? '');

export interface ReplyOutcome {
  /** How many open questions it answers (0: a follow-up). */
  answered: number;
  delivered: boolean;
}

/** Records the reply, then sends it to the expert with the questions it answers. */
export async function replyToExpert(services: Services, expert: Expert, text: string, by: string, now: Date): Promise<ReplyOutcome> {
  const open = openQuestions(eventsOf(services.store, expert.id));
  await appendEvents(services.store, [newEvent(now, expert.id, 'reply', by, { reply: text, questions: open.map((q) => q.id) })]);
  const person = personById(services.store, expert.id);
  if (!person) return { answered: open.length, delivered: false };
  const lang: Lang = langOf(services, person);
  const t = (id: string, args?: Record<string, string | number>) => services.i18n.t(lang, id, args);
  const lines = [
    t('inv-reply-heading', { count: open.length }),
    ...open.map((q) => t('inv-reply-question', { question: questionText(q) })),
  ];
  lines.push(t('inv-reply-answer', { reply: text }), '', t('inv-reply-footer'));
  const result = await safeSend(services, person, { text: script(lang, lines.join('\n')) });
  if (!result.ok)
    services.log.warn(
      { code: 'INVITATION_REPLY_UNDELIVERED', expert: expert.id, failure: result.failure },
      'reply to an expert not delivered',
    );
  return { answered: open.length, delivered: result.ok };
}

/** The expert's questions and the replies, for the invitation as the expert reads it (newest last). */
export function conversationLines(services: Pick<Services, 'store' | 'i18n'>, expertId: string, lang: Lang, max = 6): string[] {
  const events = eventsOf(services.store, expertId).filter((e) => e.event === 'question' || e.event === 'reply');
  if (!events.length || !expertById(services.store, expertId)) return [];
  const t = (id: string, args: Record<string, string>) => services.i18n.t(lang, id, args);
  return [
    t('inv-thread-heading', {}),
    ...events
      .slice(-max)
      .map((e) =>
        e.event === 'question'
          ? t('inv-thread-question', { text: questionText(e) })
          : t('inv-thread-reply', { text: String(e.detail?.reply ?? '') }),
      ),
  ];
}

/** Sends the secretariat's reply and says what became of it. */
export async function sendReply(ctx: Context, expert: Expert, text: string): Promise<void> {
  const out = await replyToExpert(ctx.services, expert, text, ctx.person!.id, ctx.now);
  await ctx.reply(
    ctx.t('inv-reply-sent', {
      name: ctx.pick(expert.name, expert.nameEn),
      answered: out.answered,
      delivered: out.delivered ? 'yes' : 'no',
    }),
  );
}
