// The indicators (/indicators): the 40, by first-level indicator — the current value and
// year, the baseline, the stage reached and the gap to the next, and the five benchmark
// cities; and one indicator (/indicators/A2) with its chart (values by year against the
// stage targets and the cities) and its reported values over time.
import { indicatorChart } from '../../charts/build/indicator.ts';
import { formatMoment } from '../../core/clock.ts';
import { BENCHMARK_CITIES, type Indicator } from '../../domain/schema.ts';
import { indicatorValue } from '../../supervision/history.ts';
import { currentValue, stageOf } from '../../views/indicator-view.ts';
import { formatNumber, personName, unitName, type Voice } from '../../views/format.ts';
import { chartFigure } from '../chart-svg.ts';
import { h, type Html } from '../html.ts';
import type { Page } from '../layout.ts';
import { type PageContext, sampleMark, table } from '../page.ts';

const isSample = (ind: Indicator) => ind.provenance === 'sample' || ind.valuesProvenance === 'sample';

function unitOf(voice: Voice, ind: Indicator): string {
  return voice.pick(ind.unit ?? '', ind.unitEn ?? ind.unit);
}

export function indicatorsPage(p: PageContext): Page {
  const { services, viewer } = p;
  const { voice } = viewer;
  const all = services.plan.data.indicators;
  const num = (n: number | undefined) => (n === undefined ? '—' : formatNumber(voice, n));
  const head = h`<tr><th>${voice.t('dash-col', { col: 'code' })}</th><th>${voice.t('dash-col', { col: 'indicator' })}</th><th class="num">${voice.t('dash-col', { col: 'value' })}</th><th class="num">${voice.t('dash-col', { col: 'baseline' })}</th><th>${voice.t('dash-col', { col: 'stage' })}</th><th class="num">${voice.t('dash-col', { col: 'gap' })}</th>${BENCHMARK_CITIES.map((c) => h`<th class="num">${voice.t(`city-${c}`)}</th>`)}</tr>`;
  const row = (ind: Indicator): Html => {
    const cur = currentValue(services.plan, ind);
    const stage = cur && ind.targets ? stageOf(ind, cur.value) : undefined;
    return h`<tr data-indicator="${ind.code}"><td><a href="/indicators/${ind.code}">${ind.code}</a></td><td><a href="/indicators/${ind.code}">${voice.pick(ind.name, ind.nameEn)}</a>${unitOf(voice, ind) ? ` (${unitOf(voice, ind)})` : ''}${sampleMark(voice, isSample(ind) ? 'sample' : ind.provenance)}</td><td class="num">${cur ? `${num(cur.value)} (${cur.year})` : '—'}</td><td class="num">${ind.baseline ? `${num(ind.baseline.value)} (${ind.baseline.year})` : '—'}</td><td>${stage ? voice.t('stage-name', { stage: stage.stage }) : '—'}</td><td class="num">${stage?.next ? `${num(stage.next.gap)} → ${voice.t('stage-name', { stage: stage.next.stage })}` : '—'}</td>${BENCHMARK_CITIES.map((c) => h`<td class="num">${num(ind.cities?.[c])}</td>`)}</tr>`;
  };
  const body = all
    .filter((ind) => !ind.parent)
    .map(
      (top) =>
        h`<h2 id="${top.code}">${top.code} ${voice.pick(top.name, top.nameEn)}${sampleMark(voice, top.provenance)}</h2>${table(head, services.plan.children(top.code).map(row))}`,
    );
  return { title: voice.t('dash-nav', { page: 'indicators' }), nav: 'indicators', body: h`${body}`, sample: all.some(isSample) };
}

export async function indicatorPage(p: PageContext, ind: Indicator): Promise<Page> {
  const { services, viewer } = p;
  const { voice } = viewer;
  const reports = await services.plan.reportsOn(`indicator:${ind.code}`);
  const chart = indicatorChart(voice, ind, reports);
  const num = (n: number) => formatNumber(voice, n);
  const unit = unitOf(voice, ind);
  const cur = currentValue(services.plan, ind);
  const stage = cur && ind.targets ? stageOf(ind, cur.value) : undefined;
  const fact = (key: string, value: string) => h`<dt>${voice.t('dash-col', { col: key })}</dt><dd>${value}</dd>`;
  const people = services.store.data.people;
  const rows = [...reports].reverse().map((r, i, list) => {
    const before = list[i + 1];
    return h`<tr><td>${formatMoment(voice, r.at)}${sampleMark(voice, r.provenance)}</td><td>${personName(voice, people, r.by)}</td><td>${indicatorValue(voice, ind, before, r)}</td><td>${r.source ?? ''}</td><td>${r.note ?? ''}</td></tr>`;
  });
  const body = h`<section><dl class="facts">
${fact('indicator', `${ind.code} ${voice.pick(ind.name, ind.nameEn)}${unit ? ` (${unit})` : ''}`)}
${cur ? fact('value', `${num(cur.value)} (${cur.year})`) : ''}
${ind.targets ? fact('targets', `${num(ind.targets.low)} / ${num(ind.targets.middle)} / ${num(ind.targets.high)}`) : ''}
${stage ? fact('stage', `${voice.t('stage-name', { stage: stage.stage })}${stage.next ? ` · ${voice.t('dash-gap', { gap: num(stage.next.gap), stage: stage.next.stage })}` : ''}`) : ''}
${fact('direction', voice.t('indicator-direction', { higher: ind.higherIsBetter ? 'yes' : 'no' }))}
${BENCHMARK_CITIES.filter((c) => ind.cities?.[c] !== undefined).map((c) => fact('city', `${voice.t(`city-${c}`)} ${num(ind.cities![c]!)}`))}
${ind.department ? fact('department', unitName(voice, services.plan.data, ind.department)) : ''}
${ind.source ? fact('source', voice.pick(ind.source, ind.sourceEn)) : ''}
</dl>${sampleMark(voice, isSample(ind) ? 'sample' : ind.provenance)}</section>
${chart ? await chartFigure(chart) : ''}
<h2>${voice.t('dash-history', { count: reports.length })}</h2>
${table(
  h`<tr><th>${voice.t('dash-col', { col: 'time' })}</th><th>${voice.t('dash-col', { col: 'by' })}</th><th>${voice.t('dash-col', { col: 'value' })}</th><th>${voice.t('dash-col', { col: 'source' })}</th><th>${voice.t('dash-col', { col: 'note' })}</th></tr>`,
  rows,
  voice.t('dash-history-none'),
)}`;
  return { title: `${ind.code} ${voice.pick(ind.name, ind.nameEn)}`, nav: 'indicators', body, sample: isSample(ind) };
}
