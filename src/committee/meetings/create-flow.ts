// The step-by-step way to create a meeting poll, for who does not want the one-line syntax:
// title -> candidate slots -> voting deadline -> place or link. Each answer is checked as it
// comes (the same checks as the one-line form); the last step hands the assembled line to
// the one-line creation, which shows the poll and asks before sending it.
import type { Flow, StepResult } from '../../core/conversation.ts';
import { handleCreate } from './handle-create.ts';
import { checkDeadline, MAX_TEXT, MAX_TITLE, parseSlots, type Problem } from './parse.ts';
import { parseMoment } from './time.ts';

export interface MeetingDraft {
  title?: string;
  slots?: string;
  deadline?: string;
}

const retry = (p: Problem): StepResult => ({ retry: p.error, ...(p.args ? { args: p.args as Record<string, string | number> } : {}) });

export const meetingCreateFlow: Flow<MeetingDraft> = {
  id: 'meeting-create',
  version: 1,
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
        const skip = input.choice === 'skip' || /^(跳过|跳過|无|無|skip|none)$/i.test(input.text?.trim() ?? '');
        const text = skip ? '' : (input.text?.trim().replace(/[|｜]/g, '/') ?? '');
        if (!skip && !text) return { retry: 'meeting-flow-empty' };
        if (text.length > MAX_TEXT) return { retry: 'meeting-error-part-long', args: { key: 'place', max: MAX_TEXT } };
        const where = skip ? '' : /^https?:\/\/\S+$/i.test(text) ? ` | 链接 ${text}` : ` | 地点 ${text}`;
        await handleCreate(ctx, `${d.title} | ${d.slots} | 截止 ${d.deadline}${where}`);
        return { done: true };
      },
    },
  },
};
