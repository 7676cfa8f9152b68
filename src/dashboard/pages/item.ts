// One item (/items/92): what it is, who leads it, its deadline and health, and its whole
// report history, newest first — when, who (and for whom), from which platform, how status
// and progress moved, the note and the evidence. Evidence kept by Duban opens through the
// dashboard (/files/dbf_…), for those who may open it.
import { formatDeadline, formatMoment } from '../../core/clock.ts';
import type { ReportRecord } from '../../domain/report.ts';
import type { Item } from '../../domain/schema.ts';
import { healthOf } from '../../supervision/health.ts';
import { itemState } from '../../supervision/history.ts';
import { daysText, joinList, personName, unitName } from '../../views/format.ts';
import { h, type Html } from '../html.ts';
import type { Page } from '../layout.ts';
import { healthCell, type PageContext, sampleMark, table } from '../page.ts';

/** Evidence that is a file Duban keeps (`file:<name>#dbf_…`): its name and id. */
export function keptEvidence(evidence: string | undefined): { name: string; id: string } | undefined {
  const m = /^file:([^#]*)#(dbf_[0-9a-f]{20})$/.exec(evidence ?? '');
  return m ? { name: m[1]!, id: m[2]! } : undefined;
}

export async function itemPage(p: PageContext, item: Item): Promise<Page> {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const plan = services.plan.data;
  const people = services.store.data.people;
  const reports = (await services.plan.reportsOn(`item:${item.no}`))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Date.parse(a.r.at) - Date.parse(b.r.at) || a.i - b.i)
    .map(({ r }) => r);
  const latest = reports.at(-1);
  const view = healthOf(item, latest, now);
  const part = plan.parts.find((pt) => pt.id === item.part);
  const shared = [...item.responsible.map((d) => unitName(voice, plan, d)), ...(item.responsibleNote ? [item.responsibleNote] : [])];
  const fact = (key: string, value: Html | string) => h`<dt>${voice.t('dash-col', { col: key })}</dt><dd>${value}</dd>`;

  const byId = new Map(reports.map((r) => [r.id, r]));
  const correctedBy = new Map(reports.filter((r) => r.corrects).map((r) => [r.corrects!, r]));
  const rows = [...reports].reverse().map((r) => {
    const before = (r.corrects && byId.get(r.corrects)) || reports[reports.indexOf(r) - 1];
    const who = personName(voice, people, r.by);
    const marks = [
      r.corrects ? voice.t('history-corrects', { date: before ? formatMoment(voice, before.at) : r.corrects }) : '',
      correctedBy.has(r.id) ? voice.t('history-corrected', { date: formatMoment(voice, correctedBy.get(r.id)!.at) }) : '',
    ].filter(Boolean);
    return h`<tr><td>${formatMoment(voice, r.at)}${sampleMark(voice, r.provenance)}</td><td>${r.onBehalfOf ? voice.t('history-on-behalf', { person: who, dept: unitName(voice, plan, r.onBehalfOf) }) : who}<br><span class="muted">${voice.t('sv-platform', { platform: r.platform })}</span></td><td>${itemState(voice, before, r)}${marks.map((m) => h`<br><span class="muted">${m}</span>`)}</td><td>${r.note ?? ''}</td><td>${evidence(r)}</td></tr>`;
  });

  const body = h`<section>
<p>${voice.pick(item.title, item.titleEn)}${sampleMark(voice, item.provenance)}</p>
<dl class="facts">
${fact('part', part ? `${part.id} ${voice.pick(part.name, part.nameEn)}` : String(item.part))}
${fact(
  'lead',
  joinList(
    voice,
    item.lead.map((d) => unitName(voice, plan, d)),
  ),
)}
${shared.length ? fact('responsible', joinList(voice, shared)) : ''}
${fact('deadline', `${formatDeadline(voice, item.deadline)} · ${view.health === 'done' ? voice.t('status-done') : daysText(voice, view.daysLeft)}`)}
${item.benchmark ? fact('benchmark', voice.pick(item.benchmark, item.benchmarkEn)) : ''}
${fact('health', h`${healthCell(voice, latest ? view.health : 'no-report')}${latest?.progress === undefined ? '' : ` · ${latest.progress}%`}`)}
</dl>
</section>
<h2 id="history">${voice.t('dash-history', { count: reports.length })}</h2>
${table(
  h`<tr><th>${voice.t('dash-col', { col: 'time' })}</th><th>${voice.t('dash-col', { col: 'by' })}</th><th>${voice.t('dash-col', { col: 'state' })}</th><th>${voice.t('dash-col', { col: 'note' })}</th><th>${voice.t('dash-col', { col: 'evidence' })}</th></tr>`,
  rows,
  voice.t('dash-history-none'),
)}`;
  const sample = item.provenance === 'sample' || reports.some((r) => r.provenance === 'sample');
  return { title: voice.t('dash-item-title', { no: item.no }), nav: 'items', body, sample };

  function evidence(r: ReportRecord): Html | string {
    if (!r.evidence) return '';
    const kept = keptEvidence(r.evidence);
    if (kept) return h`<a href="/files/${kept.id}">📎 ${kept.name}</a>`;
    if (/^https?:\/\/\S+$/i.test(r.evidence)) return h`<a href="${r.evidence}" rel="noopener noreferrer">${r.evidence}</a>`;
    return r.evidence;
  }
}
