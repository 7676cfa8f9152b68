// The weekly digest for the secretariat, in each reader's language: what changed (the
// reports of the last 7 days, the lead units' and the responsible units' apart), the items
// that fell overdue in those days, blockers (the notes of items now reported at risk or
// delayed, by the lead unit or by a responsible unit for its part), the departments with
// open items that have not reported this month, and the units whose reminders reached
// nobody. A pure function of the store and the time: the scheduler that sends it owns when
// and where.
import type { Services } from '../core/context.ts';
import type { Lang, Reply } from '../core/types.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { PlanData } from '../domain/schema.ts';
import { assessItems, missingReports, periodOf, type Assessed, type Missing } from './assess.ts';
import { REPORTS_LOG } from '../plan/report-log.ts';
import { indicatorValue, itemState } from './history.ts';
import { itemStanding } from './standing.ts';
import { unreachedLines, unreachedUnits, type UnreachedUnit } from './unreached.ts';
import { formatDay, formatMonth } from '../core/clock.ts';
import { toHant } from '../i18n/script.ts';
import { fitText, joinList, personName, shorten, unitName, voiceFor, type Voice } from '../views/format.ts';
import { itemTitle } from '../views/item-view.ts';

export const DIGEST_DAYS = 7;
/** Lines per section: both languages must fit one chat message (Telegram: 4096 characters). */
export const DIGEST_CAP = 6;
/** A blocker's note is cut here: the whole note is one `历史` away. */
const NOTE_WIDTH = 60;
const DAY_MS = 86_400_000;

interface Change {
  /** `item:92`, `indicator:E1`, or `item:92|ccpit` for a responsible unit's part. */
  key: string;
  /** The state a week ago (the last report before the window), if any. */
  before?: ReportRecord;
  /** The newest report of the window. */
  after: ReportRecord;
  /** Reports in the window. */
  count: number;
}

interface DigestFacts {
  from: Date;
  now: Date;
  reports: number;
  changes: Change[];
  newOverdue: Assessed[];
  /** The items blocked this week, with the report that says so (the lead's, or a unit's for its part). */
  blockers: Array<{ a: Assessed; r: ReportRecord }>;
  missing: Missing[];
  unreached: UnreachedUnit[];
}

/** The digest in one reader's language (a Chinese reader is not sent it again in English). */
export async function buildDigest(services: Services, now: Date, lang: Lang = services.defaultLang): Promise<Reply> {
  const facts = await digestFacts(services, now);
  const text = render(voiceFor(services.i18n, lang), services, facts);
  // Data is kept in Simplified Chinese; a zh-Hant reader's digest is converted like a reply.
  return { text: lang === 'zh-Hant' ? toHant(text) : text };
}

async function digestFacts(services: Services, now: Date): Promise<DigestFacts> {
  const from = new Date(now.getTime() - DIGEST_DAYS * DAY_MS);
  const inWindow = (t: number) => t > from.getTime();

  // Only the items and indicators reported on in the window are read back from the log.
  const byKey = new Map<string, Change>();
  let reports = 0;
  for (const [key, entry] of services.plan.reports.byKey) {
    const newest = [entry.latest, ...Object.values(entry.contributions ?? {})].filter((r) => r !== undefined);
    if (!newest.some((r) => inWindow(Date.parse(r.at)))) continue;
    const all = (await services.store.read(REPORTS_LOG, entry.refs))
      .map((r, i) => ({ r, i, t: Date.parse(r.at) }))
      .filter((x) => x.t <= now.getTime())
      .sort((a, b) => a.t - b.t || a.i - b.i);
    // The lead unit's reports and each responsible unit's are compared each with their own.
    const previous = new Map<string, ReportRecord>();
    for (const { r, t } of all) {
      const strand = r.contributionOf ?? '';
      if (!inWindow(t)) {
        previous.set(strand, r);
        continue;
      }
      reports++;
      const changeKey = strand ? `${key}|${strand}` : key;
      const seen = byKey.get(changeKey);
      byKey.set(changeKey, { key: changeKey, before: previous.get(strand), after: r, count: (seen?.count ?? 0) + 1 });
    }
  }
  const changes = [...byKey.values()].sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key));

  const assessed = assessItems(services.plan, now);
  const newOverdue = assessed
    .filter((a) => a.view.health === 'overdue' && a.view.daysLeft >= -DIGEST_DAYS)
    .sort((a, b) => a.view.daysLeft - b.view.daysLeft || a.item.no - b.item.no);
  const flagged = (r: ReportRecord | undefined): r is ReportRecord =>
    (r?.status === 'at-risk' || r?.status === 'delayed') && inWindow(Date.parse(r.at));
  const blockers = assessed.flatMap((a) => [
    ...(flagged(a.latest) ? [{ a, r: a.latest }] : []),
    // A unit's blocker the lead unit has not answered with a report of its own since.
    ...a.contributions.filter((c) => flagged(c) && (!a.latest || Date.parse(c.at) > Date.parse(a.latest.at))).map((r) => ({ a, r })),
  ]);
  const missing = missingReports(services.plan.data, assessed, services.plan.reports, now);
  const unreached = unreachedUnits(services, from, now);
  return { from, now, reports, changes, newOverdue, blockers, missing, unreached };
}

/** Items first, by number; then indicators, by code. */
function order(key: string): number {
  const item = /^item:(\d+)/.exec(key);
  return item ? Number(item[1]) : 1e6;
}

function render(voice: Voice, services: Services, f: DigestFacts): string {
  const plan = services.plan.data;
  const people = services.store.data.people;
  const lines = [voice.t('digest-title', { from: formatDay(voice, f.from), to: formatDay(voice, f.now) })];

  lines.push('', voice.t('digest-changes', { reports: f.reports, count: f.changes.length }));
  lines.push(
    ...capped(voice, f.changes, (c) =>
      voice.t('digest-change', {
        what: changeLabel(voice, plan, c),
        change: changeText(voice, plan, c),
        who: personName(voice, people, c.after.by),
      }),
    ),
  );

  lines.push('', voice.t('digest-overdue', { count: f.newOverdue.length }));
  lines.push(...capped(voice, f.newOverdue, (a) => itemStanding(voice, plan, a, 24)));

  lines.push('', voice.t('digest-blockers', { count: f.blockers.length }));
  lines.push(
    ...capped(voice, f.blockers, ({ a, r }) => {
      const title = itemTitle(voice, a.item, 20);
      const status = r.contributionOf
        ? voice.t('sv-reason-contribution', { unit: unitName(voice, plan, r.contributionOf), status: r.status! })
        : voice.t('sv-status', { status: r.status! });
      return voice.t('digest-blocker', {
        what: `${a.item.no}. ${title}`,
        status,
        note: r.note ? shorten(r.note, NOTE_WIDTH) : voice.t('digest-no-note'),
      });
    }),
  );

  const month = formatMonth(voice, periodOf(f.now));
  const names = f.missing.map((m) => unitName(voice, plan, m.dept));
  const shown = names.slice(0, DIGEST_CAP * 2);
  lines.push(
    '',
    f.missing.length
      ? voice.t('digest-missing', {
          month,
          count: f.missing.length,
          list:
            joinList(voice, shown) +
            (names.length > shown.length ? voice.t('digest-and-more', { count: names.length - shown.length }) : ''),
        })
      : voice.t('digest-missing-none', { month }),
  );
  if (f.unreached.length) {
    lines.push('', voice.t('unreached-heading', { days: DIGEST_DAYS, count: f.unreached.length }));
    lines.push(...unreachedLines(voice, services, f.unreached, DIGEST_CAP).map((l) => `  ${l}`));
  }
  return lines.join('\n');
}

function capped<T>(voice: Voice, list: readonly T[], line: (x: T) => string): string[] {
  const out = list.slice(0, DIGEST_CAP).map((x) => `  ${line(x)}`);
  if (list.length > DIGEST_CAP) out.push(`  ${voice.t('more', { count: list.length - DIGEST_CAP })}`);
  return out;
}

function changeLabel(voice: Voice, plan: PlanData, c: Change): string {
  if (c.after.item !== undefined) {
    const item = plan.items.find((i) => i.no === c.after.item);
    const label = `${c.after.item}. ${item ? itemTitle(voice, item, 20) : ''}`;
    return c.after.contributionOf
      ? voice.t('digest-contribution', { what: label, unit: unitName(voice, plan, c.after.contributionOf) })
      : label;
  }
  const ind = plan.indicators.find((i) => i.code === c.after.indicator);
  return `${c.after.indicator} ${ind ? fitText(voice, voice.pick(ind.name, ind.nameEn), 20) : ''}`;
}

function changeText(voice: Voice, plan: PlanData, c: Change): string {
  if (c.after.item !== undefined) return itemState(voice, c.before, c.after);
  const ind = plan.indicators.find((i) => i.code === c.after.indicator);
  return ind ? indicatorValue(voice, ind, c.before, c.after) : String(c.after.value ?? '—');
}
