// One expert's record for the secretariat: who they are, where the invitation stands, the
// whole history of it (every event of the `committee` log) and their votes (the `votes` log
// written by the meeting polls). Times are in the reader's zone, with the expert's local
// time alongside, since that is when they read it.
import { formatAt, hourIn } from '../../core/clock.ts';
import type { Context } from '../../core/context.ts';
import type { Expert } from '../../domain/expert.ts';
import { VOTES_LOG, type VoteRecord } from '../meetings/tally.ts';
import { countryName } from '../../views/format.ts';
import { timeZoneOf } from '../members.ts';
import { meetingTitle } from '../texts.ts';
import { eventsOf } from './events.ts';
import { stateOf, stateSince } from './status.ts';

const MAX_EVENTS = 40;
const MAX_VOTES = 20;

function votesOf(ctx: Context, personId: string): VoteRecord[] {
  return ctx.store.records(VOTES_LOG).filter((r) => r.person === personId);
}

function personName(ctx: Context, id: string): string {
  if (id === 'system') return ctx.t('inv-by-system');
  const p = ctx.store.data.people.find((x) => x.id === id);
  return p ? ctx.pick(p.name, p.nameEn) : id;
}

export function expertRecord(ctx: Context, e: Expert): string {
  const zone = timeZoneOf(ctx.store, ctx.person?.id ?? '');
  const at = (iso: string) => formatAt(ctx, iso, zone);
  const inv = ctx.store.data.invitations[e.id];
  const accounts = ctx.store.data.accounts.filter((a) => a.personId === e.id).map((a) => a.platform);
  const contacts = [
    e.contact.telegram && `Telegram @${e.contact.telegram}`,
    e.contact.slack && `Slack ${e.contact.slack}`,
    e.contact.email,
  ].filter(Boolean);
  const { committee } = ctx.store.data;
  const since = stateSince(inv);
  const lines = [
    ctx.t('record-heading', { name: e.name, nameEn: e.nameEn, id: e.id, sample: e.provenance }),
    `${ctx.pick(e.title, e.titleEn)} · ${ctx.pick(e.organisation, e.organisationEn)}`,
    ctx.t('record-facts', {
      field: ctx.t('roster-field', { field: e.field }),
      country: countryName(ctx, e.country),
      zone: e.timeZone,
      local: String(hourIn(ctx.now, e.timeZone)).padStart(2, '0'),
      lang: e.lang,
    }),
    ctx.t('record-contact', { contacts: contacts.join(' · '), accounts: accounts.length ? accounts.join(', ') : '-' }),
    ctx.t('record-state', {
      state: stateOf(inv),
      at: since ? at(since) : '-',
      office: committee.chair === e.id ? 'chair' : committee.viceChairs.includes(e.id) ? 'vice' : 'none',
    }),
  ];
  if (inv?.declineReason) lines.push(ctx.t('record-reason', { reason: inv.declineReason }));
  if (inv && !inv.deliveredAt && !inv.revokedAt) {
    const links = ctx.services.notifier.deepLinks(inv.code);
    lines.push(ctx.t('record-link', { code: inv.code, links: links.map((l) => l.url).join(' ') || '-' }));
  }
  if (inv) lines.push(ctx.t('record-reminders', { count: inv.reminders, at: inv.remindedAt ? at(inv.remindedAt) : '-' }));

  const events = eventsOf(ctx.store, e.id);
  lines.push('', ctx.t('record-history', { count: events.length }));
  if (!events.length) lines.push(ctx.t('record-no-history'));
  const shown = events.slice(-MAX_EVENTS);
  if (events.length > shown.length) lines.push(ctx.t('record-earlier', { count: events.length - shown.length }));
  for (const ev of shown) {
    const detail = ev.detail ?? {};
    lines.push(
      ctx.t('record-event', {
        at: at(ev.at),
        event: ev.event,
        by: personName(ctx, ev.by),
        self: ev.by === e.id ? 'yes' : 'no',
        from: typeof detail.from === 'string' ? detail.from : 'none',
        text: String(detail.reason ?? detail.question ?? detail.reply ?? detail.via ?? detail.n ?? detail.again ?? '') || 'none',
        failure: typeof detail.failure === 'string' ? detail.failure : 'unreachable',
      }),
    );
  }

  const votes = votesOf(ctx, e.id);
  lines.push('', ctx.t('record-votes', { count: votes.length }));
  for (const v of votes.slice(-MAX_VOTES)) {
    const meeting = ctx.store.data.meetings[v.meeting];
    const slot = meeting?.slots.find((s) => s.id === v.slot);
    lines.push(
      ctx.t('record-vote', {
        at: at(v.at),
        meeting: meeting ? meetingTitle(ctx, meeting) : v.meeting,
        slot: slot ? at(slot.start) : v.slot,
        answer: String(v.answer),
      }),
    );
  }
  return lines.join('\n');
}
