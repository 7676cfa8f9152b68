// The step-by-step way to create a meeting poll, for who does not want the one-line syntax:
// title -> its English text -> candidate slots -> voting deadline -> place or link -> the
// place's English text. The English steps can be skipped (English-reading members then see
// the Chinese). Each answer is checked as it comes (the same checks as the one-line form);
// the last step hands the assembled line to the one-line creation, which shows the poll and
// asks before sending it.
import type { Flow, StepResult } from '../../core/conversation.ts';
import { handleCreate } from './handle-create.ts';
import { checkDeadline, MAX_TEXT, MAX_TITLE, MAX_TITLE_EN, parseSlots, type Problem } from './parse.ts';
import { parseMoment } from './time.ts';

export interface MeetingDraft {
  title?: string;
  titleEn?: string;
  slots?: string;
  deadline?: string;
  /** The place part of the line, once given ("地点 …" or "链接 …"). */
  where?: string;
}

const SKIP = /^(跳过|跳過|无|無|skip|none)$/i;
const skipped = (input: { choice?: string; text?: string }) => input.choice === 'skip' || SKIP.test(input.text?.trim() ?? '');
/** A typed answer as one part of the line: a "|" would start another part. */
const part = (text: string | undefined) => text?.trim().replace(/[|｜]/g, '/') ?? '';

async function create(ctx: Parameters<typeof handleCreate>[0], d: MeetingDraft, more = ''): Promise<StepResult> {
  const en = d.titleEn ? ` | en ${d.titleEn}` : '';
  await handleCreate(ctx, `${d.title} | ${d.slots} | 截止 ${d.deadline}${d.where ?? ''}${more}${en}`);
  return { done: true };
}

const retry = (p: Problem): StepResult => ({ retry: p.error, ...(p.args ? { args: p.args as Record<string, string | number> } : {}) });

export const meetingCreateFlow: Flow<MeetingDraft> = {
  id: 'meeting-create',
  version: 2,
  ttlMs: 24 * 3600_000,
  steps: {
    title: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-title'));
      },
      async answer(_ctx, d, input) {
        const title = input.text?.trim().replace(/[|｜]/g, '/') ?? '';
        if (!title) return { retry: 'meeting-flow-empty' };
        if (title.length > MAX_TITLE) return { retry: 'meeting-error-title-long', args: { max: MAX_TITLE } };
        d.title = title;
        return { next: 'titleEn' };
      },
    },
    titleEn: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-title-en'), [{ label: ctx.t('meeting-flow-skip'), value: 'skip' }]);
      },
      async answer(_ctx, d, input) {
        if (skipped(input)) return { next: 'slots' };
        const text = part(input.text);
        if (!text) return { retry: 'meeting-flow-empty' };
        if (text.length > MAX_TITLE_EN) return { retry: 'meeting-error-title-long', args: { max: MAX_TITLE_EN } };
        d.titleEn = text;
        return { next: 'slots' };
      },
    },
    slots: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-slots'));
      },
      async answer(ctx, d, input) {
        const text = input.text?.trim() ?? '';
        if (!text) return { retry: 'meeting-flow-empty' };
        const slots = parseSlots(text, ctx.now);
        if (!slots.ok) return retry(slots);
        d.slots = text;
        return { next: 'deadline' };
      },
    },
    deadline: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-deadline'));
      },
      async answer(ctx, d, input) {
        const text = input.text?.trim() ?? '';
        if (!text) return { retry: 'meeting-flow-empty' };
        const at = parseMoment(text);
        if (!at) return { retry: 'meeting-error-deadline-format', args: { text } };
        const slots = parseSlots(d.slots!, ctx.now);
        if (!slots.ok) return retry(slots);
        const late = checkDeadline(at, slots.slots, ctx.now);
        if (late) return retry(late);
        d.deadline = text;
        return { next: 'place' };
      },
    },
    place: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-place'), [{ label: ctx.t('meeting-flow-skip'), value: 'skip' }]);
      },
      async answer(ctx, d, input) {
        if (skipped(input)) return create(ctx, d);
        const text = part(input.text);
        if (!text) return { retry: 'meeting-flow-empty' };
        if (text.length > MAX_TEXT) return { retry: 'meeting-error-part-long', args: { key: 'place', max: MAX_TEXT } };
        if (/^https?:\/\/\S+$/i.test(text)) {
          d.where = ` | 链接 ${text}`;
          return create(ctx, d);
        }
        d.where = ` | 地点 ${text}`;
        return { next: 'placeEn' };
      },
    },
    placeEn: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('meeting-flow-ask-place-en'), [{ label: ctx.t('meeting-flow-skip'), value: 'skip' }]);
      },
      async answer(ctx, d, input) {
        if (skipped(input)) return create(ctx, d);
        const text = part(input.text);
        if (!text) return { retry: 'meeting-flow-empty' };
        if (text.length > MAX_TEXT) return { retry: 'meeting-error-part-long', args: { key: 'placeEn', max: MAX_TEXT } };
        return create(ctx, d, ` | 英文地点 ${text}`);
      },
    },
  },
};
