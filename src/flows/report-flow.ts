// The guided progress report: item -> status -> progress -> note -> evidence -> confirm.
// Each step is pre-filled from the last report, so "no change" is one tap. A one-line
// report starts here too, at the first thing it did not say, and always ends at the
// confirmation, which echoes what was understood before anything is saved.
import type { Context } from '../core/context.ts';
import type { Flow, StepResult } from '../core/conversation.ts';
import { ReportStatus } from '../domain/report.ts';
import { keepFile, senderOf } from '../files/keep.ts';
import { mayReportItem, ownItems } from '../plan/permissions.ts';
import { healthOf } from '../supervision/health.ts';
import { joinList, unitName } from '../views/format.ts';
import { itemLine } from '../views/item-view.ts';
import { saveReport } from './save-report.ts';
import { parsePercent, parseStatus } from './report-parse.ts';

export const NOTE_MAX = 500;
const STATUSES = ReportStatus.options;

export interface ReportDraft {
  /** The id the saved record gets (a form's submission); by default the conversation's. */
  id?: string;
  item?: number;
  status?: ReportStatus;
  progress?: number;
  note?: string;
  evidence?: string | null; // null: skipped
  onBehalfOf?: string;
  corrects?: string;
  /** One-line reports skip the optional evidence step. */
  oneLine?: boolean;
  prev?: { status?: ReportStatus; progress?: number; note?: string };
}

type Step = 'item' | 'status' | 'progress' | 'note' | 'evidence' | 'confirm';

/** The first step whose answer is still missing. */
export function nextStep(d: ReportDraft): Step {
  if (d.item === undefined) return 'item';
  if (d.status === undefined) return 'status';
  if (d.progress === undefined) return 'progress';
  if (d.note === undefined) return 'note';
  if (d.evidence === undefined && !d.oneLine) return 'evidence';
  return 'confirm';
}

const advance = (d: ReportDraft): StepResult => ({ next: nextStep(d) });

/** Checks the item and the person's right to report on it; fills the previous values. */
export function takeItem(ctx: Context, d: ReportDraft, no: number): StepResult | undefined {
  const item = ctx.plan.item(no);
  if (!item) return { retry: 'report-unknown-item', args: { no, max: ctx.plan.data.items.length } };
  const grant = mayReportItem(ctx.person, item);
  if (!grant.ok)
    return {
      retry: 'report-not-yours',
      args: {
        no,
        units: joinList(
          ctx,
          item.lead.map((u) => unitName(ctx, ctx.plan.data, u)),
        ),
      },
    };
  d.item = no;
  if (grant.onBehalfOf) d.onBehalfOf = grant.onBehalfOf;
  const last = ctx.plan.latestReport(`item:${no}`);
  if (last) d.prev = { status: last.status, progress: last.progress, note: last.note };
  return undefined;
}

/** The person's own items, most urgent first (overdue, then at risk, then by deadline). */
function urgentItems(ctx: Context) {
  const order = { overdue: 0, 'at-risk': 1, 'on-track': 2, done: 3 } as const;
  return ownItems(ctx.person, ctx.plan.data.items)
    .map((i) => ({ i, h: healthOf(i, ctx.plan.latestReport(`item:${i.no}`), ctx.now) }))
    .filter((x) => x.h.health !== 'done')
    .sort((a, b) => order[a.h.health] - order[b.h.health] || a.h.daysLeft - b.h.daysLeft)
    .map((x) => x.i);
}

function statusLabel(ctx: Context, s: ReportStatus | undefined): string {
  return ctx.t('report-status-name', { status: s ?? 'unknown' });
}

export const reportFlow: Flow<ReportDraft> = {
  id: 'report',
  version: 1,
  ttlMs: 24 * 3600_000,
  steps: {
    item: {
      async ask(ctx, _d, offer) {
        const own = urgentItems(ctx).slice(0, 8);
        await offer(
          ctx.t(own.length ? 'report-ask-item' : 'report-ask-item-number'),
          own.map((i) => ({ label: itemLine(ctx, i, 28), value: String(i.no) })),
        );
      },
      async answer(ctx, d, input) {
        const raw = input.choice ?? input.text ?? '';
        const m = /\d{1,4}/.exec(raw.normalize('NFKC'));
        if (!m) return { retry: raw ? 'report-item-not-number' : 'report-empty' };
        return takeItem(ctx, d, Number(m[0])) ?? advance(d);
      },
    },
    status: {
      async ask(ctx, d, offer) {
        const options = STATUSES.map((s) => ({ label: statusLabel(ctx, s), value: s }));
        if (d.prev?.status)
          options.unshift({ label: ctx.t('report-keep', { value: statusLabel(ctx, d.prev.status) }), value: d.prev.status });
        await offer(ctx.t('report-ask-status', { no: d.item! }), options);
      },
      async answer(ctx, d, input) {
        const status = (input.choice as ReportStatus | undefined) ?? (input.text ? parseStatus(input.text) : undefined);
        if (!status || !STATUSES.includes(status)) return { retry: input.text ? 'report-bad-status' : 'report-empty' };
        d.status = status;
        if (status === 'done') d.progress = 100;
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
        await offer(ctx.t('report-ask-progress'), [...keep, ...quick]);
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
          }),
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
          const keep = {
            item: d.item,
            onBehalfOf: d.onBehalfOf,
            corrects: d.corrects,
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
