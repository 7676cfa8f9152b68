// An expert's side of an invitation: opening it, accepting, declining (with an optional
// reason for the secretariat), changing the answer, asking a question. Every change is
// decided inside one store.update (so a repeated press changes nothing), then appended to
// the `committee` log, then told to the secretariat where it matters. When the last
// candidate answers, the secretariat is told once (committee.allAnsweredAt). An expert who
// accepts joins the committee's meetings still ahead, and the secretariat is told.
import type { Services } from '../../core/context.ts';
import type { Lang } from '../../core/types.ts';
import { joinedLines, joinMeetingsAhead } from '../meetings/late-members.ts';
import { expertById } from '../members.ts';
import { voiceFor } from '../../views/format.ts';
import { appendEvents, newEvent, type CommitteeEvent } from './events.ts';
import { nameIn, notifyAdmins } from './notify.ts';
import { allAnswered, byState } from './status.ts';
import type { Store } from '../../db.ts';

export const REASON_MAX = 1000;

export type Answer = 'accepted' | 'declined';

export type AnswerOutcome =
  | { kind: 'not-invited' }
  | { kind: 'revoked' }
  /** The same answer again: nothing changed (a decline may have gained its reason). */
  | { kind: 'same'; reasonAdded: boolean }
  /** `joined`: the meetings still ahead that an accepting expert was added to. */
  | { kind: 'done'; from?: Answer; last: boolean; joined?: number };

/** Whether the expert has an invitation they may answer (sent, not revoked). */
export function invitationOf(store: Store, expertId: string) {
  const inv = store.data.invitations[expertId];
  return inv && (inv.invitedAt || inv.deliveredAt) ? inv : undefined;
}

/** Marks the invitation delivered and opened (the expert is reading it); logs what changed. */
export async function markOpened(services: Services, expertId: string, by: string, now: Date, how: string): Promise<void> {
  const at = now.toISOString();
  const changed = await services.store.update((db) => {
    const inv = db.invitations[expertId];
    if (!inv) return [];
    const out: Array<'delivered' | 'opened'> = [];
    if (!inv.deliveredAt) out.push('delivered');
    if (!inv.openedAt) out.push('opened');
    inv.deliveredAt ??= at;
    inv.openedAt ??= at;
    return out;
  });
  await appendEvents(
    services.store,
    changed.map((e) => newEvent(now, expertId, e, by, { via: how })),
  );
}

export async function answerInvitation(
  services: Services,
  expertId: string,
  answer: Answer,
  now: Date,
  reason?: string,
): Promise<AnswerOutcome> {
  const { store } = services;
  const at = now.toISOString();
  const outcome = await store.update((db): AnswerOutcome & { opened?: boolean } => {
    const inv = db.invitations[expertId];
    if (!inv || !(inv.invitedAt || inv.deliveredAt)) return { kind: 'not-invited' };
    if (inv.revokedAt) return { kind: 'revoked' };
    const opened = !inv.openedAt;
    inv.deliveredAt ??= at;
    inv.openedAt ??= at;
    const from = inv.answer;
    if (from === answer) {
      const reasonAdded = answer === 'declined' && Boolean(reason) && reason !== inv.declineReason;
      if (reasonAdded) inv.declineReason = reason;
      return { kind: 'same', reasonAdded, opened };
    }
    inv.answer = answer;
    inv.answeredAt = at;
    if (answer === 'declined' && reason) inv.declineReason = reason;
    else delete inv.declineReason;
    if (answer === 'declined') {
      // A member who withdraws holds no office any more.
      if (db.committee.chair === expertId) delete db.committee.chair;
      db.committee.viceChairs = db.committee.viceChairs.filter((id) => id !== expertId);
    }
    let last = false;
    if (
      !db.committee.allAnsweredAt &&
      allAnswered(
        db.invitations,
        db.experts.map((e) => e.id),
      )
    ) {
      db.committee.allAnsweredAt = at;
      last = true;
    }
    return { kind: 'done', ...(from ? { from } : {}), last, opened };
  });

  const events: CommitteeEvent[] = [];
  if (outcome.opened) events.push(newEvent(now, expertId, 'opened', expertId, { via: 'answer' }));
  if (outcome.kind === 'done') {
    events.push(
      newEvent(now, expertId, answer, expertId, { ...(outcome.from ? { from: outcome.from } : {}), ...(reason ? { reason } : {}) }),
    );
  } else if (outcome.kind === 'same' && outcome.reasonAdded) {
    events.push(newEvent(now, expertId, 'reason', expertId, { reason }));
  }
  await appendEvents(store, events);

  const expert = expertById(store, expertId)!;
  const name = (lang: Lang) => nameIn(lang, expert);
  if (outcome.kind === 'done' && (answer === 'declined' || outcome.from)) {
    await notifyAdmins(services, 'inv-admin-answer', (lang) => ({
      name: name(lang),
      id: expertId,
      answer,
      from: outcome.from ?? 'none',
      reason: reason ?? '',
      hasReason: reason ? 'yes' : 'no',
    }));
  } else if (outcome.kind === 'same' && outcome.reasonAdded) {
    await notifyAdmins(services, 'inv-admin-reason', (lang) => ({ name: name(lang), id: expertId, reason: reason! }));
  }
  // A new member joins the committee's meetings still ahead (see meetings/late-members.ts).
  const joined = outcome.kind === 'done' && answer === 'accepted' ? await joinMeetingsAhead(services, expertId, now) : [];
  if (joined.length) {
    await notifyAdmins(services, 'inv-admin-joined', (lang) => ({
      name: name(lang),
      id: expertId,
      count: joined.length,
      meetings: joinedLines(voiceFor(services.i18n, lang), store, joined),
    }));
  }
  if (outcome.kind === 'done' && outcome.last) {
    const states = byState(store);
    await notifyAdmins(services, 'inv-admin-all-answered', () => ({ accepted: states.accepted.length, declined: states.declined.length }));
  }
  const { opened: _, ...rest } = outcome;
  return (rest.kind === 'done' && joined.length ? { ...rest, joined: joined.length } : rest) as AnswerOutcome;
}

/** A question about the invitation, forwarded to every admin; returns how many were reached. */
export async function askQuestion(services: Services, expertId: string, question: string, now: Date): Promise<number> {
  await appendEvents(services.store, [newEvent(now, expertId, 'question', expertId, { question })]);
  const expert = expertById(services.store, expertId)!;
  return notifyAdmins(services, 'inv-admin-question', (lang) => ({ name: nameIn(lang, expert), id: expertId, question }), {
    offers: (lang) => [{ label: services.i18n.t(lang, 'inv-button-reply'), command: `invite reply ${expertId}` }],
    now,
  });
}

/** A reason for a decline already given (the follow-up question); nothing when the answer is no longer a decline. */
export async function addDeclineReason(services: Services, expertId: string, reason: string, now: Date): Promise<boolean> {
  const added = await services.store.update((db) => {
    const inv = db.invitations[expertId];
    if (inv?.answer !== 'declined' || inv.revokedAt) return false;
    inv.declineReason = reason;
    return true;
  });
  if (!added) return false;
  await appendEvents(services.store, [newEvent(now, expertId, 'reason', expertId, { reason })]);
  const expert = expertById(services.store, expertId)!;
  await notifyAdmins(services, 'inv-admin-reason', (lang) => ({ name: nameIn(lang, expert), id: expertId, reason }));
  return true;
}
