// What a member receives: the consultation (or a reminder of it) in the member's language,
// the deadline in the member's own time zone, and a button to answer. Also the time and
// name formatters the consultation views share.
import type { Services } from '../../core/context.ts';
import { saveOffers } from '../../core/actions.ts';
import { formatDay, formatZoned, ZONE } from '../../core/clock.ts';
import type { Reply } from '../../core/types.ts';
import type { Expert } from '../../domain/expert.ts';
import type { Person } from '../../domain/schema.ts';
import { isFileId } from '../../domain/files.ts';
import { toHant } from '../../i18n/script.ts';
import { langOf } from '../../core/lang.ts';
import { joinList, voiceFor, type Voice } from '../../views/format.ts';
import { timeZoneOf } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { consultationQuestion, consultationTitle } from '../texts.ts';

/** "2016年12月10日周六 23:59（中国标准时间）" / "Sat, 10 Dec 2016, 07:59 (Pacific Standard Time)". */
export function momentIn(voice: Voice, iso: string, zone: string): string {
  const { time, zoneName } = formatZoned(voice, iso, zone);
  return voice.t('consult-time', { time, zone: zoneName });
}

/** How long until the deadline: whole days, or hours on the last day. */
export function timeLeft(voice: Voice, deadline: string, now: Date): string {
  const ms = Date.parse(deadline) - now.getTime();
  if (ms <= 0) return voice.t('consult-left', { unit: 'past', count: 0 });
  const days = Math.floor(ms / 86_400_000);
  return days >= 1
    ? voice.t('consult-left', { unit: 'days', count: days })
    : voice.t('consult-left', { unit: 'hours', count: Math.max(1, Math.ceil(ms / 3_600_000)) });
}

export function expertName(voice: Voice, e: Pick<Expert, 'name' | 'nameEn'>): string {
  return voice.pick(e.name, e.nameEn);
}

/** "规划，美国" / "planning, United States": what the office needs to place an answer. */
export function fieldName(voice: Voice, field: string): string {
  return voice.t('consult-field', { field });
}

export function fieldList(voice: Voice, fields: readonly string[] | undefined): string {
  if (!fields?.length) return voice.t('consult-all-fields');
  return joinList(
    voice,
    fields.map((f) => fieldName(voice, f)),
  );
}

/**
 * The consultation's body as the reader should see it: the letter's date (the day it was
 * sent, in Qingdao; today for a draft), question, draft and deadline.
 */
export function body(voice: Voice, c: Consultation, zone: string, now?: Date): string[] {
  const dated = c.sentAt ?? now?.toISOString();
  const lines = dated ? [voice.t('consult-body-date', { date: formatDay(voice, dated, ZONE) })] : [];
  lines.push(voice.t('consult-body-question', { question: consultationQuestion(voice, c) }));
  if (c.link) lines.push(voice.t('consult-body-link', { link: c.link }));
  if (c.file) lines.push(voice.t('consult-body-file', { name: c.file.name }));
  lines.push(voice.t('consult-body-deadline', { deadline: momentIn(voice, c.deadline, zone) }));
  return lines;
}

export type MessageKind = 'invite' | 'reminder' | 'extension';

const HEADINGS: Record<MessageKind, string> = {
  invite: 'consult-invite-heading',
  reminder: 'consult-reminder-heading',
  extension: 'consult-extended-heading',
};

/**
 * The message a member gets: the consultation itself, a reminder of it, or the news that its
 * deadline moved (from `previous`), with the answer button.
 */
export async function memberMessage(
  services: Services,
  person: Person,
  c: Consultation,
  kind: MessageKind,
  now: Date,
  previous?: string,
): Promise<Reply> {
  const lang = langOf(services, person);
  const voice = voiceFor(services.i18n, lang);
  const zone = timeZoneOf(services.store, person.id);
  const heading = voice.t(HEADINGS[kind], {
    id: c.id,
    title: consultationTitle(voice, c),
    left: timeLeft(voice, c.deadline, now),
    deadline: momentIn(voice, c.deadline, zone),
    from: previous ? momentIn(voice, previous, zone) : '',
  });
  const text = [heading, ...body(voice, c, zone, now), voice.t('consult-invite-how', { id: c.id })].join('\n');
  // The button outlives the deadline by a week, so a late press is told why, not "expired".
  const ttl = Math.max(0, Date.parse(c.deadline) - now.getTime()) + 7 * 86_400_000;
  const label = voice.t('consult-answer-button');
  const choices = await saveOffers(
    services.store,
    `person:${person.id}`,
    [{ label: lang === 'zh-Hant' ? toHant(label) : label, command: `answer ${c.id}` }],
    now,
    ttl,
  );
  const reply: Reply = { text: lang === 'zh-Hant' ? toHant(text) : text, choices };
  // The draft itself goes with the consultation (a reminder names it only).
  const kept = kind === 'invite' && c.file && isFileId(c.file.ref) ? await services.files.store.read(c.file.ref) : undefined;
  if (kept) reply.file = { name: kept.file.name, mime: kept.file.mime, data: kept.data };
  return reply;
}
