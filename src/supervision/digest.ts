// The weekly digest for a leadership chat, in Chinese with English beneath: what changed
// (the reports of the last 7 days), the items that fell overdue in those days, blockers
// (the notes of items now reported at risk or delayed), and the departments with open
// items that have not reported this month. A pure function of the store and the time: the
// scheduler that sends it owns when and where.
import type { Services } from '../core/context.ts';
import type { Reply } from '../core/types.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { PlanData } from '../domain/schema.ts';
import { assessItems, missingReports, periodOf, type Assessed, type Missing } from './assess.ts';
import { REPORTS_LOG } from '../plan/report-log.ts';
import { indicatorValue, itemState } from './history.ts';
import { itemStanding } from './overview.ts';
import { formatDay, formatMonth } from '../core/clock.ts';
import { joinList, personName, shorten, unitName, voiceFor, type Voice } from '../views/format.ts';

export const DIGEST_DAYS = 7;
/** Lines per section: both languages must fit one chat message (Telegram: 4096 characters). */
export const DIGEST_CAP = 6;
/** A blocker's note is cut here: the whole note is one `历史` away. */
const NOTE_WIDTH = 60;
const DAY_MS = 86_400_000;

interface Change {
  /** `item:92` or `indicator:E1`. */
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
  blockers: Assessed[];
  missing: Missing[];
}

export async function buildDigest(services: Services, now: Date): Promise<Reply> {
  const facts = await digestFacts(services, now);
  const zh = render(voiceFor(services.i18n, 'zh-Hans'), services, facts);
  const en = render(voiceFor(services.i18n, 'en'), services, facts);
  return { text: `${zh}\n\n— — —\n\n${en}` };
}

async function digestFacts(services: Services, now: Date): Promise<DigestFacts> {
  const from = new Date(now.getTime() - DIGEST_DAYS * DAY_MS);
  const inWindow = (t: number) => t > from.getTime();

  // Only the items and indicators reported on in the window are read back from the log.
  const byKey = new Map<string, Change>();
  let reports = 0;
  for (const [key, entry] of services.plan.reports.byKey) {
    if (!inWindow(Date.parse(entry.latest.at))) continue;
    const all = (await services.store.read(REPORTS_LOG, entry.refs))
      .map((r, i) => ({ r, i, t: Date.parse(r.at) }))
      .filter((x) => x.t <= now.getTime())
      .sort((a, b) => a.t - b.t || a.i - b.i);
    let previous: ReportRecord | undefined;
    for (const { r, t } of all) {
      if (!inWindow(t)) {
        previous = r;
        continue;
      }
      reports++;
      const seen = byKey.get(key);
      byKey.set(key, { key, before: previous, after: r, count: (seen?.count ?? 0) + 1 });
    }
  }
  const changes = [...byKey.values()].sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key));

  const assessed = assessItems(services.plan, now);
  const newOverdue = assessed
    .filter((a) => a.view.health === 'overdue' && a.view.daysLeft >= -DIGEST_DAYS)
    .sort((a, b) => a.view.daysLeft - b.view.daysLeft || a.item.no - b.item.no);
  const blockers = assessed.filter((a) => {
    const status = a.latest?.status;
    return (status === 'at-risk' || status === 'delayed') && inWindow(Date.parse(a.latest!.at));
  });
  const missing = missingReports(services.plan.data, assessed, services.plan.reports, now);
  return { from, now, reports, changes, newOverdue, blockers, missing };
}

/** Items first, by number; then indicators, by code. */
function order(key: string): number {
  return key.startsWith('item:') ? Number(key.slice(5)) : 1e6;
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
    ...capped(voice, f.blockers, (a) => {
      const title = shorten(voice.pick(a.item.title, a.item.titleEn), 20);
      const status = voice.t('sv-status', { status: a.latest!.status! });
      return voice.t('digest-blocker', {
        what: `${a.item.no}. ${title}`,
        status,
        note: a.latest!.note ? shorten(a.latest!.note, NOTE_WIDTH) : voice.t('digest-no-note'),
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
    return `${c.after.item}. ${item ? shorten(voice.pick(item.title, item.titleEn), 20) : ''}`;
  }
  const ind = plan.indicators.find((i) => i.code === c.after.indicator);
  return `${c.after.indicator} ${ind ? shorten(voice.pick(ind.name, ind.nameEn), 20) : ''}`;
}

function changeText(voice: Voice, plan: PlanData, c: Change): string {
  if (c.after.item !== undefined) return itemState(voice, c.before, c.after);
  const ind = plan.indicators.find((i) => i.code === c.after.indicator);
  return ind ? indicatorValue(voice, ind, c.before, c.after) : String(c.after.value ?? '—');
}
