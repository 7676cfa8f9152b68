// The report as one form (a Slack modal): the same questions as the guided conversation,
// pre-filled from the last report of the same kind, checked with the same rules (done means
// 100%), saved the same way.
import type { FormDef } from '../core/forms.ts';
import { ReportStatus } from '../domain/report.ts';
import { mayReportItem } from '../plan/permissions.ts';
import { itemLine } from '../views/item-view.ts';
import { doneMismatch, lastOwnReport, NOTE_MAX, pickerItems, takeItem, type ReportDraft } from './report-draft.ts';
import { parsePercent } from './report-parse.ts';
import { saveReport } from './save-report.ts';

/** A Slack select holds at most 100 options. */
const FORM_ITEMS = 100;

export const reportForm: FormDef = {
  kind: 'report',
  build(ctx, detail) {
    // The unit's own lead items first, then most urgent first (the secretariat sees them all).
    const items = pickerItems(ctx, { allForAdmin: true })
      .slice(0, FORM_ITEMS)
      .map((x) => x.item);
    if (!items.length) return undefined;
    const no = detail ? Number(detail) : undefined;
    const chosen = no !== undefined ? ctx.plan.item(no) : undefined;
    const grant = chosen ? mayReportItem(ctx.person, chosen) : undefined;
    const last = no !== undefined ? lastOwnReport(ctx, no, grant?.ok ? grant.contributionOf : undefined) : undefined;
    return {
      id: no !== undefined ? `report:${no}` : 'report',
      title: ctx.t('form-report-title'),
      submitLabel: ctx.t('report-confirm'),
      fields: [
        {
          name: 'item',
          label: ctx.t('form-item'),
          kind: 'select',
          options: items.map((i) => ({ value: String(i.no), label: itemLine(ctx, i, 60) })),
          ...(no !== undefined ? { initial: String(no) } : {}),
        },
        {
          name: 'status',
          label: ctx.t('form-status'),
          kind: 'select',
          options: ReportStatus.options.map((s) => ({ value: s, label: ctx.t('report-status-name', { status: s }) })),
          ...(last?.status ? { initial: last.status } : {}),
        },
        {
          name: 'progress',
          label: ctx.t('form-progress'),
          kind: 'number',
          placeholder: '0-100',
          ...(last?.progress !== undefined ? { initial: String(last.progress) } : {}),
        },
        {
          name: 'note',
          label: ctx.t('form-note', { max: NOTE_MAX }),
          kind: 'multiline',
          maxLength: NOTE_MAX,
          ...(last?.note ? { initial: last.note } : {}),
        },
        { name: 'evidence', label: ctx.t('form-evidence'), kind: 'text', optional: true, placeholder: 'https://' },
      ],
    };
  },
  async submit(ctx, values, _detail, nonce) {
    const errors: Record<string, string> = {};
    // The same form saved twice is one report (the store skips an id it has).
    const draft: ReportDraft = nonce ? { id: `r-f-${nonce}` } : {};
    const no = values.item ? Number(values.item) : NaN;
    const refused = !values.item
      ? { retry: 'report-empty', args: {} }
      : Number.isInteger(no)
        ? takeItem(ctx, draft, no)
        : { retry: 'report-item-not-number', args: {} };
    if (refused && 'retry' in refused) errors.item = ctx.t(refused.retry, refused.args);
    const status = values.status as ReportStatus;
    if (!ReportStatus.options.includes(status)) errors.status = ctx.t('report-bad-status');
    else draft.status = status;
    const p = parsePercent(values.progress ?? '');
    if (status === 'done' && !(values.progress ?? '').trim()) draft.progress = 100;
    else if (!p.ok) errors.progress = ctx.t('report-bad-percent', { input: (values.progress ?? '').slice(0, 20) });
    else draft.progress = p.value;
    // Done means 100%, and 100% means done: the form says so rather than guess which was meant.
    const mismatch = doneMismatch(draft);
    if (mismatch) errors.progress = ctx.t('report-form-done', { which: mismatch, progress: draft.progress! });
    const note = (values.note ?? '').trim();
    if (!note) errors.note = ctx.t('report-empty');
    else if (note.length > NOTE_MAX) errors.note = ctx.t('report-note-too-long', { max: NOTE_MAX, length: note.length });
    else draft.note = note;
    const evidence = (values.evidence ?? '').trim();
    if (evidence && !/^https?:\/\/\S+$/i.test(evidence)) errors.evidence = ctx.t('report-bad-evidence');
    else if (evidence) draft.evidence = evidence;
    if (Object.keys(errors).length) return errors;
    await saveReport(ctx, draft);
    await ctx.services.conversations.end(ctx); // a report started in chat is now done
    return undefined;
  },
};
