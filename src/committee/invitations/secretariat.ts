// The secretariat's side effects, each in two steps: `prepare` says what would happen and
// offers a confirmation button carrying the moment it was prepared; `confirm` does it and
// reports what happened (sent, delivered, not reachable with the deep links). Also the list
// of deep links to forward by other means (revoking: revoke.ts).
import type { Context } from '../../core/context.ts';
import type { Expert } from '../../domain/expert.ts';
import { isDecentTime } from './local-time.ts';
import { INVITATION_REMINDERS, awaitingAnswer, sendInvitationReminders } from './reminders.ts';
import { hasReachableAccount, parseSelection, selectionWords, sendInvitations, sendTargets, type Unreached } from './send.ts';
import { checkStamp } from './stamp.ts';
import { stateOf } from './status.ts';

const LINES_PER_MESSAGE = 20;
const REPORT_LINES = 25;

const name = (ctx: Context, e: Expert) => ctx.pick(e.name, e.nameEn);
const expert = (ctx: Context, id: string) => ctx.store.data.experts.find((e) => e.id === id)!;

export async function prepareSend(ctx: Context, args: string): Promise<void> {
  const parsed = parseSelection(ctx.services.i18n, ctx.store, args);
  if (!parsed.ok) {
    if (parsed.why === 'empty') return ctx.reply(ctx.t('inv-send-who'));
    if (parsed.why === 'several')
      return ctx.reply(ctx.t('roster-several', { count: parsed.names.length, ids: parsed.names.slice(0, 10).join(', ') }));
    return ctx.reply(ctx.t('roster-unknown', { query: parsed.word.slice(0, 40) }));
  }
  const t = sendTargets(ctx.store, parsed.selection);
  const skipped = { answered: t.answered.length, revoked: t.revoked.length, delivered: t.delivered.length };
  if (!t.targets.length) return ctx.reply(ctx.t('inv-send-none', skipped));
  const reachable = t.targets.filter((e) => hasReachableAccount(ctx.services, e.id)).length;
  const langs = (l: string) => t.targets.filter((e) => (ctx.store.data.people.find((p) => p.id === e.id)?.lang ?? e.lang) === l).length;
  const stamp = ctx.now.toISOString();
  await ctx.reply(
    ctx.t('inv-send-confirm', {
      count: t.targets.length,
      hans: langs('zh-Hans'),
      hant: langs('zh-Hant'),
      en: langs('en'),
      reachable,
      unreachable: t.targets.length - reachable,
      reinvited: t.reinvited.length,
      ...skipped,
    }),
    {
      choices: [
        {
          label: ctx.t('inv-button-send', { count: t.targets.length }),
          command: `invite confirm send ${stamp} ${selectionWords(parsed.selection)}`,
        },
        { label: ctx.t('inv-button-cancel'), command: 'invite cancel' },
      ],
    },
  );
}

export async function confirmSend(ctx: Context, args: string): Promise<void> {
  const [rawStamp, ...words] = args.split(/\s+/);
  const stamp = checkStamp(ctx, rawStamp);
  if (!stamp) return ctx.reply(ctx.t('inv-confirm-old'));
  const parsed = parseSelection(ctx.services.i18n, ctx.store, words.join(' '));
  if (!parsed.ok) return ctx.reply(ctx.t('inv-confirm-old'));
  const t = sendTargets(ctx.store, parsed.selection);
  const ids = t.targets.map((e) => e.id);
  const summary = await sendInvitations(ctx.services, ctx.person!.id, ids, stamp, ctx.now, new Set(t.reinvited));
  if (!summary.sent) return ctx.reply(ctx.t('inv-send-already'));
  const lines = [
    ctx.t('inv-send-report', {
      sent: summary.sent,
      delivered: summary.delivered.length,
      unreachable: summary.unreachable.length,
      already: summary.already,
    }),
  ];
  lines.push(...summary.unreachable.slice(0, REPORT_LINES).map((u) => unreachedLine(ctx, u)));
  if (summary.unreachable.length > REPORT_LINES) lines.push(ctx.t('inv-links-more', { count: summary.unreachable.length - REPORT_LINES }));
  return ctx.reply(lines.join('\n'));
}

function unreachedLine(ctx: Context, u: Unreached): string {
  const e = expert(ctx, u.expert);
  return ctx.t('inv-unreached-line', {
    name: name(ctx, e),
    id: e.id,
    failure: u.failure,
    links: u.links.map((l) => l.url).join(' '),
    code: u.code,
    hasLink: u.links.length ? 'yes' : 'no',
  });
}

/** Every invitation not delivered yet, with its personal link or code, to forward by other means. */
export async function listLinks(ctx: Context): Promise<void> {
  const open = ctx.store.data.experts.filter((e) => stateOf(ctx.store.data.invitations[e.id]) === 'unreachable');
  if (!open.length) return ctx.reply(ctx.t('inv-links-none'));
  const lines = open.map((e) => {
    const inv = ctx.store.data.invitations[e.id]!;
    const failure = (inv.unreachableReason ?? 'unreachable').split(':')[0] as Unreached['failure'];
    return unreachedLine(ctx, { expert: e.id, failure, links: ctx.services.notifier.deepLinks(inv.code), code: inv.code });
  });
  await ctx.reply(ctx.t('inv-links-heading', { count: open.length }));
  for (let i = 0; i < lines.length; i += LINES_PER_MESSAGE) await ctx.reply(lines.slice(i, i + LINES_PER_MESSAGE).join('\n'));
}

/** Pending experts split by whether it is a decent hour where they are. */
function remindable(ctx: Context): { now: string[]; later: string[] } {
  const out = { now: [] as string[], later: [] as string[] };
  for (const id of awaitingAnswer(ctx.store)) {
    const e = expert(ctx, id);
    (isDecentTime(ctx.now, e.timeZone, e.country, INVITATION_REMINDERS) ? out.now : out.later).push(id);
  }
  return out;
}

export async function prepareRemind(ctx: Context): Promise<void> {
  const { now, later } = remindable(ctx);
  if (!now.length && !later.length) return ctx.reply(ctx.t('inv-remind-none'));
  if (!now.length) return ctx.reply(ctx.t('inv-remind-none-now', { later: later.length }));
  const stamp = ctx.now.toISOString();
  await ctx.reply(ctx.t('inv-remind-confirm', { now: now.length, later: later.length }), {
    choices: [
      { label: ctx.t('inv-button-remind', { count: now.length }), command: `invite confirm remind ${stamp}` },
      { label: ctx.t('inv-button-cancel'), command: 'invite cancel' },
    ],
  });
}

export async function confirmRemind(ctx: Context, args: string): Promise<void> {
  const stamp = checkStamp(ctx, args.split(/\s+/)[0]);
  if (!stamp) return ctx.reply(ctx.t('inv-confirm-old'));
  const { now, later } = remindable(ctx);
  // Reminded since the confirmation was prepared (this button pressed before, or the hourly run): not again.
  const due = now
    .map((id) => ({ id, inv: ctx.store.data.invitations[id]! }))
    .filter(({ inv }) => !inv.remindedAt || inv.remindedAt < stamp)
    .map(({ id, inv }) => ({ expert: id, n: inv.reminders + 1 }));
  if (!due.length) return ctx.reply(ctx.t('inv-remind-already'));
  const summary = await sendInvitationReminders(ctx.services, due, ctx.now, ctx.person!.id);
  return ctx.reply(ctx.t('inv-remind-report', { sent: summary.sent.length, failed: summary.failed.length, later: later.length }));
}
