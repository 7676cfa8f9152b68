// Reporting an indicator's new value: indicator -> value -> year -> source -> confirm, by
// its responsible department (or the secretariat on its behalf). One line works too:
// "汇报 指标 E1 28 2017 民航统计公报".
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../core/clock.ts';
import type { Context } from '../core/context.ts';
import type { Flow, StepResult } from '../core/conversation.ts';
import type { ReportRecord } from '../domain/report.ts';
import { mayReportIndicator } from '../plan/permissions.ts';
import { REPORTS_LOG } from '../plan/report-log.ts';
import { formatNumber, unitName } from '../views/format.ts';
import { currentValue, stageOf } from '../views/indicator-view.ts';

export interface IndicatorDraft {
  code?: string;
  value?: number;
  year?: number;
  source?: string;
  onBehalfOf?: string;
}

const SOURCE_MAX = 200;

export function nextIndicatorStep(d: IndicatorDraft): string {
  if (d.code === undefined) return 'indicator';
  if (d.value === undefined) return 'value';
  if (d.year === undefined) return 'year';
  if (d.source === undefined) return 'source';
  return 'confirm';
}

export function takeIndicator(ctx: Context, d: IndicatorDraft, code: string): StepResult | undefined {
  const ind = ctx.plan.indicator(code);
  if (!ind?.parent) return { retry: 'ireport-unknown', args: { code: code.slice(0, 10) } };
  const grant = mayReportIndicator(ctx.person, ind);
  if (!grant.ok)
    return {
      retry: 'ireport-not-yours',
      args: { code: ind.code, dept: ind.department ? unitName(ctx, ctx.plan.data, ind.department) : '-' },
    };
  d.code = ind.code;
  if (grant.onBehalfOf) d.onBehalfOf = grant.onBehalfOf;
  return undefined;
}

export function parseNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

const go = (d: IndicatorDraft): StepResult => ({ next: nextIndicatorStep(d) });

export const indicatorReportFlow: Flow<IndicatorDraft> = {
  id: 'indicator-report',
  version: 1,
  ttlMs: 24 * 3600_000,
  steps: {
    indicator: {
      ask: (ctx, _d, offer) => offer(ctx.t('ireport-ask-indicator')),
      async answer(ctx, d, input) {
        const code = (input.text ?? '').trim();
        if (!code) return { retry: 'report-empty' };
        return takeIndicator(ctx, d, code) ?? go(d);
      },
    },
    value: {
      async ask(ctx, d, offer) {
        const ind = ctx.plan.indicator(d.code!)!;
        const cur = currentValue(ctx.plan, ind);
        await offer(
          ctx.t('ireport-ask-value', {
            code: ind.code,
            name: ctx.pick(ind.name, ind.nameEn),
            unit: ctx.pick(ind.unit ?? '', ind.unitEn ?? ind.unit),
            current: cur ? formatNumber(ctx, cur.value) : '-',
          }),
        );
      },
      async answer(_ctx, d, input) {
        const v = parseNumber(input.text ?? '');
        if (v === undefined)
          return { retry: input.text ? 'ireport-bad-value' : 'report-empty', args: { input: (input.text ?? '').slice(0, 20) } };
        d.value = v;
        return go(d);
      },
    },
    year: {
      async ask(ctx, _d, offer) {
        const y = Number(shanghaiDate(ctx.now).slice(0, 4));
        await offer(
          ctx.t('ireport-ask-year'),
          [y - 1, y].map((v) => ({ label: String(v), value: String(v) })),
        );
      },
      async answer(ctx, d, input) {
        const y = Number((input.choice ?? input.text ?? '').trim().replace(/年$/, ''));
        const max = Number(shanghaiDate(ctx.now).slice(0, 4));
        if (!Number.isInteger(y) || y < 2000 || y > max) return { retry: 'ireport-bad-year', args: { max: String(max) } };
        d.year = y;
        return go(d);
      },
    },
    source: {
      ask: (ctx, _d, offer) => offer(ctx.t('ireport-ask-source', { max: SOURCE_MAX })),
      async answer(_ctx, d, input) {
        const s = input.text?.trim() ?? '';
        if (!s) return { retry: 'report-empty' };
        if (s.length > SOURCE_MAX) return { retry: 'report-note-too-long', args: { max: SOURCE_MAX, length: s.length } };
        d.source = s;
        return go(d);
      },
    },
    confirm: {
      async ask(ctx, d, offer) {
        const ind = ctx.plan.indicator(d.code!)!;
        const stage = stageOf(ind, d.value!).stage;
        await offer(
          ctx.t('ireport-summary', {
            code: ind.code,
            name: ctx.pick(ind.name, ind.nameEn),
            value: formatNumber(ctx, d.value!),
            unit: ctx.pick(ind.unit ?? '', ind.unitEn ?? ind.unit),
            year: String(d.year!),
            source: d.source!,
            stage,
            behalf: d.onBehalfOf ? unitName(ctx, ctx.plan.data, d.onBehalfOf) : 'none',
          }),
          [
            { label: ctx.t('report-confirm'), value: 'confirm' },
            { label: ctx.t('report-cancel'), value: 'cancel' },
          ],
        );
      },
      async answer(ctx, d, input) {
        const word = input.choice ?? input.text?.trim().toLowerCase() ?? '';
        if (word === 'cancel') {
          await ctx.reply(ctx.t('conv-cancelled', { flow: 'report' }));
          return { done: true };
        }
        if (!['confirm', '确认', '確認', '提交', 'yes', 'ok'].includes(word)) return { retry: 'report-confirm-what' };
        const record: ReportRecord = {
          id: randomUUID(),
          at: ctx.now.toISOString(),
          indicator: d.code!,
          value: d.value!,
          year: d.year!,
          source: d.source!,
          by: ctx.person!.id,
          ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
          platform: ctx.msg.platform,
          provenance: 'reported',
        };
        await ctx.store.append(REPORTS_LOG, [record]);
        await ctx.reply(ctx.t('ireport-saved', { code: d.code!, value: formatNumber(ctx, d.value!), year: String(d.year!) }));
        return { done: true };
      },
    },
  },
};
