// Reads the one-message creation syntax of a meeting poll:
//   第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心
// Parts are split by "|"; the first is the title, a part starting with a date is the slot
// list, every other part starts with its key (截止/deadline, 地点/place, 链接/link,
// 议程/agenda, 法定/quorum, 必须/required, 隐藏/hidden, 对象/audience; the English texts
// for English-reading members: 英文/en the title, 英文地点/place-en, 英文议程/agenda-en).
// Times are Qingdao time. Every mistake comes back as a catalog id with its arguments,
// never as a throw.
import type { Args } from '../../i18n/i18n.ts';
import { toSimplified } from '../../i18n/script.ts';
import { parseMoment, parseSlot } from './time.ts';

export const MAX_SLOTS = 10;
export const MAX_TITLE = 80;
/** English says the same in more letters. */
export const MAX_TITLE_EN = 160;
export const MAX_TEXT = 500;

export interface MeetingSpec {
  title: string;
  titleEn?: string;
  slots: Array<{ start: Date; end: Date }>;
  deadline: Date;
  place?: string;
  placeEn?: string;
  link?: string;
  agenda?: string;
  agendaEn?: string;
  min?: number;
  /** Names or ids of invitees who must be able to attend. */
  required: string[];
  hidden: boolean;
  /** Department names: a training session for their people instead of a committee meeting. */
  departments: string[];
}

export type Problem = { error: string; args?: Args };
export type SpecResult = ({ ok: true } & MeetingSpec) | ({ ok: false } & Problem);

type Key = 'deadline' | 'place' | 'link' | 'agenda' | 'quorum' | 'required' | 'hidden' | 'audience' | 'titleEn' | 'placeEn' | 'agendaEn';
const KEYS: Record<string, Key> = {
  截止: 'deadline',
  截止时间: 'deadline',
  投票截止: 'deadline',
  deadline: 'deadline',
  by: 'deadline',
  地点: 'place',
  会场: 'place',
  place: 'place',
  venue: 'place',
  where: 'place',
  链接: 'link',
  线上: 'link',
  在线: 'link',
  会议链接: 'link',
  link: 'link',
  online: 'link',
  议程: 'agenda',
  agenda: 'agenda',
  法定: 'quorum',
  法定人数: 'quorum',
  quorum: 'quorum',
  必须: 'required',
  必须出席: 'required',
  必到: 'required',
  required: 'required',
  must: 'required',
  隐藏: 'hidden',
  隐藏投票: 'hidden',
  不公开: 'hidden',
  hidden: 'hidden',
  hide: 'hidden',
  对象: 'audience',
  培训对象: 'audience',
  参加单位: 'audience',
  audience: 'audience',
  units: 'audience',
  英文: 'titleEn',
  英文标题: 'titleEn',
  英文名称: 'titleEn',
  en: 'titleEn',
  english: 'titleEn',
  'title-en': 'titleEn',
  英文地点: 'placeEn',
  'place-en': 'placeEn',
  'venue-en': 'placeEn',
  英文议程: 'agendaEn',
  'agenda-en': 'agendaEn',
};
// Longest first, so 截止时间 wins over 截止.
const KEY_NAMES = Object.keys(KEYS).sort((a, b) => b.length - a.length);

const LIST = /[,，;；、]+/;

function keyOf(part: string): { key: Key; value: string } | undefined {
  const text = toSimplified(part);
  for (const name of KEY_NAMES) {
    if (!text.toLowerCase().startsWith(name)) continue;
    const rest = part.slice(name.length);
    // A Latin key must end at a word boundary ("bypass" is not "by pass").
    if (/^[a-z]/.test(name) && /^[A-Za-z0-9]/.test(rest)) continue;
    return { key: KEYS[name]!, value: rest.replace(/^\s*[:：]?\s*/, '').trim() };
  }
  return undefined;
}

export function parseMeetingSpec(text: string, now: Date): SpecResult {
  const parts = text.split(/[|｜]/).map((p) => p.trim());
  const title = parts.shift() ?? '';
  if (!title) return { ok: false, error: 'meeting-create-usage' };
  if (title.length > MAX_TITLE) return { ok: false, error: 'meeting-error-title-long', args: { max: MAX_TITLE } };
  const spec: Omit<MeetingSpec, 'deadline'> & { deadline?: Date } = { title, slots: [], required: [], hidden: false, departments: [] };
  let slotText: string | undefined;
  for (const part of parts) {
    if (!part) continue;
    if (/^\d{4}/.test(part.normalize('NFKC'))) {
      slotText = slotText === undefined ? part : `${slotText},${part}`;
      continue;
    }
    if (/^https?:\/\/\S+$/i.test(part)) {
      spec.link = part;
      continue;
    }
    const kv = keyOf(part);
    if (!kv) return { ok: false, error: 'meeting-error-part', args: { text: part.slice(0, 40) } };
    const problem = applyKey(spec, kv.key, kv.value);
    if (problem) return { ok: false, ...problem };
  }

  const slots = parseSlots(slotText ?? '', now);
  if (!slots.ok) return slots;
  spec.slots = slots.slots;
  if (!spec.deadline) return { ok: false, error: 'meeting-error-no-deadline' };
  if (spec.placeEn && !spec.place) return { ok: false, error: 'meeting-error-en-alone', args: { key: 'place' } };
  if (spec.agendaEn && !spec.agenda) return { ok: false, error: 'meeting-error-en-alone', args: { key: 'agenda' } };
  const late = checkDeadline(spec.deadline, spec.slots, now);
  if (late) return { ok: false, ...late };
  return { ok: true, ...spec, deadline: spec.deadline };
}

/** The slot list: "2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00", each in the future, none twice; sorted. */
export function parseSlots(text: string, now: Date): { ok: true; slots: MeetingSpec['slots'] } | ({ ok: false } & Problem) {
  const parts = text
    .split(LIST)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!parts.length) return { ok: false, error: 'meeting-error-no-slots' };
  if (parts.length > MAX_SLOTS) return { ok: false, error: 'meeting-error-too-many-slots', args: { max: MAX_SLOTS } };
  const slots: MeetingSpec['slots'] = [];
  for (const s of parts) {
    const slot = parseSlot(s);
    if (!slot.ok)
      return { ok: false, error: slot.why === 'order' ? 'meeting-error-slot-order' : 'meeting-error-slot-format', args: { text: s } };
    if (slot.start.getTime() <= now.getTime()) return { ok: false, error: 'meeting-error-slot-past', args: { text: s } };
    if (slots.some((o) => o.start.getTime() === slot.start.getTime() && o.end.getTime() === slot.end.getTime())) {
      return { ok: false, error: 'meeting-error-slot-twice', args: { text: s } };
    }
    slots.push({ start: slot.start, end: slot.end });
  }
  return { ok: true, slots: slots.sort((a, b) => a.start.getTime() - b.start.getTime()) };
}

/** A deadline must be in the future and before the first slot starts. */
export function checkDeadline(deadline: Date, slots: MeetingSpec['slots'], now: Date): Problem | undefined {
  if (deadline.getTime() <= now.getTime()) return { error: 'meeting-error-deadline-past' };
  const first = Math.min(...slots.map((s) => s.start.getTime()));
  if (deadline.getTime() > first) return { error: 'meeting-error-deadline-late' };
  return undefined;
}

function applyKey(spec: Omit<MeetingSpec, 'deadline'> & { deadline?: Date }, key: Key, value: string): Problem | undefined {
  if (key === 'hidden') {
    spec.hidden = true;
    return undefined;
  }
  if (!value) return { error: 'meeting-error-empty-part', args: { key } };
  if (key === 'titleEn' && value.length > MAX_TITLE_EN) return { error: 'meeting-error-title-long', args: { max: MAX_TITLE_EN } };
  if (value.length > MAX_TEXT) return { error: 'meeting-error-part-long', args: { key, max: MAX_TEXT } };
  switch (key) {
    case 'deadline': {
      const at = parseMoment(value);
      if (!at) return { error: 'meeting-error-deadline-format', args: { text: value } };
      spec.deadline = at;
      return undefined;
    }
    case 'link':
      if (!/^https?:\/\/\S+$/i.test(value)) return { error: 'meeting-error-link', args: { text: value.slice(0, 40) } };
      spec.link = value;
      return undefined;
    case 'quorum': {
      const n = Number(value.normalize('NFKC').replace(/人$/, ''));
      if (!Number.isInteger(n) || n < 1) return { error: 'meeting-error-quorum', args: { text: value } };
      spec.min = n;
      return undefined;
    }
    case 'required':
      spec.required.push(
        ...value
          .split(LIST)
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return undefined;
    case 'audience':
      spec.departments.push(
        ...value
          .split(LIST)
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return undefined;
    default:
      spec[key] = value;
      return undefined;
  }
}
