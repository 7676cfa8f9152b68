// Reads the one-message form of a new consultation:
//   征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 planning,trade | 链接 https://… | 问题：请就……
// Parts are separated by "|" (or start a new line with their key); the first part is the
// title. A part that starts with no known key belongs to the one before it, so a question
// may itself contain "|" or several lines. The English texts for members who read English:
// `| 英文 …` / `| en …` the title, `| 英文问题 …` / `| question-en …` the question (the
// short 英文 and en only after a "|", so a question's line starting "En route…" stays in it).
// Every problem is reported at once, as catalog ids.
import { daysInMonth, shanghaiTime } from '../../core/clock.ts';
import { EXPERT_FIELDS, type ExpertField } from '../../domain/expert.ts';
import { toSimplified } from '../../i18n/script.ts';
import { parseFields } from './fields.ts';

export const TITLE_MAX = 100;
/** English says the same in more letters. */
export const TITLE_EN_MAX = 200;
export const QUESTION_MAX = 3000;

export interface ConsultationDraft {
  title: string;
  titleEn?: string;
  question: string;
  questionEn?: string;
  /** ISO time: the last moment answers are taken. */
  deadline: string;
  fields?: ExpertField[];
  link?: string;
}

export interface Problem {
  id: string;
  args?: Record<string, string | number>;
}

export type ParseResult = { ok: true; draft: ConsultationDraft } | { ok: false; problems: Problem[] };

type Key = 'deadline' | 'fields' | 'link' | 'question' | 'titleEn' | 'questionEn';

const ZH_KEYS: Array<[RegExp, Key]> = [
  [/^(英文问题|英文内容)/, 'questionEn'],
  [/^英文标题/, 'titleEn'],
  [/^(截止日期|截止时间|截止|期限)/, 'deadline'],
  [/^(领域|范围)/, 'fields'],
  [/^(链接|网址|草稿)/, 'link'],
  [/^(问题|内容|说明)/, 'question'],
];
const EN_KEYS: Array<[RegExp, Key]> = [
  [/^(question-en|en-question)\b/i, 'questionEn'],
  [/^(title-en|en-title|english)\b/i, 'titleEn'],
  [/^(deadline|due)\b/i, 'deadline'],
  [/^(fields?)\b/i, 'fields'],
  [/^(link|url|draft)\b/i, 'link'],
  [/^(question|text)\b/i, 'question'],
];

/** Only after a "|": a line of a question may begin with it. */
const BAR_KEYS: Array<[RegExp, Key]> = [
  [/^en\b/i, 'titleEn'],
  [/^英文/, 'titleEn'],
];

/** The key a part starts with, and the value after it (":" / "：" / spaces skipped). */
function keyOf(part: string, afterBar: boolean): { key: Key; value: string } | undefined {
  const simplified = toSimplified(part);
  for (const [re, key] of [...ZH_KEYS, ...EN_KEYS, ...(afterBar ? BAR_KEYS : [])]) {
    const m = re.exec(simplified);
    if (m)
      return {
        key,
        value: part
          .slice(m[0].length)
          .replace(/^\s*[:：]?\s*/, '')
          .trim(),
      };
  }
  return undefined;
}

export function parseCreate(text: string, now: Date): ParseResult {
  const pieces = text.split(/[|｜]|\n(?=\s*\S)/);
  const seps = [...text.matchAll(/[|｜]|\n(?=\s*\S)/g)].map((m) => (m[0] === '\n' ? '\n' : ' | '));
  let title = '';
  const values: Partial<Record<Key, string>> = {};
  let current: Key | 'title' = 'title';
  pieces.forEach((raw, i) => {
    const part = raw.trim();
    // A key already given starts nothing new: "截止目前……" inside a question stays in it.
    const keyed = keyOf(part, i > 0 && seps[i - 1] !== '\n');
    if (keyed && values[keyed.key] === undefined) {
      current = keyed.key;
      values[current] = keyed.value;
    } else if (current === 'title') {
      title = i === 0 ? part : `${title}${seps[i - 1]}${part}`;
    } else {
      values[current] = `${values[current]}${seps[i - 1]}${part}`.trim();
    }
  });

  const problems: Problem[] = [];
  title = title.replace(/^[《「“"']+|[》」”"']+$/g, '').trim();
  if (!title) problems.push({ id: 'consult-no-title' });
  else if (title.length > TITLE_MAX) problems.push({ id: 'consult-title-too-long', args: { max: TITLE_MAX, length: title.length } });

  let deadline: string | undefined;
  if (!values.deadline) problems.push({ id: 'consult-no-deadline' });
  else {
    const d = parseDeadline(values.deadline);
    if (!d) problems.push({ id: 'consult-bad-date', args: { input: values.deadline.slice(0, 30) } });
    else if (d <= now.toISOString()) problems.push({ id: 'consult-deadline-past', args: { input: values.deadline.slice(0, 30) } });
    else deadline = d;
  }

  const titleEn = values.titleEn?.replace(/^[《「“"']+|[》」”"']+$/g, '').trim();
  if (values.titleEn !== undefined && !titleEn) problems.push({ id: 'consult-empty-en', args: { key: 'title' } });
  else if (titleEn && titleEn.length > TITLE_EN_MAX)
    problems.push({ id: 'consult-title-too-long', args: { max: TITLE_EN_MAX, length: titleEn.length } });
  const questionEn = values.questionEn?.trim();
  if (values.questionEn !== undefined && !questionEn) problems.push({ id: 'consult-empty-en', args: { key: 'question' } });
  else if (questionEn && questionEn.length > QUESTION_MAX)
    problems.push({ id: 'consult-question-too-long', args: { max: QUESTION_MAX, length: questionEn.length } });

  const question = values.question?.trim() ?? '';
  if (!question) problems.push({ id: 'consult-no-question' });
  else if (question.length > QUESTION_MAX)
    problems.push({ id: 'consult-question-too-long', args: { max: QUESTION_MAX, length: question.length } });

  let fields: ExpertField[] | undefined;
  if (values.fields !== undefined) {
    const parsed = parseFields(values.fields);
    if (parsed.ok) fields = parsed.fields;
    else problems.push({ id: 'consult-unknown-fields', args: { unknown: parsed.unknown.join(', '), valid: EXPERT_FIELDS.join(', ') } });
  }

  const link = values.link?.trim();
  if (link !== undefined && !/^https?:\/\/\S+$/i.test(link)) problems.push({ id: 'consult-bad-link', args: { input: link.slice(0, 40) } });

  if (problems.length) return { ok: false, problems };
  const draft: ConsultationDraft = { title, question, deadline: deadline! };
  if (titleEn) draft.titleEn = titleEn;
  if (questionEn) draft.questionEn = questionEn;
  if (fields) draft.fields = fields;
  if (link) draft.link = link;
  return { ok: true, draft };
}

/**
 * A deadline as the office writes it, in Asia/Shanghai: 2016-12-10, 2016/12/10, 2016.12.10
 * or 2016年12月10日, optionally with a time (18:00, 18点); a day alone means its end (23:59:59).
 * Returns the ISO time, or undefined for anything else (including 2016-02-30).
 */
export function parseDeadline(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})\s*(?:[:：时点]\s*(\d{2})?\s*分?)?)?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const [h, mi, s] = hasTime ? [Number(m[4]), Number(m[5] ?? 0), 0] : [23, 59, 59];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return undefined;
  if (d > daysInMonth(y, mo)) return undefined; // 2016-02-30
  return shanghaiTime(y, mo, d, h, mi, s).toISOString();
}
