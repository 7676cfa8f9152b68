// The words of a reminder, in its reader's language: one person's due reminders become one
// message (a heading, at most MAX_LINES entries, a footer saying how to report), so twenty
// items lagging at once make one message, not twenty.
import { daysBetween, deadlineDay, formatMonth, shanghaiDate } from '../../core/clock.ts';
import type { Services } from '../../core/context.ts';
import type { Lang } from '../../core/types.ts';
import { toHant } from '../../i18n/script.ts';
import { PLAN_START } from '../health.ts';
import { daysText, joinList, unitList, voiceFor, type Voice } from '../../views/format.ts';
import { itemTitle } from '../../views/item-view.ts';
import type { Reminder } from './plan.ts';

export const MAX_LINES = 15;
/** In Chinese characters; an English title may be twice as long (itemTitle). */
const TITLE_WIDTH = 35;

/** The person's language: the choice made on a bound account, else their own, else the bot's default. */
export { langOf } from '../../core/lang.ts'; // re-exported for the reminder modules

/** One message carrying all of a person's reminders of this run. */
export function renderBatch(services: Services, lang: Lang, reminders: readonly Reminder[], now: Date): string {
  const voice = voiceFor(services.i18n, lang);
  const entries = reminders.map((r) => renderOne(services, voice, r, now));
  const shown = entries.slice(0, MAX_LINES);
  const parts = entries.length > 1 ? [voice.t('reminder-batch-heading', { count: entries.length }), ...shown] : shown;
  if (entries.length > shown.length) parts.push(voice.t('reminder-more', { count: entries.length - shown.length }));
  parts.push(voice.t('reminder-footer'));
  const text = parts.join('\n\n');
  return lang === 'zh-Hant' ? toHant(text) : text;
}

function renderOne(services: Services, voice: Voice, r: Reminder, now: Date): string {
  const plan = services.plan;
  const today = shanghaiDate(now);
  const item = r.item === undefined ? undefined : plan.item(r.item);
  const title = item ? itemTitle(voice, item, TITLE_WIDTH) : '';
  const unit = item ? unitList(voice, plan.data, item.lead) : '';
  switch (r.kind) {
    case 'deadline': {
      const left = daysText(voice, daysBetween(today, deadlineDay(item!.deadline)));
      return voice.t('reminder-deadline', { no: r.item, title, deadline: item!.deadline, left });
    }
    case 'call':
      return voice.t('reminder-call', {
        month: formatMonth(voice, r.month!),
        unit: unitList(voice, plan.data, [r.unit!]),
        count: r.items!.length,
        items: joinList(voice, r.items!.map(String)),
      });
    case 'escalate': {
      const lastReport = plan.latestReport(`item:${r.item!}`);
      const days =
        r.reason === 'overdue'
          ? daysBetween(deadlineDay(item!.deadline), today)
          : daysBetween(lastReport ? shanghaiDate(new Date(lastReport.at)) : PLAN_START, today);
      const lag = voice.t('reminder-lag', { reason: r.reason, days });
      const cfg = { no: r.item, title, unit, lag };
      if (r.level === 'reporter') return voice.t('reminder-escalate-reporter', cfg);
      if (r.level === 'head') return voice.t('reminder-escalate-head', { ...cfg, workdays: r.workdays });
      return voice.t('reminder-escalate-admins', { ...cfg, workdays: r.workdays });
    }
    case 'digest':
      return ''; // built by the injected digest builder, never rendered here
  }
}
