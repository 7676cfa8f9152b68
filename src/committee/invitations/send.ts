// Sending invitations: who a selection means (all, ids or names, field, country, state),
// and the send itself. Each expert gets the letter in their language with answer buttons
// through notifier.toPerson; an expert the bot cannot write to (no bound account, blocked)
// is recorded as unreachable with their personal deep link, never dropped.
//
// Contract: the confirmation carries the moment it was prepared (`stamp`). Sending claims
// each expert inside one store.update and skips those already invited at or after the
// stamp, so a confirmation pressed twice (or redelivered) sends nothing the second time.
import { BROADCAST_CONCURRENCY, mapConcurrent } from '../../core/concurrency.ts';
import { randomInt } from 'node:crypto';
import type { Services } from '../../core/context.ts';
import type { Platform, SendFailure } from '../../core/types.ts';
import type { Expert } from '../../domain/expert.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { personById } from '../members.ts';
import { applyRosterFilter, filterWords, findExperts, isEmptyFilter, norm, parseRosterFilter, type RosterFilter } from '../roster.ts';
import { appendEvents, newEvent, type CommitteeEvent } from './events.ts';
import { answerOffers, invitationText } from './letter.ts';
import { langOf, sendWithOffers } from './notify.ts';
import type { Store } from '../../db.ts';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
/** Ten characters: never mistaken for an eight-character binding code. */
export const CODE_LENGTH = 10;

export function newInvitationCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export interface Selection {
  all: boolean;
  ids: string[];
  filter: RosterFilter;
}

const ALL_WORDS = new Set(['all', 'everyone', '全部', '所有', '全体', '所有人']);

export type ParsedSelection =
  | { ok: true; selection: Selection }
  | { ok: false; why: 'empty' }
  | { ok: false; why: 'unknown'; word: string }
  | { ok: false; why: 'several'; word: string; names: string[] };

export function parseSelection(i18n: I18n, store: Store, args: string): ParsedSelection {
  const words = args.split(/[\s,，、]+/).filter(Boolean);
  const all = words.some((w) => ALL_WORDS.has(norm(w)));
  const { filter, rest } = parseRosterFilter(i18n, store, words.filter((w) => !ALL_WORDS.has(norm(w))).join(' '));
  const ids: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    // An English name is two words: try the pair first.
    const pair = i + 1 < rest.length ? findExperts(store, `${rest[i]} ${rest[i + 1]}`) : [];
    if (pair.length === 1 && store.data.experts.some((e) => norm(e.nameEn) === norm(`${rest[i]} ${rest[i + 1]}`))) {
      ids.push(pair[0]!.id);
      i++;
      continue;
    }
    const found = findExperts(store, rest[i]!);
    if (!found.length) return { ok: false, why: 'unknown', word: rest[i]! };
    if (found.length > 1) return { ok: false, why: 'several', word: rest[i]!, names: found.map((e) => e.id) };
    ids.push(found[0]!.id);
  }
  if (!all && !ids.length && isEmptyFilter(filter)) return { ok: false, why: 'empty' };
  return { ok: true, selection: { all: all && !ids.length, ids: [...new Set(ids)], filter } };
}

/** The selection as words a command line can carry (the confirmation button). */
export function selectionWords(s: Selection): string {
  if (s.ids.length) return s.ids.join(' ');
  return [s.all || isEmptyFilter(s.filter) ? 'all' : '', ...filterWords(s.filter)].filter(Boolean).join(' ');
}

export interface Targets {
  targets: Expert[];
  /** Among the targets: named experts whose invitation was revoked, invited afresh. */
  reinvited: string[];
  /** In the selection but left out, and why. */
  answered: string[];
  revoked: string[];
  delivered: string[];
}

/**
 * Who a selection sends to. Named experts get the letter again unless they answered; a
 * named expert whose invitation was revoked is invited afresh (a new code, a clean slate).
 * A group (all, a field, a country) only reaches those not yet reached, never the revoked.
 */
export function sendTargets(store: Store, s: Selection): Targets {
  const chosen = s.ids.length
    ? s.ids.map((id) => store.data.experts.find((e) => e.id === id)!).filter(Boolean)
    : applyRosterFilter(store, s.filter);
  const out: Targets = { targets: [], reinvited: [], answered: [], revoked: [], delivered: [] };
  const named = s.ids.length > 0;
  const resend = named || s.filter.state === 'pending';
  for (const e of chosen) {
    const inv = store.data.invitations[e.id];
    if (inv?.revokedAt && named) {
      out.targets.push(e);
      out.reinvited.push(e.id);
    } else if (inv?.revokedAt) out.revoked.push(e.id);
    else if (inv?.answer) out.answered.push(e.id);
    else if (inv?.deliveredAt && !resend) out.delivered.push(e.id);
    else out.targets.push(e);
  }
  return out;
}

/** Whether the expert has an account on a platform the bot runs on now. */
export function hasReachableAccount(services: Services, expertId: string): boolean {
  const person = services.store.data.people.find((p) => p.id === expertId);
  if (person) return services.notifier.canReach(person); // bound accounts and directory ids (DingTalk)
  const running = new Set(services.notifier.platforms);
  return running.has('console') || services.store.data.accounts.some((a) => a.personId === expertId && running.has(a.platform));
}

export interface Unreached {
  expert: string;
  failure: SendFailure;
  links: Array<{ platform: Platform; url: string }>;
  code: string;
}

export interface SendSummary {
  sent: number;
  delivered: string[];
  unreachable: Unreached[];
  /** Already invited since the confirmation was prepared: not sent again. */
  already: number;
}

/**
 * Sends to these experts. Those in `reinvite` whose invitation was revoked before the
 * confirmation was prepared get a new invitation: a fresh code (the old link no longer
 * opens anything), no answer, no reminders; the old one stays in the log.
 */
export async function sendInvitations(
  services: Services,
  by: string,
  expertIds: readonly string[],
  stamp: string,
  now: Date,
  reinvite: ReadonlySet<string> = new Set(),
): Promise<SendSummary> {
  const { store } = services;
  const at = now.toISOString();
  const codes = Object.fromEntries(expertIds.map((id) => [id, newInvitationCode()]));
  const again = new Set<string>();
  const claimed = await store.update((db) => {
    const out: string[] = [];
    for (const id of expertIds) {
      const inv = db.invitations[id];
      const fresh = inv?.revokedAt !== undefined && inv.revokedAt <= stamp && reinvite.has(id);
      if (fresh) {
        db.invitations[id] = { expertId: id, code: codes[id]!, invitedAt: at, reminders: 0 };
        // Someone is waiting for an answer again: the "all answered" notice may come again.
        delete db.committee.allAnsweredAt;
        again.add(id);
        out.push(id);
        continue;
      }
      if (inv?.revokedAt || inv?.answer || (inv?.invitedAt && inv.invitedAt >= stamp)) continue;
      if (inv) inv.invitedAt = at;
      else db.invitations[id] = { expertId: id, code: codes[id]!, invitedAt: at, reminders: 0 };
      out.push(id);
    }
    return out;
  });
  await appendEvents(
    store,
    claimed.map((id) => newEvent(now, id, 'invited', by, again.has(id) ? { again: 'revoked' } : undefined)),
  );

  const summary: SendSummary = { sent: claimed.length, delivered: [], unreachable: [], already: expertIds.length - claimed.length };
  const failures = new Map<string, { failure: SendFailure; detail?: string }>();
  const results = await mapConcurrent(claimed, BROADCAST_CONCURRENCY, async (id) => {
    const expert = store.data.experts.find((e) => e.id === id)!;
    const person = personById(store, id);
    const lang = person ? langOf(services, person) : expert.lang;
    return person
      ? await sendWithOffers(services, person, invitationText(services, expert, lang), answerOffers(services, id, lang), now)
      : { ok: false, failure: 'unreachable' as const, detail: 'no person record' };
  });
  for (const [i, id] of claimed.entries()) {
    const result = results[i]!;
    if (result.ok) summary.delivered.push(id);
    else failures.set(id, { failure: result.failure ?? 'failed', ...(result.detail ? { detail: result.detail } : {}) });
  }

  await store.update((db) => {
    for (const id of summary.delivered) db.invitations[id]!.deliveredAt ??= at;
    for (const [id, f] of failures) {
      const inv = db.invitations[id]!;
      if (inv.deliveredAt) continue; // reached before, e.g. by its deep link meanwhile
      inv.unreachableAt = at;
      inv.unreachableReason = f.detail ? `${f.failure}: ${f.detail}` : f.failure;
    }
  });
  const events: CommitteeEvent[] = summary.delivered.map((id) => newEvent(now, id, 'delivered', by));
  for (const [id, f] of failures) {
    const code = store.data.invitations[id]!.code;
    const links = services.notifier.deepLinks(code);
    summary.unreachable.push({ expert: id, failure: f.failure, links, code });
    events.push(
      newEvent(now, id, 'unreachable', by, {
        failure: f.failure,
        ...(f.detail ? { reason: f.detail } : {}),
        links: links.map((l) => l.url),
      }),
    );
  }
  await appendEvents(store, events);
  if (failures.size) services.log.info({ code: 'INVITATIONS_UNREACHED', count: failures.size }, 'invitations not reachable yet');
  return summary;
}
