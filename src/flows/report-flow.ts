// The guided progress report: item -> status -> progress -> (done means 100%?) -> note ->
// evidence -> confirm. Each step is pre-filled from the last report of the same kind, so "no
// change" is one tap. A one-line report starts here too, at the first thing it did not say,
// and always ends at the confirmation, which echoes what was understood before anything is
// saved. A responsible unit is asked about its own part, and told the item's status is the
// lead unit's to set.
import type { Context } from '../core/context.ts';
import type { Flow, StepResult } from '../core/conversation.ts';
import { ReportStatus } from '../domain/report.ts';
import { keepFile, senderOf } from '../files/keep.ts';
import { unitList, unitName } from '../views/format.ts';
import { itemLine } from '../views/item-view.ts';
import { doneMismatch, nextStep, pickerItems, takeItem, NOTE_MAX, type ReportDraft } from './report-draft.ts';
import { parsePercent, parseStatus } from './report-parse.ts';
import { saveReport } from './save-report.ts';

export { NOTE_MAX, nextStep, takeItem, type ReportDraft } from './report-draft.ts';

const STATUSES = ReportStatus.options;
/** Items offered per page of the picker. */
export const PICK_PAGE = 8;

const advance = (d: ReportDraft): StepResult => ({ next: nextStep(d) });

function statusLabel(ctx: Context, s: ReportStatus | undefined): string {
  return ctx.t('report-status-name', { status: s ?? 'unknown' });
}

/** The words of a question about a responsible unit's own part: its unit and the item's lead units. */
function partArgs(ctx: Context, d: ReportDraft): Record<string, string> {
  const item = ctx.plan.item(d.item!)!;
  return {
    unit: d.contributionOf ? unitName(ctx, ctx.plan.data, d.contributionOf) : 'none',
    lead: unitList(ctx, ctx.plan.data, item.lead),
  };
}

export const reportFlow: Flow<ReportDraft> = {
  id: 'report',
  version: 1,
  ttlMs: 24 * 3600_000,
  steps: {
    item: {
      async ask(ctx, d, offer) {
        const all = pickerItems(ctx);
        if (!all.length) return offer(ctx.t('report-ask-item-number'));
        const page = Math.min(d.pickPage ?? 0, Math.ceil(all.length / PICK_PAGE) - 1);
        const shown = all.slice(page * PICK_PAGE, (page + 1) * PICK_PAGE);
        const mixed = all.some((x) => x.lead) && all.some((x) => !x.lead);
        // Labels start with the number (it may be typed); a shared item says so after it.
        const options = shown.map(({ item, lead }) => ({
          label: `${itemLine(ctx, item, 28)}${mixed && !lead ? ctx.t('report-shared-mark') : ''}`,
          value: String(item.no),
        }));
        const after = all.length - (page + 1) * PICK_PAGE;
        if (after > 0) options.push({ label: ctx.t('report-more-items', { count: after }), value: 'more' });
        if (page > 0) options.push({ label: ctx.t('page-prev'), value: 'back' });
        await offer(
          ctx.t('report-ask-item-page', {
            count: all.length,
            from: page * PICK_PAGE + 1,
            to: page * PICK_PAGE + shown.length,
            mixed: mixed ? 'yes' : 'no',
            all: all.length <= PICK_PAGE ? 'yes' : 'no',
          }),
          options,
        );
      },
      async answer(ctx, d, input) {
        const raw = input.choice ?? input.text ?? '';
        if (raw === 'more' || raw === 'back' || /^(更多|more|下一页|next)$/i.test(raw.trim())) {
          d.pickPage = Math.max(0, (d.pickPage ?? 0) + (raw === 'back' ? -1 : 1));
          return { next: 'item' };
        }
        const m = /\d{1,4}/.exec(raw.normalize('NFKC'));
        if (!m) return { retry: raw ? 'report-item-not-number' : 'report-empty' };
        return takeItem(ctx, d, Number(m[0])) ?? advance(d);
      },
    },
    status: {
      async ask(ctx, d, offer) {
        const options = STATUSES.filter((s) => !(d.notDone && s === 'done')).map((s) => ({ label: statusLabel(ctx, s), value: s }));
        if (d.prev?.status && !(d.notDone && d.prev.status === 'done'))
          options.unshift({ label: ctx.t('report-keep', { value: statusLabel(ctx, d.prev.status) }), value: d.prev.status });
        const text = d.contributionOf
          ? ctx.t('report-ask-status-part', { no: d.item!, ...partArgs(ctx, d) })
          : ctx.t('report-ask-status', { no: d.item! });
        await offer(text, options);
      },
      async answer(ctx, d, input) {
        const status = (input.choice as ReportStatus | undefined) ?? (input.text ? parseStatus(input.text) : undefined);
        if (!status || !STATUSES.includes(status)) return { retry: input.text ? 'report-bad-status' : 'report-empty' };
        d.status = status;
        if (status === 'done' && d.progress === undefined) d.progress = 100;
        return advance(d);
      },
    },
    progress: {
      async ask(ctx, d, offer) {
        const keep =
          d.prev?.progress !== undefined
            ? [{ label: ctx.t('report-keep', { value: `${d.prev.progress}%` }), value: String(d.prev.progress) }]
            : [];
        const quick = [25, 50, 75, 100].filter((p) => p !== d.prev?.progress).map((p) => ({ label: `${p}%`, value: String(p) }));
        await offer(ctx.t(d.contributionOf ? 'report-ask-progress-part' : 'report-ask-progress'), [...keep, ...quick]);
      },
      async answer(ctx, d, input) {
        const raw = input.choice ?? input.text ?? '';
        if (!raw) return { retry: 'report-empty' };
        const p = parsePercent(raw);
        if (!p.ok) return { retry: 'report-bad-percent', args: { input: raw.slice(0, 20) } };
        d.progress = p.value;
        return advance(d);
      },
    },
    // "Done" with less than 100%, or 100% but not done: asked, never guessed.
    clarify: {
      async ask(ctx, d, offer) {
        const which = doneMismatch(d)!;
        await offer(ctx.t('report-ask-done', { which, progress: d.progress!, status: statusLabel(ctx, d.status) }), [
          { label: ctx.t('report-done-full'), value: 'done' },
          { label: ctx.t('report-not-done', { which, progress: d.progress! }), value: 'not-done' },
        ]);
      },
      async answer(ctx, d, input) {
        const word = input.choice ?? parseStatus(input.text ?? '') ?? '';
        if (word === 'done') {
          d.status = 'done';
          d.progress = 100;
          return advance(d);
        }
        if (word !== 'not-done') return { retry: 'report-done-what' };
        // Done with less: the progress stands, the status is asked again without "done".
        // 100% but not done: the status stands, the progress is asked again.
        if (doneMismatch(d) === 'done-below') {
          delete d.status;
          d.notDone = true;
        } else delete d.progress;
        return advance(d);
      },
    },
    note: {
      async ask(ctx, d, offer) {
        const keep = d.prev?.note ? [{ label: ctx.t('report-keep-note'), value: 'keep' }] : [];
        await offer(ctx.t('report-ask-note', { max: NOTE_MAX }), keep);
      },
      async answer(ctx, d, input) {
        if (input.choice === 'keep' && d.prev?.note) d.note = d.prev.note;
        else {
          const note = input.text?.trim() ?? '';
          if (!note && input.file) return { retry: 'report-note-is-file' };
          if (!note) return { retry: 'report-empty' };
          if (note.length > NOTE_MAX) return { retry: 'report-note-too-long', args: { max: NOTE_MAX, length: note.length } };
          d.note = note;
        }
        return advance(d);
      },
    },
    evidence: {
      async ask(ctx, _d, offer) {
        await offer(ctx.t('report-ask-evidence'), [{ label: ctx.t('report-skip'), value: 'skip' }]);
      },
      async answer(ctx, d, input) {
        if (input.file) {
          const kept = await keepFile(ctx.services.files, ctx.services.log, input.file, senderOf(ctx), { kind: 'evidence', item: d.item! });
          if (!kept.ok) return { retry: `file-refused-${kept.why}`, args: { max: kept.maxMb } };
          d.evidence = `file:${kept.name}#${kept.ref}`;
        } else if (input.choice === 'skip' || /^(跳过|跳過|无|無|skip|none|no)$/i.test(input.text?.trim() ?? '')) d.evidence = null;
        else if (/^https?:\/\/\S+$/i.test(input.text?.trim() ?? '')) d.evidence = input.text!.trim();
        else return { retry: 'report-bad-evidence' };
        return advance(d);
      },
    },
    confirm: {
      async ask(ctx, d, offer) {
        const item = ctx.plan.item(d.item!)!;
        await offer(
          ctx.t('report-summary', {
            item: itemLine(ctx, item, 40),
            status: statusLabel(ctx, d.status),
            progress: d.progress!,
            note: d.note!,
            evidence: d.evidence ? d.evidence.replace(/^file:([^#]*)#.*$/, '📎 $1') : '-',
            behalf: d.onBehalfOf ? unitName(ctx, ctx.plan.data, d.onBehalfOf) : 'none',
            correcting: d.corrects ? 'yes' : 'no',
          }) + (d.contributionOf ? `\n  ${ctx.t('report-summary-part', partArgs(ctx, d))}` : ''),
          [
            { label: ctx.t('report-confirm'), value: 'confirm' },
            { label: ctx.t('report-edit'), value: 'edit' },
            { label: ctx.t('report-cancel'), value: 'cancel' },
          ],
        );
      },
      async answer(ctx, d, input) {
        const word = input.choice ?? input.text?.trim().toLowerCase() ?? '';
        if (['confirm', '确认', '確認', '提交', 'yes', 'y', 'ok', '好', '是'].includes(word)) {
          await saveReport(ctx, d);
          return { done: true };
        }
        if (['edit', '修改', 'change'].includes(word)) {
          const keep: ReportDraft = {
            item: d.item,
            ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
            ...(d.contributionOf ? { contributionOf: d.contributionOf } : {}),
            ...(d.corrects ? { corrects: d.corrects } : {}),
            prev: { status: d.status, progress: d.progress, note: d.note },
          };
          for (const k of Object.keys(d) as Array<keyof ReportDraft>) delete d[k];
          Object.assign(d, keep);
          return { next: 'status' };
        }
        if (word === 'cancel') {
          await ctx.reply(ctx.t('conv-cancelled', { flow: 'report' }));
          return { done: true };
        }
        return { retry: 'report-confirm-what' };
      },
    },
  },
};
